"""No regular expression of the generator backtracks catastrophically on hostile text.

The patterns are collected, not listed: every compiled pattern reachable from
``analyze.load_rules()``, every string in ``data/rules.yaml`` that compiles, and
every module-level pattern of the stages that read policy text. So a rewrite of
the rules is covered as it lands.

Each pattern is searched in pathological strings (long runs of spaces, letters,
digits and punctuation, and its own words repeated) of the longest length it can
meet: rule patterns see sentences, which ``sentences.py`` caps at
``MAX_SENTENCE_CHARS`` (if a rewrite matches longer text, raise the size here);
the segmenter's patterns see whole paragraphs; the importer bounds the banner
and the title before matching. A search runs in a worker process and fails the
test when it takes longer than ``LIMIT_SECONDS``: a correctness bound, not a
performance target (searches take milliseconds).
"""

from __future__ import annotations

import json
import re
import select
import subprocess
import sys
import textwrap
import time
from importlib import resources

import yaml

from generator.analysis import analyze, negation

from generator.read import importer

from generator.read import front_matter, load

from generator.read import segment

from generator.read import sentences
from generator.analysis.cues import load_cues

LIMIT_SECONDS = 2.0
LONG_TEXT = 200_000
"""Length used for patterns that see unbounded text (paragraphs, files)."""


def _walk(value, found: dict[tuple[str, int], str], where: str) -> None:
    if isinstance(value, re.Pattern):
        found.setdefault((value.pattern, value.flags), where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, found, f"{where}.{key}")
    elif isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            _walk(item, found, f"{where}[{index}]")
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            _walk(getattr(value, name), found, f"{where}.{name}")


def rule_patterns() -> dict[tuple[str, int], str]:
    """Every pattern the analyzer may match against a sentence, with where it comes from."""
    found: dict[tuple[str, int], str] = {}
    _walk(load_cues(), found, "load_cues()")
    raw = yaml.safe_load(resources.files("generator").joinpath("data/rules.yaml").read_text("utf-8"))

    def strings(value, where):
        if isinstance(value, str):
            yield value, where
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from strings(item, f"{where}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from strings(item, f"{where}[{index}]")

    for text, where in strings(raw, "rules.yaml"):
        try:
            compiled = re.compile(text, re.IGNORECASE)
        except re.error:
            continue
        found.setdefault((compiled.pattern, compiled.flags), where)
    _walk({k: v for k, v in vars(analyze).items() if isinstance(v, re.Pattern)}, found, "analyze")
    _walk({k: v for k, v in vars(negation).items() if isinstance(v, re.Pattern)}, found, "negation")
    return found


def text_patterns() -> dict[tuple[str, int], tuple[str, int]]:
    """Module-level patterns of the stages that read whole texts, with the longest input they meet."""
    bounded = {
        importer._BANNER.pattern: importer.MAX_BANNER_CHARS,
        importer._TITLE_SEPARATORS.pattern: importer.MAX_TITLE_CHARS,
        importer._TITLE_NOISE.pattern: importer.MAX_TITLE_CHARS,
    }
    found = {}
    for module in (sentences, segment, load, front_matter, importer):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                size = bounded.get(value.pattern, LONG_TEXT)
                found[(value.pattern, value.flags)] = (f"{module.__name__}.{name}", size)
    return found


def pathological(pattern: str, size: int) -> list[str]:
    """Strings that make backtracking engines blow up: runs, near-misses and the pattern's own words."""
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    units = [" ", " \t", "a", "1", "ab ", "a.", ".", "-", "!?", "@", "a@", "1 ", "a-", "(", "[", "a1-. ", "x" * 40 + " "]
    words = list(dict.fromkeys(re.findall(r"[a-z]{2,}", pattern.lower())))[:8]
    for word in words:
        units += [word + " ", word, word + ".", word + " 1 "]
    if words:
        units.append(" ".join(words) + " ")
    return [fill(unit) for unit in units]


WORKER = textwrap.dedent(
    """
    import json, re, sys, time
    for line in sys.stdin:
        pattern, flags, text = json.loads(line)
        compiled = re.compile(pattern, flags)
        started = time.perf_counter()
        compiled.search(text)
        print(time.perf_counter() - started, flush=True)
    """
)


def run_searches(jobs: list[tuple[str, int, str, str]]) -> list[tuple[str, str, float | None]]:
    """Search each (pattern, flags, text, label) in a worker; None as the time when it hit the limit."""
    results: list[tuple[str, str, float | None]] = []
    index = 0
    while index < len(jobs):
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        try:
            while index < len(jobs):
                pattern, flags, text, label = jobs[index]
                worker.stdin.write(json.dumps([pattern, flags, text]) + "\n")
                worker.stdin.flush()
                deadline = time.monotonic() + LIMIT_SECONDS + 1  # plus the time to read the text
                ready, _, _ = select.select([worker.stdout], [], [], max(0.0, deadline - time.monotonic()))
                if not ready:
                    results.append((pattern, label, None))
                    index += 1
                    break  # kill this worker, start a fresh one for the rest
                results.append((pattern, label, float(worker.stdout.readline())))
                index += 1
        finally:
            worker.kill()
            worker.wait()
    return results


def _slow(results):
    return [
        f"{label}: {pattern[:80]!r} took {'>' if seconds is None else ''}{seconds or LIMIT_SECONDS:.1f}s"
        for pattern, label, seconds in results
        if seconds is None or seconds > LIMIT_SECONDS
    ]


def test_patterns_are_collected_from_the_rules():
    assert len(rule_patterns()) >= 20
    assert any("_CANDIDATE" in where for where, _ in text_patterns().values())


def test_rule_patterns_do_not_backtrack_catastrophically_on_sentences():
    size = sentences.MAX_SENTENCE_CHARS
    jobs = []
    for (pattern, flags), where in rule_patterns().items():
        for text in pathological(pattern, size):
            jobs.append((pattern, flags, text, f"{where} on {text[:12]!r}×"))
    assert _slow(run_searches(jobs)) == []


def test_text_patterns_do_not_backtrack_catastrophically_on_long_text():
    jobs = []
    for (pattern, flags), (where, size) in text_patterns().items():
        for text in pathological(pattern, size):
            jobs.append((pattern, flags, text, f"{where} on {text[:12]!r}×"))
    assert _slow(run_searches(jobs)) == []


def test_a_catastrophic_pattern_is_caught_by_the_time_limit():
    results = run_searches([(r"(a+)+$", 0, "a" * 40 + "!", "known bad"), (r"a", 0, "a", "fine")])
    assert [seconds is None for _, _, seconds in results] == [True, False]


def test_the_analyzer_never_sees_a_sentence_longer_than_the_cap():
    document = segment.segment("word " * 50_000 + "\n\n" + "x" * 50_000)
    assert max(len(s.text) for p in document.paragraphs for s in p.sentences) <= sentences.MAX_SENTENCE_CHARS
