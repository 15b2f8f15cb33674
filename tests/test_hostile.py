"""Every case of the hostile corpus has its exact outcome: an error (exit 2, nothing written) or a safe page.

Set PLAINPOLICY_UPDATE_GOLDEN=1 to rewrite ``tests/data/hostile/<case>.expected.html``
(then read the diff: it is the safe HTML each hostile text becomes).
"""

from __future__ import annotations

import os
import shutil

import pytest

from tests.conftest import ROOT, SAMPLE_SLUGS, copy_sample_policies
from tests.hostile import CASES, CORPUS, HAND_WRITTEN, run_case
from tests.safety import executable_markup

UPDATE = os.environ.get("PLAINPOLICY_UPDATE_GOLDEN") == "1"


def test_every_corpus_file_belongs_to_a_case():
    used = {case.source.name for case in CASES if case.source} | {
        name for case in CASES for name, _ in case.companions
    }
    used |= {case.golden.name for case in CASES if case.outcome == "page" and not case.generated}
    present = {path.name for path in CORPUS.iterdir()} - {".gitattributes", "RESULTS.md"}
    assert present == used


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "error"], ids=lambda c: c.name)
def test_error_case_names_the_file_exits_2_and_writes_nothing(case, tmp_path):
    outcome = run_case(case, tmp_path)
    assert outcome.errors == [line.format(**outcome.fields) for line in case.errors]
    assert outcome.exit_code == 2
    if case.command == "import":
        assert outcome.docs == {}
    else:
        assert outcome.docs == HAND_WRITTEN


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "page"], ids=lambda c: c.name)
def test_page_case_builds_a_safe_page(case, tmp_path):
    outcome = run_case(case, tmp_path)
    assert (outcome.exit_code, outcome.errors) == (0, [])
    page = outcome.page
    assert page is not None and outcome.docs["about.md"] == HAND_WRITTEN["about.md"]
    front, body = page.removeprefix("---\n").split("\n---\n", 1)  # front matter is data, not HTML
    assert executable_markup(body) == []
    for snippet in case.contains:
        assert snippet in outcome.fulltext
    if not case.generated:
        if UPDATE:
            case.golden.write_text(outcome.fulltext + "\n", "utf-8")
        assert outcome.fulltext + "\n" == case.golden.read_text("utf-8")
    # The page's front matter still says who it is: the policy body cannot replace it.
    assert front.startswith("title: Hostile Example\n")


def test_keep_going_reports_every_problem_and_builds_the_rest(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    policies = tmp_path / "policies"
    copy_sample_policies(policies)
    bad = {
        "latin-com/2020-01-02.md": "encoding-latin1.md",
        "alias-com/2020-01-02.md": "frontmatter-alias-bomb.md",
        "hostile com/2020-01-02.md": "html-script.md",
    }
    for place, name in bad.items():
        (policies / place).parent.mkdir()
        shutil.copy(CORPUS / name, policies / place)
    docs = tmp_path / "docs"
    args = ["build", "--policies", str(policies), "--templates", str(ROOT / "templates"), "--docs", str(docs)]
    result = CliRunner().invoke(main, [*args, "--keep-going"], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {policies / 'alias-com/2020-01-02.md'}:7: front matter: YAML anchors and aliases are not allowed;"
        " write the value out.",
        f"error: {policies / 'hostile com'}: slug: folder name must be lowercase ASCII words joined by hyphens.",
        f"error: {policies / 'latin-com/2020-01-02.md'}:11: encoding: byte 0xe9 is not UTF-8; save the file as UTF-8.",
    ]
    pages = sorted(path.name for path in (docs / "policies").glob("*.md"))
    assert pages == sorted([f"{slug}.md" for slug in SAMPLE_SLUGS] + ["index.md"])
    assert "10 policies" in result.stdout

    strict = CliRunner().invoke(main, args, catch_exceptions=False)
    assert strict.exit_code == 2 and len(strict.stderr.splitlines()) == 3


def test_terminal_escapes_in_a_file_name_are_shown_not_sent(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    (tmp_path / "policies" / "evil\x1b[2J\x1b]0;pwned\x07").mkdir(parents=True)
    args = ["build", "--policies", str(tmp_path / "policies"), "--templates", str(ROOT / "templates")]
    result = CliRunner().invoke(main, [*args, "--docs", str(tmp_path / "docs")], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {tmp_path / 'policies'}/evil\\x1b[2J\\x1b]0;pwned\\x07: slug:"
        " folder name must be lowercase ASCII words joined by hyphens.\n"
    )


def test_override_quotes_must_stand_in_the_text_and_keep_going_builds_the_rest(tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    policies = tmp_path / "policies"
    bad = (CORPUS / "override-quote-not-in-text.md").read_text("utf-8")
    (policies / "hostile-com").mkdir(parents=True)
    (policies / "hostile-com" / "2020-01-02.md").write_text(bad)
    good = bad.replace("hostile", "fine").replace(
        "'We never sell your data. <script>window.__pwned=1</script>'", "'We may sell  your information'"
    )
    (policies / "fine-com").mkdir()
    (policies / "fine-com" / "2020-01-02.md").write_text(good)
    args = ["build", "--policies", str(policies), "--templates", str(ROOT / "templates"), "--docs", str(tmp_path / "d")]
    result = CliRunner().invoke(main, [*args, "--keep-going"], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {policies / 'hostile-com' / '2020-01-02.md'}: overrides.sells_data.evidence:")
    page = (tmp_path / "d" / "policies" / "fine-com.md").read_text("utf-8")
    assert "- quote: We may sell  your information\n        anchor: p-" in page
    assert not (tmp_path / "d" / "policies" / "hostile-com.md").exists()


def test_formula_like_quotes_stay_text_in_the_csv_but_verbatim_in_json(tmp_path):
    import csv
    import io
    import json

    from tests.hostile import BY_NAME

    outcome = run_case(BY_NAME["csv-formula"], tmp_path)
    table = outcome.docs["data/answers.csv"].decode("utf-8")
    rows = {row["question"]: row for row in csv.DictReader(io.StringIO(table, newline=""))}
    assert rows["data_collected"]["evidence"].startswith("'=HYPERLINK(")
    assert rows["cookies"]["evidence"].startswith("'@SUM(1+1)")
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows.values() for cell in row.values())
    quotes = json.loads(outcome.docs["data/policies.json"])["policies"][0]["answers"]["data_collected"]["evidence"]
    assert quotes[0]["quote"].startswith("=HYPERLINK(")
