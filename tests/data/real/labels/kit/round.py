#!/usr/bin/env python3
"""Bring one labelling round of the second sample into the project, in three steps.

    python3 round.py ingest WORKSPACE ROUND FIRST_ORDER   # orders, texts, reader files, FETCHED<ROUND>.tsv, samples6
    python3 round.py disagreements ROUND                  # DISAGREEMENTS.txt for the settler, from reader-a vs reader-b
    python3 round.py gold ROUND                           # gold files of the round (settled answers where settled)

``WORKSPACE`` is the readers' folder (``make_workspace.py``): ``reader-a<N>/`` first readers, one
prefix list each, in list order; ``reader-b<N>/`` second readers. Each reader folder holds
``fetched.tsv``, ``sample.tsv``, ``walk.tsv``, ``texts/`` and one ``<domain>.yaml`` per labelled
policy (``skip-<domain>.yaml`` for a skipped one). Kept policies take orders from FIRST_ORDER on,
reader after reader, in the order each fetched them; the split rule puts ``order % 5`` in {0, 3} in
the blind set. Two lists can pick the same policy in one round (the exclusion list holds earlier
rounds only): the later first reader's label is then kept as the policy's second reading. Nothing here reads an analyzer's answer.
"""
import re
import shutil
import sys
from pathlib import Path

import yaml

LABELS = Path(__file__).resolve().parent.parent
REAL = LABELS.parent
FETCHED_HEADER = "order\tdomain\tpath\tcommit\tid\tlength\tarchived\twords\treader\tkept"
ROOT = LABELS.parents[3]
LISTS = {
    question["key"]
    for question in yaml.safe_load((ROOT / "generator/data/practices.yaml").read_text("utf-8"))["questions"]
    if question["kind"] == "list"
}
"""The list questions, compared as sets (``../agreement.py`` does the same)."""


def _number(folder: Path) -> int:
    return int(re.search(r"(\d+)$", folder.name).group(1))


def _readers(workspace: Path, kind: str) -> list[Path]:
    return sorted(workspace.glob(f"reader-{kind}*"), key=_number)


def _fetched(reader: Path) -> list[list[str]]:
    rows = [line.split("\t") for line in (reader / "fetched.tsv").read_text("utf-8").splitlines() if line.strip()]
    return [row for row in rows if row[0] != "domain"]


def split_of(order: int) -> str:
    return "blind" if order % 5 in (0, 3) else "tuning"


def _with_order(text: str, order: int) -> str:
    new, count = re.subn(r"^order: .*$", f"order: {order}", text, count=1, flags=re.MULTILINE)
    if not count:
        raise SystemExit("a label file without an order line")
    return new


def ingest(workspace: Path, round_number: int, first_order: int) -> None:
    """Every check runs before the first write: a round refused (a domain fetched twice, a label missing,
    a policy labelled already) leaves the project as it was."""
    order = first_order
    lines = [FETCHED_HEADER]
    kept: list[tuple[int, str, str]] = []  # order, domain, first reader
    copies: list[tuple[Path, Path]] = []  # texts into the gold sets
    writes: list[tuple[Path, str]] = []  # reader files, the round's FETCHED file
    seen: set[str] = set()
    skipped: set[str] = set()
    repeats: list[tuple[Path, str]] = []  # a later list's first reader picked a policy kept already this round
    for reader in _readers(workspace, "a"):
        for domain, path, commit, read_id, length, archived, words, *_ in _fetched(reader):
            skip = reader / f"skip-{domain}.yaml"
            label = reader / f"{domain}.yaml"
            if domain in seen:
                if label.exists() and any(domain == kept_domain for _, kept_domain, _ in kept):
                    repeats.append((reader, domain))
                    continue
                if skip.exists() and domain in skipped:
                    continue  # two lists share a folder and pick the same short text: one line says why
                raise SystemExit(f"{domain} fetched twice")
            seen.add(domain)
            if skip.exists():
                reason = yaml.safe_load(skip.read_text("utf-8"))["skip"]
                skipped.add(domain)
                lines.append("\t".join(["-", domain, path, commit, read_id, length, archived, words, reader.name, reason]))
                continue
            if not label.exists():
                raise SystemExit(f"{reader.name}: {domain} fetched but neither labelled nor skipped")
            lines.append("\t".join([str(order), domain, path, commit, read_id, length, archived, words, reader.name, "kept"]))
            kept.append((order, domain, reader.name))
            target = REAL / split_of(order) / "texts" / f"{domain}.md"
            if target.exists():
                raise SystemExit(f"{target} exists: {domain} is labelled already")
            copies.append((reader / "texts" / f"{domain}.md", target))
            writes.append((LABELS / "reader-a" / f"{order}-{domain}.yaml", _with_order(label.read_text("utf-8"), order)))
            order += 1
    orders = {domain: number for number, domain, _ in kept}
    # the second label of a policy: a second reader's, or that of a first reader whose list picked it again
    second = [(reader, label) for reader in _readers(workspace, "b") for label in sorted(reader.glob("*.yaml"))]
    second += [(reader, reader / f"{domain}.yaml") for reader, domain in repeats]
    for reader, label in second:
        if label.name.startswith("skip-"):
            continue
        domain = label.stem
        if domain not in orders:
            raise SystemExit(f"{reader.name} labelled {domain}, which no first reader kept")
        target = LABELS / "reader-b" / f"{orders[domain]}-{domain}.yaml"
        if target.exists() or any(target == planned for planned, _ in writes):
            raise SystemExit(f"{domain} has a second label already ({target.name}); a third is not kept")
        writes.append((target, _with_order(label.read_text("utf-8"), orders[domain])))
        if (reader, domain) in repeats:
            print(f"{domain}: picked again by {reader.name}, whose label is kept as the second reading")
    writes.append((LABELS / f"FETCHED{round_number}.tsv", "\n".join(lines) + "\n"))
    for source, target in copies:
        shutil.copyfile(source, target)
    for target, text in writes:
        target.write_text(text, "utf-8")
    samples = LABELS / "samples6"
    for reader in _readers(workspace, "a") + _readers(workspace, "b"):
        for source, name in (("sample.tsv", "picked"), ("walk.tsv", "walk")):
            if (reader / source).exists():
                shutil.copyfile(reader / source, samples / f"{name}-{reader.name}.tsv")
    # only the lists readers walked: half a round leaves lists the kit made but nobody used
    walked = {
        line.split("\t")[0]
        for reader in _readers(workspace, "a") + _readers(workspace, "b")
        if (reader / "walk.tsv").exists()
        for line in (reader / "walk.tsv").read_text("utf-8").splitlines()
        if line.strip()
    }
    for prefixes in sorted(workspace.glob("prefixes-a*.tsv")):
        if prefixes.name in walked:
            shutil.copyfile(prefixes, samples / prefixes.name)
    shutil.copyfile(workspace / "EXCLUDE.txt", samples / "EXCLUDE.txt")
    print(f"round {round_number}: {len(kept)} kept (orders {first_order}-{order - 1}), {len(lines) - 1 - len(kept)} skipped")


