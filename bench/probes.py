"""Probe passages: short texts written from the spec alone, scored against the analyzer.

A development tool, never part of the build. ``tests/data/probes/*.yaml`` holds passages that
five AI assistants wrote from ``../shared/spec/practices.md`` and the labelling guide only
(``tests/data/probes/PROMPT.md``): real-world wordings of each answer and near misses, each with
the answer a careful reader gives. They never saw the rules, the analyzer's answers or any
evaluation text. A person reads the failures and turns what they have in common into general
rules; the blind real set then says whether that generalised.

    python -m bench.probes            # failures, then the tally per question
    python -m bench.probes --quiet    # the tally only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.analysis.analyze import analyze  # noqa: E402
from generator.practices import load_practices  # noqa: E402
from generator.read.segment import segment  # noqa: E402

PROBES = ROOT / "tests" / "data" / "probes"


@dataclass(frozen=True)
class Probe:
    source: str
    """``<file>#<index>``."""
    question: str
    expected: frozenset[str]
    text: str
    why: str


def load_probes(folder: Path = PROBES) -> list[Probe]:
    """Every passage of every ``*.yaml`` in ``folder``, checked against the practice questions."""
    practices = load_practices()
    probes = []
    for path in sorted(folder.glob("*.yaml")):
        for index, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            question = practices[entry["question"]]
            expected = entry["expected"]
            values = frozenset(expected if isinstance(expected, list) else [str(expected)])
            unknown = values - question.allowed()
            if unknown or not entry["text"].strip():
                raise ValueError(f"{path.name}#{index}: {sorted(unknown) or 'empty text'} for {question.key}")
            probes.append(Probe(f"{path.name}#{index}", question.key, values, entry["text"], entry.get("why", "")))
    return probes


def answer_of(probe: Probe) -> frozenset[str]:
    value = analyze(segment(probe.text)).answer(probe.question).value
    return frozenset(value if isinstance(value, tuple) else [value])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the tally only")
    args = parser.parse_args(argv)
    right, total = Counter(), Counter()
    for probe in load_probes():
        got = answer_of(probe)
        total[probe.question] += 1
        right[probe.question] += got == probe.expected
        if got != probe.expected and not args.quiet:
            print(f"## {probe.source} {probe.question}: expected {sorted(probe.expected)}, got {sorted(got)}")
            print("   " + probe.text.strip().replace("\n", "\n   "))
            print(f"   why: {probe.why}")
    for key in load_practices().keys:
        if total[key]:
            print(f"{key:24} {right[key]:3d} / {total[key]:3d}")
    print(f"{'all':24} {sum(right.values()):3d} / {sum(total.values()):3d}")


if __name__ == "__main__":
    main()
