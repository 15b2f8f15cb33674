"""Instructions per ``analyze`` call, counted inside one process with callgrind: the speed measure that holds still.

Timings on this machine drift by 5-10% between identical runs; the instruction count of the same calls does not.
The driver starts this file under ``valgrind --tool=callgrind`` (``PYTHONHASHSEED=0``, address randomisation off
with ``setarch -R``); the worker segments etsy, mint and runkeeper's first 2,000 words (cut as
``bench/analyze_speed.py`` cuts them, whole paragraphs), runs ``analyze`` once on
each to warm up, and waits. The driver dumps the counters (``callgrind_control -d``), lets the worker run
``--rounds`` rounds of the three texts, dumps again, and divides the second dump's total by the calls it holds:
start-up, imports and segmenting are outside it. The twenty-first session's figures (``analyze_speed.md``) were
counted this way by a script that was lost with its temporary folder; this is that method, kept.

Usage: ``python -m bench.instructions [--rounds 5] [--runs 2]`` (needs valgrind; a run takes a few minutes).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ("corpus/etsy-com.md", "corpus/mint-com.md", "corpus/runkeeper-com.md")


def worker(rounds: int) -> None:
    from bench.analyze_speed import TEXTS as FOLDER, two_thousand_words
    from generator.analysis.analyze import analyze
    from generator.read.segment import segment

    documents = [segment(two_thousand_words(FOLDER / name)) for name in TEXTS]
    for document in documents:
        analyze(document)
    # what the warm-up left is frozen, as the twenty-first session's method did (analyze_speed.md): otherwise a full
    # collection, whose cost grows with every object alive (each compiled rule), falls inside the counted rounds or not
    # by the allocation count, and three small rules once seemed to cost 2.6% (95.2 -> 97.6 M) where they cost 0.4%
    gc.collect()
    gc.freeze()
    print("warm", flush=True)
    sys.stdin.readline()
    for _ in range(rounds):
        for document in documents:
            analyze(document)
    print("done", flush=True)
    sys.stdin.readline()


def _total(path: Path) -> int:
    for line in path.read_text("utf-8", errors="replace").splitlines():
        found = re.match(r"(?:summary|totals): (\d+)", line)
        if found:
            return int(found.group(1))
    raise SystemExit(f"{path}: no total")


def count(rounds: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0")
        command = ["setarch", "-R", "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p",
                   sys.executable, "-m", "bench.instructions", "--worker", "--rounds", str(rounds)]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        assert process.stdout.readline().strip() == "warm"
        subprocess.run(["callgrind_control", "-d", str(process.pid)], check=True, capture_output=True)
        process.stdin.write("go\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "done"
        before = set(Path(folder).glob("callgrind.out.*"))
        subprocess.run(["callgrind_control", "-d", str(process.pid)], check=True, capture_output=True)
        dumps = sorted(Path(folder).glob("callgrind.out.*"), key=lambda p: p.stat().st_mtime)
        process.stdin.write("end\n")
        process.stdin.flush()
        process.wait()
        second = [p for p in dumps if p not in before] or dumps[-1:]
        return _total(second[-1]) / (rounds * len(TEXTS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.rounds)
        return
    for _ in range(args.runs):
        print(f"{count(args.rounds) / 1e6:.2f} M instructions per analyze call", flush=True)


if __name__ == "__main__":
    main()
