"""``plainpolicy evaluate`` on a tiny hand-made gold set whose scores are known in advance."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.tools.evaluate import (
    Comparison,
    PolicyResult,
    evaluate,
    format_text,
    item_set,
    plain_quote,
    score,
    to_json,
)
from generator.practices import load_practices
from generator.tools.overrides import override_disagreements
from tests.conftest import ROOT, policy_text, write_policy

POLICY = """# Privacy at Example Bakery

We collect your name and email address when you order a cake.

We do not sell your personal information.

We keep order records for two years and then delete them.

You can set your browser to refuse cookies.
"""


def gold_file(answers: dict) -> dict:
    """A gold file where every question is not_mentioned unless given."""
    full = {}
    for question in load_practices().questions:
        full[question.key] = answers.get(question.key, {"answer": "not_mentioned", "evidence": []})
    return {"slug": "example-bakery", "file": "texts/bakery.md", "answers": full}


@pytest.fixture
def tiny_gold(tmp_path: Path) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "bakery.md").write_text(POLICY, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    answers = {
        # right: the analyzer finds these
        "sells_data": {"answer": "no", "evidence": ["We do **not** sell your personal information."]},
        "cookies": {"answer": "yes_can_refuse", "evidence": ["You can set your browser to refuse cookies."]},
        # wrong on purpose: the gold says indefinitely, the text says two years
        "retention": {"answer": "indefinitely", "evidence": ["We keep order records for two years"]},
        # list: gold has contact + financial, analyzer will find contact only -> P 1, R 0.5
        "data_collected": {"answer": ["contact", "financial"], "evidence": ["We collect your name and email address"]},
    }
    (gold / "bakery.yaml").write_text(yaml.safe_dump(gold_file(answers)), encoding="utf-8")
    return tmp_path


def test_scores_on_a_tiny_gold_are_the_expected_ones(tiny_gold: Path):
    evaluation = evaluate(tiny_gold / "gold", tiny_gold)
    s = evaluation.summary
    # 13 scalar questions: only retention is wrong
    assert (s["scalar_correct"], s["scalar_total"]) == (12, 13)
    # gold answers (not not_mentioned) among scalars: sells, cookies, retention -> 2 of 3
    assert s["answered_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    # lists: data_collected tp=1 fp=0 fn=1; the three others are not_mentioned on both sides
    assert s["list_precision"] == 1.0 and s["list_recall"] == 0.5
    assert s["list_f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["verbatim"] == 1.0 and s["anchored"] == 1.0
    assert s["missed_with_gold_evidence"] == 0
    wrong = {c.key: c for c in evaluation.policies[0].wrong}
    assert set(wrong) == {"retention", "data_collected"}
    assert wrong["retention"].expected == "indefinitely" and wrong["retention"].got == "stated_period"


def test_evidence_landing_in_a_gold_paragraph(tiny_gold: Path):
    evaluation = evaluate(tiny_gold / "gold", tiny_gold)
    by_key = {c.key: c for c in evaluation.policies[0].comparisons}
    assert by_key["sells_data"].landed == by_key["sells_data"].quotes == 1
    assert evaluation.summary["evidence_in_gold_paragraph"] == 1.0


def test_text_report_lists_wrong_answers_with_expected_and_ends_with_a_summary(tiny_gold: Path):
    text = format_text(evaluate(tiny_gold / "gold", tiny_gold), label="tiny")
    assert "retention" in text and "expected indefinitely; got stated_period" in text
    last = text.splitlines()[-1]
    assert last.startswith("tiny: 1 policies; scalar accuracy 92.3% (12/13)")
    assert "list P/R/F1 1.00/0.50/0.67" in last


def test_json_report_has_questions_policies_and_summary(tiny_gold: Path):
    data = to_json(evaluate(tiny_gold / "gold", tiny_gold))
    assert set(data) == {"summary", "questions", "policies"}
    assert data["questions"]["data_collected"]["recall"] == 0.5
    assert data["policies"]["example-bakery"]["wrong"][0]["key"] in {"retention", "data_collected"}
    json.dumps(data)


def test_a_non_verbatim_quote_is_counted(tiny_gold: Path):
    comparison = Comparison("sells_data", "no", "no", True, quotes=2, verbatim=1, anchored=1)
    evaluation = score([PolicyResult("x", (comparison,))])
    assert evaluation.summary["verbatim"] == 0.5


def test_not_mentioned_where_gold_quotes_is_a_miss():
    missed = Comparison("sells_data", "no", "not_mentioned", False, gold_quoted=True)
    evaluation = score([PolicyResult("x", (missed,))])
    assert evaluation.summary["missed_with_gold_evidence"] == 1


def test_list_values_compare_as_sets():
    assert item_set(("a", "b")) == item_set(("b", "a"))
    assert item_set("not_mentioned") == frozenset()
    assert item_set("unclear") == frozenset({"unclear"})


def test_plain_quote_removes_markup_and_collapses_space():
    assert plain_quote("We **do not**  sell [data](mailto:a@b.c).") == "We do not sell data."


def test_a_quote_of_text_that_only_looks_like_a_link_is_verbatim(tmp_path: Path):
    """A policy that writes out "[CLICK HERE](...)" with escaped brackets: the analyzer quotes it as the
    reader sees it, brackets and all, and that quote is in the text."""
    (tmp_path / "texts").mkdir()
    text = (
        "# Privacy\n\nWe do not sell your personal information to the partners listed at "
        "\\[CLICK HERE\\](https://example.com/partners).\n"
    )
    (tmp_path / "texts" / "bakery.md").write_text(text, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "bakery.yaml").write_text(yaml.safe_dump(gold_file({})), encoding="utf-8")
    evaluation = evaluate(tmp_path / "gold", tmp_path)
    quotes = [q for c in evaluation.policies[0].comparisons for q in c.got_quotes]
    assert any("[CLICK HERE](https://example.com/partners)" in q for q in quotes)
    assert evaluation.summary["verbatim"] == 1.0


def test_overrides_that_disagree_with_the_analyzer_are_listed(tmp_path: Path):
    extra = (
        "overrides:\n  sells_data:\n    answer: 'yes'\n    reviewer: ana\n    reason: sold through a partner\n"
        "    date: 2024-02-03\n  cookies:\n    answer: yes_can_refuse\n    reviewer: ana\n    reason: agrees\n"
        "    date: 2024-02-03\n"
    )
    write_policy(tmp_path, policy_text(POLICY, extra=extra))
    found = override_disagreements(tmp_path)
    assert [(d.key, d.override, d.analyzer) for d in found] == [("sells_data", "yes", "no")]
    assert found[0].reason == "sold through a partner"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_cli_evaluate_exits_zero_and_prints_json(tiny_gold: Path):
    result = run("evaluate", "--gold", str(tiny_gold / "gold"), "--texts", str(tiny_gold), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["scalar_total"] == 13


def test_cli_evaluate_development_set_meets_the_targets():
    result = run("evaluate", "--gold", "tests/data/gold", "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)["summary"]
    assert summary["policies"] == 10
    assert summary["scalar_accuracy"] >= 0.90
    assert summary["answered_accuracy"] >= 0.85
    assert summary["list_f1"] >= 0.85
    assert summary["verbatim"] == 1.0
    assert summary["missed_with_gold_evidence"] == 0


def test_cli_evaluate_overrides_only(tmp_path: Path):
    write_policy(tmp_path, policy_text(POLICY))
    result = run("evaluate", "--overrides", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "agrees with every override" in result.stdout


def test_grade_agreement_counts_a_missed_bad_answer_as_a_kinder_letter():
    from generator.tools.grade_agreement import grade_pair, grade_summary
    from tests.test_grade import GOOD, analysis

    gold = {**{k: "not_mentioned" for k in load_practices().keys}, **GOOD, "shares_for_marketing": "yes"}
    gold = {k: tuple(v) if isinstance(v, list) else v for k, v in gold.items()}
    missed = grade_pair(analysis(**{**GOOD, "shares_for_marketing": "not_mentioned"}), gold)
    found = grade_pair(analysis(**{**GOOD, "shares_for_marketing": "yes"}), gold)
    assert found.exact and not missed.exact
    assert missed.got.rubric_letter < missed.expected.rubric_letter  # A before C: kinder
    # the page does not claim A alone: it says how low silence could take the letter, and C is within it
    assert missed.got.lowest is not None and missed.claim_holds
    summary = grade_summary([missed, found])
    assert summary["grade_exact"] == 0.5 and summary["grade_kinder_than_gold"] == 1
    assert summary["grade_claim_holds"] == 1.0 and summary["grade_with_range"] == 1


def test_first_quote_precision_is_reported_apart(tiny_gold: Path):
    evaluation = evaluate(tiny_gold / "gold", tiny_gold)
    assert evaluation.summary["first_quote_in_gold_paragraph"] == 1.0
    first_elsewhere = Comparison("sells_data", "no", "no", True, quotes=2, landed=1, gold_quoted=True)
    first_here = Comparison("cookies", "yes", "yes", True, quotes=1, landed=1, gold_quoted=True, first_landed=True)
    summary = score([PolicyResult("x", (first_elsewhere, first_here))]).summary
    assert summary["evidence_in_gold_paragraph"] == pytest.approx(2 / 3, abs=1e-4)
    assert summary["first_quote_in_gold_paragraph"] == 0.5


def test_cli_evaluate_prints_grade_agreement(tiny_gold: Path):
    result = run("evaluate", "--gold", str(tiny_gold / "gold"), "--texts", str(tiny_gold))
    assert result.returncode == 0, result.stderr
    assert "grades: same letter as the gold answers'" in result.stdout
    data = json.loads(run("evaluate", "--gold", str(tiny_gold / "gold"), "--texts", str(tiny_gold), "--format", "json").stdout)
    assert {"grade_exact", "grade_within_one", "grade_claim_holds"} <= set(data["summary"])
    assert "gold_grade" in data["policies"]["example-bakery"]
