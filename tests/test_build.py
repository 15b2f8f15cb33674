import json
import shutil
import subprocess
import sys
from pathlib import Path

from generator.build.build import BuildConfig, build_site
from generator.tools.accuracy import EvaluationSet, score_sets
from tests.conftest import ROOT, SAMPLE_SLUGS, copy_project, copy_sample_policies, mkdocs_build, policy_text, write_policy


def build_into(tmp_path: Path, policies: Path | None = None) -> Path:
    docs = tmp_path / "docs"
    build_site(BuildConfig(policies or copy_sample_policies(tmp_path / "policies"), ROOT / "templates", docs))
    return docs


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generator_output_is_byte_identical_across_runs(tmp_path):
    first = snapshot(build_into(tmp_path / "one"))
    second = snapshot(build_into(tmp_path / "two"))
    assert first == second
    assert "policies/kaspersky-com.md" in first


def test_policy_page_carries_answers_as_front_matter_data(tmp_path):
    docs = build_into(tmp_path)
    page = (docs / "policies/kaspersky-com.md").read_text()
    front = page.split("---\n")[1]
    import yaml

    data = yaml.safe_load(front)
    answers = data["plainpolicy"]["answers"]
    assert set(answers) >= {"sells_data", "cookies", "contact"}
    assert data["plainpolicy"]["archived"] == "2019-12-31"  # the current (latest) version
    for answer in answers.values():
        for quote in answer["evidence"]:
            assert f'id="{quote["anchor"]}"' in page


def test_every_generated_page_and_export_exists(tmp_path):
    docs = build_into(tmp_path)
    for path in ("index.md", "compare.md", "methodology.md", "policies/index.md", "practices/index.md",
                 "practices/sells_data.md", "data/policies.json", "data/answers.csv", "data/schema.json"):
        assert (docs / path).is_file(), path
    exported = json.loads((docs / "data/policies.json").read_text())
    assert len(exported["policies"]) == len(SAMPLE_SLUGS)


def test_invalid_policy_fails_the_build_with_exit_2_and_writes_nothing(tmp_path):
    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / "eff-org", policies / "eff-org")
    bad = write_policy(policies, policy_text(extra="colour: blue\n"))
    docs = tmp_path / "docs"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--policies", str(policies), "--docs", str(docs),
         "--templates", str(ROOT / "templates")],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert f"error: {bad}:7: colour: unknown field" in result.stderr
    assert not docs.exists()


def test_keep_going_builds_the_valid_policies_and_still_fails(tmp_path):
    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / "eff-org", policies / "eff-org")
    write_policy(policies, "broken\n", slug="broken-org")
    docs = tmp_path / "docs"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--keep-going", "--policies", str(policies),
         "--docs", str(docs), "--templates", str(ROOT / "templates")],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "broken-org/2020-01-02.md:1: front matter: missing" in result.stderr
    assert (docs / "policies/eff-org.md").exists() and not (docs / "policies/broken-org.md").exists()


def test_rebuild_after_removing_a_policy_removes_only_its_page(tmp_path):
    policies = tmp_path / "policies"
    for slug in ("eff-org", "mint-com"):
        shutil.copytree(ROOT / "policies" / slug, policies / slug)
    docs = build_into(tmp_path, policies)
    (docs / "notes.md").write_text("my own page\n")
    shutil.rmtree(policies / "mint-com")
    build_into(tmp_path, policies)
    assert not (docs / "policies/mint-com.md").exists()
    assert (docs / "policies/eff-org.md").exists()
    assert (docs / "notes.md").read_text() == "my own page\n"


def test_methodology_shows_evaluation_figures_computed_at_build_time(tmp_path):
    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / "eff-org", policies / "eff-org")
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(ROOT / "tests/data/gold/eff-org.yaml", gold)
    docs = tmp_path / "docs"
    evaluation = score_sets((EvaluationSet("Development set", gold, ROOT / "tests/data/texts", "rules written on it"),))
    build_site(BuildConfig(policies, ROOT / "templates", docs, evaluation=evaluation))
    page = (docs / "methodology.md").read_text()
    assert "<strong>Development set</strong> (rules written on it): 1 policies;" in page
    assert page.count("<tr><td>Cookies</td>") == 1
    assert "What counts as each answer" in page and "Yes, can refuse" in page


