"""The written evaluation policies (tests/data/written): well-formed gold, quotes that exist.

These twenty-five policies were written for testing, in other sectors and decades than
the real ones, by AI assistants that had not seen the rules; ``tuning`` was then used to tune
the rules and ``blind`` only ever measured (see tests/data/EVALUATION.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.analysis.analyze import analyze
from generator.tools.evaluate import plain_quote
from generator.practices import NOT_MENTIONED, UNCLEAR, load_practices
from generator.read.segment import normalise, segment

WRITTEN = Path(__file__).parent / "data" / "written"
GOLD = sorted(WRITTEN.glob("*/gold/*.yaml"))


def test_both_sets_are_there():
    assert {path.parent.parent.name for path in GOLD} == {"tuning", "blind"}
    assert len(GOLD) == 25


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_gold_answers_every_question_with_allowed_values_and_verbatim_quotes(path: Path):
    gold = yaml.safe_load(path.read_text("utf-8"))
    text = normalise(plain_quote((path.parent.parent / "texts" / gold["file"]).read_text("utf-8")))
    questions = load_practices().questions
    assert list(gold["answers"]) == [q.key for q in questions]
    for question in questions:
        entry = gold["answers"][question.key]
        value = entry["answer"]
        allowed = {*question.values, NOT_MENTIONED, UNCLEAR}
        values = value if isinstance(value, list) else [value]
        assert set(values) <= allowed, (question.key, value)
        assert (value == NOT_MENTIONED) == (not entry["evidence"]), question.key
        for quote in entry["evidence"]:
            assert plain_quote(quote) in text, (question.key, quote)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_analyzer_quotes_are_verbatim_on_written_policies(path: Path):
    gold = yaml.safe_load(path.read_text("utf-8"))
    document = segment((path.parent.parent / "texts" / gold["file"]).read_text("utf-8"))
    by_anchor = {p.anchor: p.text for p in document.paragraphs}
    for answer in analyze(document).answers:
        for evidence in answer.evidence:
            assert plain_quote(evidence.quote) in by_anchor[evidence.anchor], (answer.key, evidence.quote)
