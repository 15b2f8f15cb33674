"""The methodology page's accuracy figures: committed with the rules, never read from tests/ at build time."""

import subprocess
import sys

from generator.tools.accuracy import (
    DEFAULT_EVALUATION,
    RESULTS,
    committed_results,
    evaluation_sets,
    results_text,
    score_sets,
)
from tests.conftest import ROOT, policy_text, write_policy


def test_committed_accuracy_figures_match_the_rules_and_gold_sets_of_this_commit():
    fresh = results_text(score_sets(evaluation_sets(DEFAULT_EVALUATION, ROOT)))
    committed = (ROOT / "generator" / RESULTS).read_text("utf-8")
    assert fresh == committed, (
        "generator/data/evaluation.json is stale (the rules, practices or gold sets changed): run "
        "`plainpolicy evaluate --write generator/data/evaluation.json` and commit the file"
    )
    assert {s.label for s in committed_results()} == {item["label"] for item in DEFAULT_EVALUATION}


def test_a_build_outside_a_clone_shows_the_committed_accuracy_figures(tmp_path):
    """No tests/ folder beside the policies: the page still reports how accurate the analyzer is."""
    write_policy(tmp_path / "policies", policy_text())
    run = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--templates", str(ROOT / "templates"), "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "docs" / "methodology.md").read_text()
    for scores in committed_results():
        assert f"<strong>{scores.label}</strong>" in page
        # how often the quote a reader sees first is one the labellers quoted too
        first = scores.scores["summary"]["first_quote_in_gold_paragraph"]
        assert f"also quoted {first * 100:.0f}% of the time" in page
    assert "No evaluation data was available" not in page


def test_evaluate_write_refuses_to_run_outside_a_clone(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "generator", "evaluate", "--write", "figures.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0
    assert "run in a clone of the project" in run.stderr
    assert not (tmp_path / "figures.json").exists()
