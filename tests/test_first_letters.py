"""The first-letter lookahead put in front of cue patterns finds exactly what the pattern alone finds.

``first_letters.with_first_letters`` is a speed measure only: a reader must get the same answers
and the same quotes with it. These tests run every compiled cue pattern, with and without its
lookahead, over the sentences of real policies and demand the same matches at the same places.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.analysis.cues import load_cues
from generator.analysis.first_letters import as_written, with_first_letters
from generator.analysis.reading import units_of
from generator.read.segment import segment

ROOT = Path(__file__).resolve().parent.parent


def _cue_patterns() -> list[re.Pattern[str]]:
    cues = load_cues()
    found: dict[int, re.Pattern[str]] = {}
    for question in cues.questions.values():
        for rule in question.rules:
            for pattern in (*rule.match, *rule.also, *rule.unless):
                found[id(pattern)] = pattern
        for _value, patterns in question.items:
            for pattern in patterns:
                found[id(pattern)] = pattern
    return list(found.values())


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Every sentence of four real policies of different kinds, as the rules read them (lowercased)."""
    texts = sorted((ROOT / "tests/data/real/tuning/texts").glob("*.md"))[:4]
    return [unit.folded for path in texts for unit in units_of(segment(path.read_text("utf-8")))]


def test_most_cue_patterns_get_the_lookahead():
    led = [p for p in _cue_patterns() if as_written(p) != p.pattern]
    assert len(led) > len(_cue_patterns()) // 2


def test_every_cue_pattern_matches_the_same_text_with_its_lookahead_as_without(sentences):
    different = []
    for pattern in _cue_patterns():
        written = as_written(pattern)
        if written == pattern.pattern:
            continue
        plain = re.compile(written)
        for text in sentences:
            if [m.span() for m in pattern.finditer(text)] != [m.span() for m in plain.finditer(text)]:
                different.append((written[:80], text[:80]))
                break
    assert not different, different[:3]


def test_the_lookahead_names_the_letters_a_match_can_begin_with():
    assert with_first_letters(r"(?<!non-)\b(?:vendors?|(?:third[- ]party )?service providers?)\b").pattern == (
        r"(?=[stv])(?:(?<!non-)\b(?:vendors?|(?:third[- ]party )?service providers?)\b)"
    )
    assert with_first_letters(r"\b\d+ days\b").pattern.startswith("(?=[0123456789])")


@pytest.mark.parametrize(
    "text",
    [
        r"sell|share",  # opens on letters: the engine scans ahead for them itself
        r"^how\b",  # anchored
        r"[a-z]+ data",  # opens on a set
        r"(?i)\bsell",  # ignores case: the letters would need both cases
        r"\b(?:sell)?",  # may match nothing, anywhere
        r"\b[^.]{0,20}sell",  # may begin with almost anything
        r"\b(?:a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u)x",  # too many first letters to rule much out
    ],
)
def test_a_pattern_the_lookahead_would_not_speed_up_is_left_as_written(text):
    assert with_first_letters(text).pattern == text
