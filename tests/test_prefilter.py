"""The analyzer's prefilter may skip a regular expression only when it cannot match."""

from __future__ import annotations

import re

import pytest

from generator.analyze import load_rules
from generator.load import load_policies
from generator.prefilter import Cue, required_literals
from generator.segment import segment
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(not|never)\b[^.]{0,40}\b(share|sell)\w*", [["never", "not"], ["sell", "share"]]),
        (r"\bopt[- ]?out", [["opt"], ["out"]]),
        (r"\b(post|posted)\b", [["post"]]),
        (r"[^.]{0,40}\w+", []),
        (r"\b(cookie|.*tracker)", [["cookie", "tracker"]]),
        (r"\b(cookie|\w+)", []),
    ],
)
def test_required_literals_of_a_pattern_are_what_every_match_contains(pattern, expected):
    requires = required_literals(re.compile(pattern, re.IGNORECASE))
    assert sorted(sorted(options) for options in requires) == sorted(expected)


def test_case_sensitive_patterns_are_never_filtered():
    assert required_literals(re.compile(r"Cookie")) == ()


def test_non_ascii_text_always_reaches_the_pattern():
    cue = Cue.compile(r"\bsell\b")
    assert cue.possible("ſell") and cue.search("ſell")  # re folds the long s to s; str.lower does not


def test_every_rule_agrees_with_its_plain_pattern_on_every_bundled_sentence():
    rules = load_rules()
    cues = [c for r in rules.values() for a in r.answers + r.items for c in a.patterns]
    cues += [r.trigger for r in rules.values() if r.trigger]
    policies, _ = load_policies(ROOT / "policies")
    mismatches = []
    for policy in policies:
        for paragraph in segment(policy.current.body).paragraphs:
            for sentence in paragraph.sentences:
                for cue in cues:
                    if (cue.search(sentence.text) is None) != (cue.pattern.search(sentence.text) is None):
                        mismatches.append((cue.pattern.pattern, sentence.text))
    assert mismatches == []
