"""The real labelled corpus (tests/data/real): every gold file well formed, traceable and verbatim.

279 real policies from a fixed random sample of a public archive and a second sample drawn from it by rule, answered by readers who
never saw the analyzer's answers (tests/data/real/README.md); ``tuning`` may be read to tune
the rules, ``blind`` is only ever measured.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.practices import NOT_MENTIONED, UNCLEAR, load_practices

REAL = Path(__file__).parent / "data" / "real"
GOLD = sorted(REAL.glob("*/gold/*.yaml"))
PROVENANCE = ("slug", "file", "name", "archived", "source_url", "order", "repo_path", "read_id", "labellers", "settled")


def collapsed(text: str) -> str:
    return " ".join(text.split())


def test_both_sets_are_there_and_apart():
    sets = {split: {p.stem for p in GOLD if p.parent.parent.name == split} for split in ("tuning", "blind")}
    assert len(sets["blind"]) >= 40 and len(sets["tuning"]) >= 40
    assert not sets["blind"] & sets["tuning"]
    orders = [yaml.safe_load(p.read_text("utf-8"))["order"] for p in GOLD]
    assert len(orders) == len(set(orders)), "a pool order is labelled once"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_gold_file_is_complete_allowed_verbatim_and_traceable(path: Path):
    gold = yaml.safe_load(path.read_text("utf-8"))
    for field in PROVENANCE:
        assert gold.get(field) not in (None, "", []), f"{path.name}: provenance field {field} missing"
    assert gold["slug"] == path.stem
    order = gold["order"]
    assert isinstance(order, int) and (1 <= order <= 133 or 181 <= order <= 2681), "pool orders 1-133 and 181-240, second sample 241-2681"
    if 181 <= order and order % 5 in (0, 3):
        assert path.parent.parent.name == "blind", f"{path.name}: the split rule puts order {order} in blind"
    if 121 <= order <= 133:
        # labelled after the miss-finder had read them and the rules were tuned: never blind
        assert path.parent.parent.name == "tuning", f"{path.name}: orders 121-133 are tuning data only"
    assert re.fullmatch(r"\S+\.md \(commit [0-9a-f]{40}\)", gold["repo_path"]), gold["repo_path"]
    assert re.fullmatch(r"\d+", str(gold["read_id"])), gold["read_id"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(gold["archived"]))
    assert all(isinstance(name, str) and name for name in gold["labellers"])
    text_path = path.parent.parent / "texts" / gold["file"]
    assert text_path.is_file(), f"{path.name}: no text {gold['file']}"
    text = collapsed(text_path.read_text("utf-8"))
    questions = load_practices().questions
    assert list(gold["answers"]) == [q.key for q in questions], "the 17 questions, in the practices' order"
    for question in questions:
        entry = gold["answers"][question.key]
        value = entry["answer"]
        values = value if isinstance(value, list) else [value]
        if not isinstance(value, list):
            # a list question's lone value: nothing found, unclear, or one that stands alone ("no")
            assert not question.is_list or value in {NOT_MENTIONED, UNCLEAR, *question.exclusive}, question.key
        else:
            assert question.is_list and value, question.key
        assert set(values) <= {*question.values, NOT_MENTIONED, UNCLEAR}, (question.key, value)
        assert (value == NOT_MENTIONED) == (not entry["evidence"]), question.key
        for quote in entry["evidence"]:
            assert collapsed(quote) in text, (question.key, quote)
