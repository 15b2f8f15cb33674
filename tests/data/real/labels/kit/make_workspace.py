#!/usr/bin/env python3
"""Rebuild a labelling workspace (what readers see) from the project's own files.

    python3 tests/data/real/labels/kit/make_workspace.py /work/labels6 ROUND

Writes GUIDE.md and SPEC.md (copies of ../shared), examples/ (two hand-checked gold files and a
reader file showing the format), allowed.yaml (the values of each question, from
generator/data/practices.yaml), check.py (the reader's checker), EXCLUDE.txt for ROUND (the
previous round's list, ``samples6/EXCLUDE.txt``, plus every domain that round fetched) and the
round's six prefix lists (``samples6/SAMPLE.md``'s seeded generator; the lists already in
``samples6/`` are checked to come out the same). Nothing a reader writes is touched, and no
machine answer is copied: readers must never see one.
"""
import random
import shutil
import string
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LABELS = HERE.parent
ROOT = LABELS.parents[3]
SHARED = ROOT.parent / "shared"
SEED = "plainpolicy sixth round 2026-12-05"
ROWS = 40


def prefix_lists(count: int) -> list[str]:
    rng = random.Random(SEED)
    lists = []
    for _ in range(count):
        rows = []
        for _ in range(ROWS):
            a, b, c = (rng.choice(string.ascii_lowercase) for _ in range(3))
            rows.append(f"{a}/{a}{b}/{a}{b}{c}\t{rng.randrange(1000)}")
        lists.append("folder\tk\n" + "\n".join(rows) + "\n")
    return lists


def allowed() -> dict:
    practices = yaml.safe_load((ROOT / "generator/data/practices.yaml").read_text("utf-8"))
    out = {}
    for question in practices["questions"]:
        entry = {"kind": question["kind"], "values": list(question["values"])}
        if question.get("exclusive"):
            entry["alone_only"] = question["exclusive"]
        out[question["key"]] = entry
    return {"also_allowed_for_every_question": ["not_mentioned", "unclear"], "questions": out}


def main() -> None:
    workspace, round_number = Path(sys.argv[1]), int(sys.argv[2])
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / "examples").mkdir(exist_ok=True)
    shutil.copy(SHARED / "real-policies/README.md", workspace / "GUIDE.md")
    shutil.copy(SHARED / "spec/practices.md", workspace / "SPEC.md")
    for name in ("eff-org.yaml", "etsy-com.yaml"):
        shutil.copy(SHARED / "gold" / name, workspace / "examples" / name)
    shutil.copy(LABELS / "reader-a/002-gia.edu.yaml", workspace / "examples/reader-format-002-gia.edu.yaml")
    (workspace / "allowed.yaml").write_text(yaml.safe_dump(allowed(), sort_keys=False), "utf-8")
    shutil.copy(HERE / "check.py", workspace / "check.py")
    previous = (LABELS / "samples6/EXCLUDE.txt").read_text("utf-8").split()
    fetched = [line.split("\t")[1] for line in (LABELS / f"FETCHED{round_number - 1}.tsv").read_text("utf-8").splitlines()[1:] if line]
    exclude = list(dict.fromkeys(previous + fetched))
    (workspace / "EXCLUDE.txt").write_text("\n".join(exclude) + "\n", "utf-8")
    first = 6 * (round_number - 6) + 1  # the sixth round walked lists 1-6
    lists = prefix_lists(first + 5)
    for number, text in enumerate(lists, start=1):
        stored = LABELS / f"samples6/prefixes-a{number}.tsv"
        if stored.exists():
            assert stored.read_text("utf-8") == text, f"list {number} does not regenerate the same"
        if number >= first:
            (workspace / f"prefixes-a{number}.tsv").write_text(text, "utf-8")
    print(f"{workspace}: lists {first}-{first + 5}, EXCLUDE.txt {len(exclude)} domains")


if __name__ == "__main__":
    main()
