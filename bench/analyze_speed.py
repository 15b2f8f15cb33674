"""How long ``analyze`` takes on a 2,000-word policy (budget: 10 ms median on one core).

Takes the first 2,000 words (whole paragraphs) of each evaluation text that is
that long (etsy.com, mint.com, runkeeper.com and the 2019 kaspersky.com version),
then times, on one core and after a warm-up:

- ``analyze`` on the segmented document (the part the budget is about);
- sentence splitting + ``analyze`` (the analyzer's whole reading of the text: the
  budget's note warns that sentence splitters can be the slow part);
- ``segment`` (markdown-it parse, sanitised page HTML, sentence split) and
  ``segment`` + ``analyze`` (Markdown in, answers out).

Also times the longest evaluation text (the 2019 kaspersky.com version, ~8,000
words) to show how time grows with length.

Usage: ``python bench/analyze_speed.py [--runs N] [--write bench/analyze_speed.md]``
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.tools.analysis_io import policy_text
from generator.analysis.analyze import analyze
from generator.read.segment import segment
from generator.read.sentences import split_sentences

TEXTS = ROOT / "tests" / "data" / "texts"
WORDS = 2000
CLOCK = time.thread_time
"""CPU time of this thread: what the code costs, not how busy the machine is (wall time
on a shared machine varies several-fold with other load; --wall switches to it)."""


def two_thousand_words(path: Path) -> str:
    _, body, _ = policy_text(path)
    kept, count = [], 0
    for block in body.split("\n\n"):
        kept.append(block)
        count += len(block.split())
        if count >= WORDS:
            break
    return "\n\n".join(kept)


def split_and_analyze(document):
    for paragraph in document.paragraphs:
        split_sentences(paragraph.text)
    return analyze(document)


def timed_together(functions: list, runs: int) -> list[list[float]]:
    """Run every function once per round, ``runs`` rounds: on a shared machine every case
    then meets the same disturbances, and medians can be compared."""
    for _ in range(5):
        for function in functions:
            function()
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(runs):
        for function, times in zip(functions, samples):
            start = CLOCK()
            function()
            times.append((CLOCK() - start) * 1000)
    return samples


def row(label: str, words: int, samples: list[float]) -> str:
    samples = sorted(samples)
    p90 = samples[int(0.9 * (len(samples) - 1))]
    return (
        f"| {label} | {words} | {samples[0]:.2f} | {statistics.median(samples):.2f} | {p90:.2f} | {max(samples):.2f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--write", type=Path, help="Write the results as Markdown to this file.")
    parser.add_argument("--wall", action="store_true", help="Measure wall-clock time instead of CPU time.")
    args = parser.parse_args()
    global CLOCK
    if args.wall:
        CLOCK = time.perf_counter
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    cases = []
    for name in (
        "corpus/etsy-com.md",
        "corpus/mint-com.md",
        "corpus/runkeeper-com.md",
        "versions/kaspersky-com/2019-12-31.md",
    ):
        body = two_thousand_words(TEXTS / name)
        label = name.removeprefix("corpus/").removeprefix("versions/").removesuffix(".md").replace("/", " ")
        cases.append((label + " (first 2,000 words)", body))
    _, long_body, _ = policy_text(TEXTS / "versions/kaspersky-com/2019-12-31.md")
    cases.append(("kaspersky-com 2019 (whole)", long_body))
    lines = [
        "# analyze speed",
        "",
        (
            f"`python bench/analyze_speed.py --runs {args.runs}`; Python {platform.python_version()},"
            f" {platform.machine()}, pinned to one core; {args.runs} rounds after 5 warm-up rounds, every case once"
            " a round (interleaved);"
            f" {'wall-clock' if args.wall else 'CPU (thread)'} time in ms."
        ),
        "",
        (
            f"Load average when it started: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
            " (other jobs on a shared machine slow every figure; `min` is the least disturbed run)."
        ),
        "",
        "| text | words | min | median | p90 | max |",
        "|---|---|---|---|---|---|",
    ]
    kinds = (
        ("analyze only", lambda b, d: analyze(d)),
        ("split + analyze", lambda b, d: split_and_analyze(d)),
        ("segment only", lambda b, d: segment(b)),
        ("segment + analyze", lambda b, d: analyze(segment(b))),
    )
    jobs, labels = [], []
    for label, body in cases:
        document = segment(body)
        for kind, run in kinds:
            jobs.append(lambda run=run, b=body, d=document: run(b, d))
            labels.append((f"{label}: {kind}", document.word_count))
    for (label, words), samples in zip(labels, timed_together(jobs, args.runs)):
        lines.append(row(label, words, samples))
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        args.write.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
