"""Fact changes between versions: detection, wording, grades, and the export of the history."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from generator.analysis.pipeline import report_policy
from generator.build.build import BuildConfig, build_site
from generator.analysis.history import compare_versions, fact_changes, grade_change, policy_history
from generator.read.load import load_policies
from generator.models import Answer, Evidence
from tests.conftest import ROOT, policy_text, write_policy

BEFORE = """# Privacy

We collect your email address when you register.

We do not sell or rent your personal information to anyone.

We do not use cookies.

Contact us by email at privacy@example.com.
"""

AFTER = """# Privacy

Contact us by email at privacy@example.com.

We collect your email address when you register.

We collect your precise location.

We may sell your personal information to third parties.

We use cookies to remember you.
"""


def two_versions(tmp_path: Path, before: str = BEFORE, after: str = AFTER) -> Path:
    policies = tmp_path / "policies"
    write_policy(policies, policy_text(before, archived="2020-01-02"), archived="2020-01-02")
    write_policy(policies, policy_text(after, archived="2021-03-04"), archived="2021-03-04")
    return policies


def test_fact_changes_between_two_small_versions_are_plain_sentences(tmp_path):
    (policy,), _ = load_policies(two_versions(tmp_path))
    history = policy_history(report_policy(policy))
    (change,) = history.changes
    facts = {fact.key: fact for fact in change.facts}
    assert set(facts) == {"data_collected", "sells_data", "cookies"}
    sells = facts["sells_data"]
    assert sells.sentence == "Now says it may sell or rent your personal data (was: does not sell)."
    assert sells.direction == "worse"
    assert [e.quote for e in sells.old_evidence] == ["We do not sell or rent your personal information to anyone."]
    assert [e.quote for e in sells.new_evidence] == ["We may sell your personal information to third parties."]
    assert facts["data_collected"].added == ("location",) and facts["data_collected"].removed == ()
    assert facts["data_collected"].sentence == "Now also: collects your precise location."
    assert facts["cookies"].sentence.startswith("Now uses cookies")
    assert "contact" not in facts  # same answer, the paragraph only moved


def answer(key: str, value, detail: str | None = None, quote: str = "q") -> Answer:  # noqa: ANN001
    value = tuple(value) if isinstance(value, list) else value
    return Answer(key, value, detail, (Evidence(quote, "p-00000000"),))


def test_list_answers_say_what_was_added_and_removed():
    old = [answer("contact", ["email", "postal"])]
    new = [answer("contact", ["email", "phone"])]
    (change,) = fact_changes(old, new)
    assert change.added == ("phone",) and change.removed == ("postal",)
    assert change.sentence == "Now also: you can reach it by phone. No longer says: you can reach it by post."


def test_new_quotes_for_the_same_answer_are_not_a_change():
    old, new = answer("sells_data", "no", quote="old words"), answer("sells_data", "no", quote="new words")
    assert fact_changes([old], [new]) == ()


@pytest.mark.parametrize(
    ("old", "new", "sentence", "direction"),
    [
        ("no", "not_mentioned", "No longer says anything about this (was: does not share).", "worse"),
        ("not_mentioned", "yes", "Now says it may share your data with other companies for their own marketing"
         " (was: not mentioned).", "worse"),
        ("opt_out", "with_consent", "Now shares your data with other companies for marketing only if you agree first"
         " (was: unless you opt out).", "better"),
    ],
)
def test_scalar_changes_read_as_now_and_was(old, new, sentence, direction):
    (change,) = fact_changes([answer("shares_for_marketing", old)], [answer("shares_for_marketing", new)])
    assert (change.sentence, change.direction) == (sentence, direction)


def test_a_changed_detail_is_a_change_of_fact():
    old = [answer("retention", "stated_period", detail="30 days")]
    new = [answer("retention", "stated_period", detail="2 years")]
    (change,) = fact_changes(old, new)
    assert change.sentence == "Same answer, new detail: says how long it keeps your data (2 years; was: 30 days)."


def test_grade_change_is_called_out_only_when_grades_differ(tmp_path):
    (policy,), _ = load_policies(two_versions(tmp_path))
    report = report_policy(policy)
    assert compare_versions(*report.versions).grade is None
    assert compare_versions(*report.versions, grades=("B", "B")).grade is None
    assert compare_versions(*report.versions, grades=("B", "D")).grade.sentence == "Grade changed from B to D."
    assert policy_history(report, grades=[None, "C"]).changes[0].grade.sentence == "Now graded C."
    assert grade_change("A", None).sentence == "No longer graded (was A)."
    with pytest.raises(ValueError, match="1 grades for 2 versions"):
        policy_history(report, grades=["A"])


def test_export_carries_the_history_and_stays_valid(tmp_path):
    docs = tmp_path / "docs"
    build_site(BuildConfig(two_versions(tmp_path), ROOT / "templates", docs, site_url="https://example.org/pp/"))
    data = json.loads((docs / "data/policies.json").read_text())
    schema = json.loads((ROOT / "generator/data/export.schema.json").read_text())
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    (policy,) = data["policies"]
    assert policy["versions"] == ["2020-01-02", "2021-03-04"]
    (change,) = policy["history"]
    assert (change["from"], change["to"]) == ("2020-01-02", "2021-03-04")
    assert change["page"] == "https://example.org/pp/policies/example-com/history/#change-2021-03-04"
    sells = next(c for c in change["changes"] if c["question"] == "sells_data")
    assert (sells["old"], sells["new"]) == ("no", "yes")
    permalink = sells["new_evidence"][0]["permalink"]
    assert permalink.startswith("https://example.org/pp/policies/example-com/2021-03-04/#p-")
    assert change["text"]["moved"] == 1


def test_bundled_export_validates_against_its_schema(tmp_path, sample_policies):
    docs = tmp_path / "docs"
    build_site(BuildConfig(sample_policies, ROOT / "templates", docs))
    data = json.loads((docs / "data/policies.json").read_text())
    schema = json.loads((docs / "data/schema.json").read_text())
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    histories = {p["slug"]: p["history"] for p in data["policies"]}
    assert [c["to"] for c in histories["kaspersky-com"]] == ["2013-06-30", "2019-12-31"]
    assert [c["to"] for c in histories["threatpost-com"]] == ["2019-06-10"]
    assert histories["eff-org"] == []


def test_versions_not_analysed_are_compared_by_text_only(tmp_path):
    from dataclasses import replace

    from generator.pages.feeds import entry_html

    (policy,), _ = load_policies(two_versions(tmp_path))
    old, new = report_policy(policy).versions
    foreign = replace(old, analysis=replace(old.analysis, analysed=False))
    change = compare_versions(foreign, new)
    assert change.comparable is False and change.facts == ()
    assert change.text.changed
    assert "not in English" in entry_html(change)
