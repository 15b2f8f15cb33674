"""``plainpolicy check``: a contributor's broken policy file becomes annotations on the pull request's diff."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import policy_text, write_policy

ANNOTATION = re.compile(r"^::error file=(?P<file>[^,:]+)(?:,line=(?P<line>\d+))?,title=(?P<title>[^:]+)::(?P<message>.+)$")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_policy(tmp_path / "policies", policy_text(slug="good-org"), slug="good-org")
    return tmp_path


def check(*files: str):
    return CliRunner().invoke(main, ["check", *files])


def annotations(output: str) -> list[dict]:
    found = []
    for line in output.splitlines():
        match = ANNOTATION.match(line)
        if match:
            found.append(match.groupdict())
    return found


def test_a_valid_file_passes_quietly(project):
    result = check("policies/good-org/2020-01-02.md")
    assert result.exit_code == 0, result.output
    assert "::error" not in result.output


def test_a_broken_file_gets_an_annotation_on_the_line_of_each_problem(project):
    broken = policy_text(slug="broken-org", extra="colour: red\n").replace("name: Example", "name: Example <b>")
    write_policy(project / "policies", broken, slug="broken-org")
    write_policy(project / "policies", policy_text(slug="other-org").replace("name: Example", "name: Ex [ample]"), slug="other-org")
    result = check("policies/broken-org/2020-01-02.md", "policies/other-org/2020-01-02.md")
    assert result.exit_code == 2
    found = annotations(result.output)
    lines = broken.splitlines()
    unknown = next(a for a in found if a["title"] == "colour")
    assert unknown["file"] == "policies/broken-org/2020-01-02.md"
    assert lines[int(unknown["line"]) - 1] == "colour: red"
    assert "unknown field" in unknown["message"]
    named = next(a for a in found if a["file"] == "policies/other-org/2020-01-02.md")
    assert named["title"] == "name" and named["line"] == "2"
    assert "remove [ ]" in named["message"]


def test_only_the_files_asked_about_are_reported(project):
    write_policy(project / "policies", "no front matter\n", slug="untouched-org")
    assert check("policies/good-org/2020-01-02.md").exit_code == 0
    everything = check()
    assert everything.exit_code == 2
    assert [a["file"] for a in annotations(everything.output)] == ["policies/untouched-org/2020-01-02.md"]


def test_rules_across_files_apply_a_domain_is_one_policys(project):
    write_policy(project / "policies", policy_text(slug="copy-org").replace("domain: copy.org", "domain: good.org"), slug="copy-org")
    result = check("policies/copy-org/2020-01-02.md")
    assert result.exit_code == 2
    (problem,) = annotations(result.output)
    assert problem["title"] == "domain" and "good.org" in problem["message"]


def test_misplaced_and_misnamed_files_are_reported(project):
    (project / "policies" / "good-org" / "latest.md").write_text(policy_text(slug="good-org"), encoding="utf-8")
    (project / "notes.md").write_text("hello\n", encoding="utf-8")
    result = check("policies/good-org/latest.md", "notes.md")
    assert result.exit_code == 2
    by_file = {a["file"]: a for a in annotations(result.output)}
    assert "YYYY-MM-DD" in by_file["policies/good-org/latest.md"]["message"]
    assert "not a policy file" in by_file["notes.md"]["message"]


def test_line_breaks_and_separators_cannot_forge_a_second_command(project):
    folder = project / "policies" / "good-org"
    odd = folder / "2020-01-03,line=1::x.md"
    odd.write_text(policy_text(slug="good-org", archived="2020-01-03"), encoding="utf-8")
    result = check(str(odd.relative_to(project)))
    assert result.exit_code == 2
    (line,) = [line for line in result.output.splitlines() if line.startswith("::")]
    assert line.startswith("::error file=policies/good-org/2020-01-03%2Cline=1%3A%3Ax.md,title=path::")
