"""How many sentences each cue pattern's prefilter needs let through: a guard for the analyzer's speed.

The analyzer runs a rule or a list item only on the sentences that hold the literals the
prefilter takes from its pattern (``prefilter.requirements``). A pattern that loses its
literals runs on every sentence: round 208's first version put a full-width at sign beside
"@" in the e-mail pattern (``[@＠]``), the prefilter was left with "." alone, and ``analyze``
cost 7.5% more instructions for no answer gained. The tests check that the prefilter keeps
every match, not that it skips anything; this script measures what it skips.

For every compiled pattern (``cues.all_patterns``) it counts, over the sentences of the
evaluation texts (``tests/data/texts``), the share its needs let through, and prints the
patterns that let through the most. ``--write FILE`` records the shares; ``--check FILE``
compares with a recorded file and exits 1 when a pattern lets through more than
``--slack`` (default 0.10) over its recorded share, or when a new pattern lets through
more than half of all sentences (a new list item's pattern: more than a fifth).

Usage: ``python -m bench.prefilter_pass [--write bench/prefilter_pass.json | --check bench/prefilter_pass.json]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.analysis.cues import all_patterns, load_cues  # noqa: E402
from generator.analysis.first_letters import as_written  # noqa: E402
from generator.analysis.prefilter import Index, requirements  # noqa: E402
from generator.analysis.reading import units_of  # noqa: E402
from generator.read.segment import segment  # noqa: E402
from generator.tools.analysis_io import policy_text  # noqa: E402

TEXTS = ROOT / "tests" / "data" / "texts"
NEW_PATTERN_LIMIT = 0.5
"""A pattern with no recorded share may let through at most this share of the sentences..."""
NEW_ITEM_LIMIT = 0.2
"""... and a list item's pattern at most this share: it is looked up on its own, its needs the only filter
before it runs (410 of the 413 recorded item patterns are under it). Round 221's first "your passwords?"
left the prefilter "your" alone (37% of the sentences) and cost 1.6% more instructions per ``analyze``."""


def sentences() -> list[str]:
    """The folded sentences of every evaluation text, in a fixed order."""
    found: list[str] = []
    for path in sorted(TEXTS.rglob("*.md")):
        _, body, _ = policy_text(path)
        found.extend(unit.folded for unit in units_of(segment(body)))
    return found


def shares() -> tuple[dict[str, float], dict[str, str]]:
    """Each pattern's source -> share of sentences let through, and -> where it stands in rules.yaml.

    Keyed by the pattern's own text, not its place: a rule inserted before it renumbers every
    place after, while an edited pattern is a new one and is held to ``NEW_PATTERN_LIMIT``."""
    texts = sentences()
    index = Index(texts)
    result: dict[str, float] = {}
    labels: dict[str, str] = {}
    for label, pattern in all_patterns(load_cues()):
        written = as_written(pattern)
        result[written] = round(len(index.candidates(requirements(pattern))) / len(texts), 4)
        labels.setdefault(written, label)
    return result, labels


def problems(now: dict[str, float], labels: dict[str, str], recorded: dict[str, float], slack: float) -> list[str]:
    found = []
    for key, share in sorted(now.items(), key=lambda item: labels[item[0]]):
        before = recorded.get(key)
        where = f"{labels[key]} {key[:80]!r}"
        if before is None:
            limit = NEW_ITEM_LIMIT if ".items." in labels[key] else NEW_PATTERN_LIMIT
            if share > limit:
                found.append(f"{where}: new, lets through {share:.1%} of the sentences (at most {limit:.0%})")
        elif share > before + slack:
            found.append(f"{where}: lets through {share:.1%} of the sentences, recorded {before:.1%}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="Record the shares in this JSON file.")
    parser.add_argument("--check", type=Path, help="Compare with shares recorded in this JSON file.")
    parser.add_argument("--slack", type=float, default=0.10)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    now, labels = shares()
    widest = sorted(now.items(), key=lambda item: (-item[1], labels[item[0]]))[: args.top]
    print(f"{len(now)} patterns; mean share of sentences let through {sum(now.values()) / len(now):.1%}")
    for key, share in widest:
        print(f"  {share:6.1%}  {labels[key]}  {key[:70]!r}")
    if args.write:
        args.write.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {args.write}")
    if args.check:
        found = problems(now, labels, json.loads(args.check.read_text("utf-8")), args.slack)
        for line in found:
            print("WIDER:", line)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
