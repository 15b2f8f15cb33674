"""The GitHub Actions workflow: valid, audited, and doing what the README says.

On a pull request it tests and builds; only a push to main publishes to GitHub
Pages. Every action is pinned to a full commit SHA, the policy that
.github/zizmor.yml states. Both checkers run offline from this environment's
bin directory (they are test extras).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
ZIZMOR_CONFIG = ROOT / ".github" / "zizmor.yml"
# Not resolved: in a virtual environment sys.executable is a link inside .venv/bin.
BIN = Path(sys.executable).parent

ON_PUSH_TO_MAIN = {"github.event_name == 'push'", "github.ref == 'refs/heads/main'"}
# owner/repo[/path]@<40 hex digits>  # v<released tag>
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
PIN_COMMENT = re.compile(r"uses:\s*(\S+)\s+#\s*(v\d+(\.\d+)*)\s*$")


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed next to {sys.executable}; install the test extras: make test")
    return str(path)


def run(*args: str) -> subprocess.CompletedProcess:
    # Offline means offline: no token is handed to the checkers.
    tokens = ("GH_TOKEN", "GITHUB_TOKEN", "ZIZMOR_GITHUB_TOKEN")
    env = {key: value for key, value in os.environ.items() if key not in tokens}
    env["NO_COLOR"] = "1"
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def output(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    # YAML 1.1 (PyYAML) reads the key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


def condition_terms(expression: str) -> set[str]:
    """The terms of an `a && b` condition; refuses anything fancier, so the set says it all."""
    expression = expression.strip()
    if expression.startswith("${{") and expression.endswith("}}"):
        expression = expression[3:-2]
    assert "||" not in expression and "!" not in expression.replace("!=", ""), expression
    return {" ".join(term.split()) for term in expression.split("&&")}


def all_steps(workflow: dict):
    for job_id, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield job_id, step


# The two checkers.


# Every workflow of the repository: the publish workflow and the pull-request check.
ALL_WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda path: path.name)
def test_workflow_matches_the_github_workflow_schema(path):
    result = run(tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(path))
    assert result.returncode == 0, output(result)


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda path: path.name)
def test_zizmor_finds_nothing(path):
    result = run(
        tool("zizmor"), "--offline", "--no-progress", "--color", "never",
        "--config", str(ZIZMOR_CONFIG), str(path),
    )  # fmt: skip
    assert result.returncode == 0, output(result)


# What a maintainer relies on.


def test_runs_on_pull_requests_and_on_pushes_to_main_only(workflow):
    on = triggers(workflow)
    assert set(on) == {"push", "pull_request"}
    assert on["push"] == {"branches": ["main"]}


def test_token_can_only_read_by_default(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    for job_id, job in workflow["jobs"].items():
        if job_id != "deploy":
            assert "permissions" not in job, f"{job_id} widens the token"


def test_pull_requests_run_the_tests_and_build_the_site(workflow):
    build = workflow["jobs"]["build"]
    assert "if" not in build, "the build job must run for pull requests too"
    commands = [step["run"].strip() for step in build["steps"] if "run" in step]
    assert "make test" in commands and "make site" in commands
    assert commands.index("make test") < commands.index("make site")


def test_build_runs_in_debian_where_make_test_can_install_chromium(workflow):
    assert workflow["jobs"]["build"]["container"] == "python:3.11-bookworm"


def test_only_a_push_to_main_deploys(workflow):
    jobs = workflow["jobs"]
    deploy = jobs["deploy"]
    assert condition_terms(deploy["if"]) == ON_PUSH_TO_MAIN
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    deploying = [job for job, step in all_steps(workflow) if step.get("uses", "").startswith("actions/deploy-pages@")]
    assert deploying == ["deploy"]
    # A pull request does not even upload the site.
    (upload,) = [
        step for step in jobs["build"]["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact@")
    ]
    assert condition_terms(upload["if"]) == ON_PUSH_TO_MAIN
    assert upload["with"] == {"path": "site/"}


def test_checkout_does_not_keep_the_token(workflow):
    checkouts = [step for _, step in all_steps(workflow) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False


def test_zizmor_config_requires_hash_pins_for_every_action():
    config = yaml.safe_load(ZIZMOR_CONFIG.read_text(encoding="utf-8"))
    assert config["rules"]["unpinned-uses"]["config"]["policies"] == {"*": "hash-pin"}


def test_every_action_is_pinned_to_a_commit_with_its_tag_in_a_comment(workflow):
    uses = [step["uses"] for _, step in all_steps(workflow) if "uses" in step]
    assert uses
    for ref in uses:
        assert PINNED.match(ref), f"{ref} is not pinned to a full commit SHA"
    commented = {
        match.group(1)
        for line in WORKFLOW.read_text(encoding="utf-8").splitlines()
        if (match := PIN_COMMENT.search(line))
    }
    missing = [ref for ref in uses if ref not in commented]
    assert not missing, f"no '# vX.Y.Z' comment naming the released tag: {missing}"