def test_evaluation_is_not_redone_while_gold_texts_and_generator_are_unchanged(tmp_path, monkeypatch):
    import generator.tools.accuracy

    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / "eff-org", policies / "eff-org")
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(ROOT / "tests/data/gold/eff-org.yaml", gold)
    docs = tmp_path / "docs"
    sets = (EvaluationSet("Development set", gold, ROOT / "tests/data/texts"),)
    runs = []
    real = generator.tools.accuracy.evaluate
    monkeypatch.setattr(generator.tools.accuracy, "evaluate", lambda *args: runs.append(args) or real(*args))

    def build_site_scoring_the_gold() -> None:
        cache = tmp_path / "cache"
        build_site(BuildConfig(policies, ROOT / "templates", docs, evaluation=score_sets(sets, cache), cache=cache))

    def accuracy() -> str:
        page = (docs / "methodology.md").read_text()
        return page.split("{#accuracy}", 1)[1].split("\n## ", 1)[0]

    build_site_scoring_the_gold()
    scores = accuracy()
    write_policy(policies, policy_text("We collect your name.\n", slug="other-com"), slug="other-com")
    build_site_scoring_the_gold()  # a policy changed: the site is rebuilt, the evaluation is not
    assert len(runs) == 1
    assert accuracy() == scores and "<strong>Development set</strong>: 1 policies;" in scores
    shutil.copy(ROOT / "tests/data/gold/etsy-com.yaml", gold)
    build_site_scoring_the_gold()  # the gold changed: evaluated again
    assert len(runs) == 2
    assert "<strong>Development set</strong>: 2 policies;" in accuracy()


def test_every_answer_has_a_prefilled_report_link(tmp_path, sample_policies):
    docs = tmp_path / "docs"
    build_site(BuildConfig(sample_policies, ROOT / "templates", docs, repo_url="https://example.org/repo"))
    page = (docs / "policies/mint-com.md").read_text()
    form = 'href="https://example.org/repo/issues/new?template=report-a-wrong-answer.yml&amp;'
    assert page.count(form + "title=Wrong%20answer%3A%20mint-com%20%2F%20") == 17


def test_a_persons_override_wins_and_is_marked_on_the_page(tmp_path):
    docs = build_into(tmp_path)
    page = (docs / "policies/kaspersky-com.md").read_text()
    section = page.split("{#practice-sells_data}", 1)[1].split("\n### ", 1)[0]
    assert "The policy does not say." in section
    assert "Checked by a person: The analyzer read" in section
    assert "Capped at D" not in page


def test_the_command_line_and_mkdocs_read_one_configuration_so_the_second_renders_nothing(tmp_path):
    project = copy_project(tmp_path)
    generated = subprocess.run([sys.executable, "-m", "generator", "build", "--jobs", "1"], cwd=project,
                               capture_output=True, text=True, timeout=600)  # fmt: skip
    assert generated.returncode == 0, generated.stderr
    page = (project / "docs/policies/kaspersky-com.md").read_text("utf-8")
    assert "https://github.com/plainpolicy/plainpolicy/issues/new" in page  # mkdocs.yml's repo_url
    built = mkdocs_build(project)
    assert built.returncode == 0, built.stderr
    assert "(nothing changed), 0 files written" in built.stderr


def test_the_methodology_page_lists_the_most_alike_pairs_and_counts_them_all(tmp_path, monkeypatch):
    """Every pair made a 33 MB page at 10,000 synthetic policies: the page lists the most alike only."""
    import generator.pages.render as render

    monkeypatch.setattr(render, "LISTED_LOOK_ALIKES", 1)
    policies = tmp_path / "policies"
    for slug in ("acme-com", "acme-shop-com", "acme-travel-com"):  # one template, three sites
        body = "\n\n".join(f"Clause {n}: we keep your data safe in case number {n} of our service." for n in range(40))
        write_policy(policies, policy_text(body + f"\n\nOnly {slug} says this sentence of its own.", slug=slug), slug=slug)
    result = build_site(BuildConfig(policies, ROOT / "templates", tmp_path / "docs"))
    pairs = [p for p in result.look_alikes if p.slug < p.other_slug]
    assert len(pairs) == 3
    section = (tmp_path / "docs" / "methodology.md").read_text().split("## Look-alike policies")[1].split("## ")[0]
    assert "3 pairs in all. The 1 most alike are listed here;" in section
    assert section.count("<li>") == 1
