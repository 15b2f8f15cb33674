"""The bundled catalogue stays apart from the evaluation data, and every policy in it loads."""

from __future__ import annotations

from generator.read.load import load_policies

from .conftest import ROOT

EVALUATION_TEXTS = ROOT / "tests" / "data" / "real"


def test_every_bundled_policy_loads_with_the_builds_rules():
    policies, problems = load_policies(ROOT / "policies", keep_going=True)
    assert problems == []
    assert all(p.current.meta.name.strip() for p in policies)


def test_no_bundled_policy_is_a_text_of_the_labelled_evaluation_corpus():
    """Policies the analyzer is measured on must not also be the site's catalogue (pool orders 1-120)."""
    labelled = {path.name.removesuffix(".md") for path in EVALUATION_TEXTS.glob("*/texts/*.md")}
    assert labelled, "the labelled corpus is missing"
    policies, _ = load_policies(ROOT / "policies")
    assert {p.current.meta.domain for p in policies} & labelled == set()
