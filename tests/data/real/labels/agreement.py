#!/usr/bin/env python3
"""Agreement between two independent label folders (a/ and b/): scalar equal, list F1."""
import sys, pathlib, yaml, collections
A, B = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
LISTS = {"data_collected", "access_and_deletion", "security", "contact"}
def items(v):
    if isinstance(v, list): return set(v)
    return set() if v == "not_mentioned" else {v}
per = collections.defaultdict(lambda: [0, 0]); f1s = collections.defaultdict(list); dis = []
n = 0
for pb in sorted(B.glob("*.yaml")):
    pa = A / pb.name
    if not pa.exists(): continue
    a, b = yaml.safe_load(pa.read_text()), yaml.safe_load(pb.read_text())
    if a.get("skip") or b.get("skip"):
        if bool(a.get("skip")) != bool(b.get("skip")): dis.append((pb.stem, "skip", a.get("skip"), b.get("skip")))
        continue
    n += 1
    for k, va in a["answers"].items():
        x, y = va["answer"], b["answers"][k]["answer"]
        if k in LISTS:
            sx, sy = items(x), items(y)
            if not sx and not sy: f = 1.0
            else:
                tp = len(sx & sy); f = 2 * tp / (len(sx) + len(sy)) if (sx or sy) else 1.0
            f1s[k].append(f)
            if sx != sy: dis.append((pb.stem, k, x, y))
        else:
            per[k][0] += x == y; per[k][1] += 1
            if x != y: dis.append((pb.stem, k, x, y))
tot = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
print(f"policies labelled twice: {n}")
print(f"scalar agreement: {tot[0]}/{tot[1]} = {tot[0]/max(tot[1],1):.3f}")
allf = [f for v in f1s.values() for f in v]
print(f"list F1 (mean over answers): {sum(allf)/max(len(allf),1):.3f}")
for k, (e, t) in per.items(): print(f"  {k:24s} {e}/{t}")
for k, v in f1s.items(): print(f"  {k:24s} F1 {sum(v)/len(v):.2f}")
print(f"disagreements: {len(dis)}")
if "-v" in sys.argv:
    for d in dis: print("  ", *d)
