"""The prefilter guard of ``bench/prefilter_pass.py``: a cue pattern that loses the literals the
prefilter skips sentences by runs on every sentence (round 208's first e-mail pattern cost 7.5%
of ``analyze`` for no answer). Shares of sentences, not timings."""

from __future__ import annotations

import json
from pathlib import Path

from bench.prefilter_pass import NEW_ITEM_LIMIT, NEW_PATTERN_LIMIT, problems, shares

RECORDED = Path(__file__).resolve().parent.parent / "bench" / "prefilter_pass.json"


def test_a_pattern_that_lets_through_more_sentences_than_recorded_is_named():
    labels = {"a": "contact.items.email", "b": "sells_data.rules[1]", "c": "cookies.rules[2]"}
    found = problems({"a": 0.9, "b": 0.12, "c": 0.6}, labels, {"a": 0.02, "b": 0.1}, slack=0.1)
    assert [line.split(" ")[0] for line in found] == ["contact.items.email", "cookies.rules[2]"]
    assert "recorded 2.0%" in found[0] and "new" in found[1]


def test_a_new_pattern_within_the_limit_and_a_narrower_one_pass():
    labels = {"a": "x", "b": "y"}
    assert problems({"a": NEW_PATTERN_LIMIT - 0.01, "b": 0.01}, labels, {"b": 0.3}, slack=0.1) == []


def test_a_new_list_item_pattern_is_held_to_the_narrower_limit():
    # an item pattern runs on every sentence its needs let through: "your passwords?" left only "your"
    labels = {"a": "data_collected.items.account", "b": "sells_data.rules[3]"}
    share = (NEW_ITEM_LIMIT + NEW_PATTERN_LIMIT) / 2
    found = problems({"a": share, "b": share}, labels, {}, slack=0.1)
    assert [line.split(" ")[0] for line in found] == ["data_collected.items.account"]


def test_the_rules_let_through_no_more_than_recorded():
    now, labels = shares()
    found = problems(now, labels, json.loads(RECORDED.read_text("utf-8")), slack=0.10)
    assert found == [], "a pattern lost its prefilter literals; if meant, run python -m bench.prefilter_pass --write " + str(RECORDED)
