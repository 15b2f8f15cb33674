"""The pull-request check workflow: valid, audited, read-only, and running ``plainpolicy check`` on changed policies."""

from __future__ import annotations

import pytest
import yaml

from .test_workflow import PINNED, ROOT, all_steps, output, run, tool, triggers

WORKFLOW = ROOT / ".github" / "workflows" / "check-policies.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


# Its schema and zizmor checks run for every workflow in tests/test_workflow.py.


def test_runs_on_pull_requests_that_touch_policies_with_a_read_only_token(workflow):
    assert triggers(workflow) == {"pull_request": {"paths": ["policies/**"]}}
    assert workflow["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in workflow["jobs"].values())


def test_checks_the_changed_files_with_plainpolicy_check(workflow):
    commands = "\n".join(step["run"] for _, step in all_steps(workflow) if "run" in step)
    assert "plainpolicy check" in commands
    assert "git diff --name-only" in commands and "-- policies/" in commands


def test_actions_are_pinned_and_the_checkout_keeps_no_token(workflow):
    uses = [step for _, step in all_steps(workflow) if "uses" in step]
    assert uses
    for step in uses:
        assert PINNED.match(step["uses"]), step["uses"]
        if step["uses"].startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


ISSUE_FORMS = sorted((ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))


@pytest.mark.parametrize("form", [f for f in ISSUE_FORMS if f.name != "config.yml"], ids=lambda f: f.name)
def test_issue_forms_match_githubs_schema(form):
    result = run(tool("check-jsonschema"), "--builtin-schema", "vendor.github-issue-forms", str(form))
    assert result.returncode == 0, output(result)


def test_the_add_a_policy_form_asks_for_domain_url_and_archive_and_says_how_to_check_coverage():
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "add-a-policy.yml").read_text("utf-8"))
    ids = {item["id"] for item in form["body"] if "id" in item}
    assert {"domain", "url", "archive"} <= ids
    advice = " ".join(item["attributes"]["value"] for item in form["body"] if item["type"] == "markdown")
    assert "data/policies.json" in advice and "search" in advice
