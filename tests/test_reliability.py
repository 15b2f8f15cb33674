"""Beside every answer the site says how sure it is: a person's check, or how often it was right
on the labelled test set of real policies (figures from the committed ``evaluation.json``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build.build import BuildConfig, build_site
from generator.practices import load_practices
from generator.tools.accuracy import RELIABILITY_SET, committed_results, reliability_scores
from tests.conftest import ROOT, policy_text, write_policy

POLICY = """# Privacy

We collect your name and email address when you order.

We do not sell your personal information.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("reliability")
    policies = tmp / "policies"
    write_policy(policies, policy_text(POLICY))
    out = tmp / "docs"
    build_site(BuildConfig(policies, ROOT / "templates", out, reliability=reliability_scores()))
    return out


def section(page: str, key: str) -> str:
    return page.split("{#practice-" + key + "}", 1)[1].split("\n### ", 1)[0]


def figures(key: str) -> dict:
    return reliability_scores().scores["questions"][key]


def test_the_committed_figures_include_the_blind_real_set():
    labels = [s.label for s in committed_results()]
    assert RELIABILITY_SET in labels
    scores = reliability_scores().scores
    assert scores["summary"]["policies"] >= 40
    assert set(scores["questions"]) == set(load_practices().keys)


def test_an_answer_says_how_often_the_site_is_right_on_its_question(docs: Path):
    page = (docs / "policies/example-com.md").read_text()
    m = figures("sells_data")
    text = section(page, "sells_data")
    assert f"right on {m['correct']} of {m['n']} policies in" in text
    assert 'href="../../methodology/#test-set"' in text


def test_a_not_mentioned_answer_says_what_was_looked_for_and_not_found(docs: Path):
    page = (docs / "policies/example-com.md").read_text()
    text = section(page, "do_not_track")
    assert "The policy does not say." in text
    looked_for = load_practices()["do_not_track"].looked_for
    assert f"Looked for {looked_for.replace(chr(39), '&#39;')}; found none." in text
    m = figures("do_not_track")
    assert f"says nothing in {m['not_mentioned_correct']} of {m['not_mentioned_n']} such policies" in text


def test_every_question_says_what_the_site_looks_for():
    assert all(q.looked_for for q in load_practices().questions)


def test_a_persons_answer_says_checked_by_a_person_and_no_test_figure(tmp_path: Path, sample_policies: Path):
    docs = tmp_path / "docs"
    build_site(BuildConfig(sample_policies, ROOT / "templates", docs, reliability=reliability_scores()))
    text = section((docs / "policies/kaspersky-com.md").read_text(), "sells_data")
    assert "Checked by a person" in text
    assert "labelled test set" not in text and "Looked for" not in text


def test_the_question_page_shows_the_same_figures(docs: Path):
    page = (docs / "practices/retention.md").read_text()
    m = figures("retention")
    assert f"right on {m['correct']} of {m['n']} policies" in page
    assert f"said nothing in {m['not_mentioned_correct']} of {m['not_mentioned_n']}" in page


def test_the_methodology_page_says_how_the_test_set_was_made(docs: Path):
    page = (docs / "methodology.md").read_text()
    part = page.split("{#test-set}", 1)[1]
    assert reliability_scores().about.split(",")[0] in part


def test_without_figures_no_answer_claims_a_measure(tmp_path: Path):
    policies = tmp_path / "policies"
    write_policy(policies, policy_text(POLICY))
    build_site(BuildConfig(policies, ROOT / "templates", tmp_path / "docs"))
    page = (tmp_path / "docs/policies/example-com.md").read_text()
    assert "labelled test set" not in page
    assert re.search(r"Looked for .+; found none\.</p>", page)


def test_a_letter_that_silence_could_lower_says_so_on_the_page_and_the_card(tmp_path: Path, sample_policies: Path):
    from generator.analysis.grade import load_rubric

    docs = tmp_path / "docs"
    result = build_site(BuildConfig(sample_policies, ROOT / "templates", docs))
    uncertain = [r for r in result.reports if r.current.grade.lowest]
    assert uncertain, "the bundled policies include one silent on a question that could lower its grade"
    for report in result.reports:
        grade = report.current.grade
        page = (docs / f"policies/{report.slug}.md").read_text()
        if grade.letter and grade.lowest:
            assert f"Grade {grade.letter}, or as low as {grade.lowest}" in page  # the card
            assert f"<strong>Grade {grade.letter}, or as low as {grade.lowest}.</strong>" in page
            assert grade.unsaid[0].replace("'", "&#39;") in page
        elif grade.withheld:
            assert "Not enough information for a letter" in page
        else:
            assert "or as low as" not in page
    methodology = (docs / "methodology.md").read_text().split("{#grading-silence}", 1)[1]
    assert f"more than {load_rubric().max_drop} letters lower" in methodology
    for unsaid in load_rubric().unsaid:
        assert unsaid.condition.replace("'", "&#39;") in methodology