def _round_orders(round_number: int) -> list[tuple[int, str]]:
    """The kept policies of a round (``FETCHED<ROUND>.tsv``), in order."""
    rows = [line.split("\t") for line in (LABELS / f"FETCHED{round_number}.tsv").read_text("utf-8").splitlines()[1:]]
    return [(int(row[0]), row[1]) for row in rows if row and row[-1] == "kept"]


def _items(value: object) -> set:
    if isinstance(value, list):
        return set(value)
    return set() if value == "not_mentioned" else {value}


def disagreements(round_number: int) -> None:
    out = []
    for order, domain in _round_orders(round_number):
        b_path = LABELS / "reader-b" / f"{order}-{domain}.yaml"
        if not b_path.exists():
            continue
        a = yaml.safe_load((LABELS / "reader-a" / f"{order}-{domain}.yaml").read_text("utf-8"))
        b = yaml.safe_load(b_path.read_text("utf-8"))
        for key, entry in a["answers"].items():
            x, y = entry["answer"], b["answers"][key]["answer"]
            differ = _items(x) != _items(y) if key in LISTS else x != y
            if differ:
                out.append(f"{order} {domain} {key}: A {x!r} / B {y!r}")
    print("\n".join(out) if out else "no disagreement")


def gold(round_number: int) -> None:
    fetched = {row.split("\t")[1]: row.split("\t") for row in
               (LABELS / f"FETCHED{round_number}.tsv").read_text("utf-8").splitlines()[1:] if row}
    for order, domain in _round_orders(round_number):
        a_path = LABELS / "reader-a" / f"{order}-{domain}.yaml"
        b_path = LABELS / "reader-b" / f"{order}-{domain}.yaml"
        settled_path = LABELS / "settled" / f"{order}-{domain}.yaml"
        first = yaml.safe_load(a_path.read_text("utf-8"))
        labellers = [first["labeller"]]
        if b_path.exists():
            labellers.append(yaml.safe_load(b_path.read_text("utf-8"))["labeller"])
        source = yaml.safe_load((settled_path if settled_path.exists() else a_path).read_text("utf-8"))
        _, _, path, commit, read_id, *_ = fetched[domain]
        answers = {
            key: {field: value for field, value in entry.items() if value not in (None, "")}
            for key, entry in source["answers"].items()
        }
        for entry in answers.values():
            entry.setdefault("evidence", [])
        document = {
            "slug": domain.replace(".", "-"),
            "file": f"{domain}.md",
            "name": str(first["name"]),
            "archived": str(first["archived"]),
            "source_url": str(first["source_url"]),
            "order": order,
            "repo_path": f"{path} (commit {commit})",
            "read_id": str(read_id),
            "labellers": labellers,
            "settled": settled_path.exists(),
            "answers": answers,
        }
        target = REAL / split_of(order) / "gold" / f"{document['slug']}.yaml"
        target.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000), "utf-8")
    print(f"round {round_number}: gold written")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "ingest":
        ingest(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    elif command == "disagreements":
        disagreements(int(sys.argv[2]))
    elif command == "gold":
        gold(int(sys.argv[2]))
    else:
        raise SystemExit(__doc__)
