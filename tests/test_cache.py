"""Incremental builds: the report cache, the build stamp, parallel analysis; output never depends on them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.build.build import BuildConfig, build_site
from generator.build.cache import ReportCache, version_key
from generator.errors import PolicyErrors
from generator.read.load import load_policies
from generator.pages.render import _DUMPER
from tests.conftest import ROOT, SAMPLE_SLUGS


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_policies(target: Path, count: int = 10) -> Path:
    for slug in SAMPLE_SLUGS[:count]:
        shutil.copytree(ROOT / "policies" / slug, target / slug)
    return target


def config(tmp: Path, policies: Path, **options) -> BuildConfig:
    return BuildConfig(policies, ROOT / "templates", tmp / "docs", **options)


def test_output_is_byte_identical_whatever_the_jobs_and_the_cache(tmp_path, sample_policies, monkeypatch):
    import generator.build.parallel as parallel

    # workers even for the sample's few versions: they hand back their entries pickled, as the cache keeps them
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    policies = sample_policies
    plain = tmp_path / "plain"
    build_site(config(plain, policies))
    parallel_cold = tmp_path / "parallel"
    first = build_site(config(parallel_cold, policies, jobs=2, cache=tmp_path / "cache", page_rows=3))
    assert first.stats.cached == 0 and first.stats.jobs == 2
    shutil.rmtree(parallel_cold / "docs")
    second = build_site(config(parallel_cold, policies, jobs=1, cache=tmp_path / "cache", page_rows=3))
    assert second.stats.cached == second.stats.versions
    paged = tmp_path / "paged"
    build_site(config(paged, policies, page_rows=3))
    assert snapshot(parallel_cold / "docs") == snapshot(paged / "docs")
    plain_again = tmp_path / "plain-again"
    build_site(config(plain_again, policies, jobs=2, cache=tmp_path / "cache"))
    assert snapshot(plain_again / "docs") == snapshot(plain / "docs")


def test_parallel_analysis_matches_serial_analysis(tmp_path, monkeypatch, sample_policies):
    import generator.build.parallel as parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    serial = build_site(config(tmp_path / "a", sample_policies))
    forked = build_site(config(tmp_path / "b", sample_policies, jobs=2))
    assert forked.stats.jobs == 2
    assert [r.current.analysis for r in forked.reports] == [r.current.analysis for r in serial.reports]
    assert snapshot(tmp_path / "a/docs") == snapshot(tmp_path / "b/docs")


def test_unchanged_build_is_skipped_and_an_edit_rebuilds_only_what_changed(tmp_path):
    policies = copy_policies(tmp_path / "policies", 3)
    options = {"cache": tmp_path / "cache"}
    first = build_site(config(tmp_path, policies, **options))
    assert first.up_to_date is None and first.write.written
    second = build_site(config(tmp_path, policies, **options))
    assert second.up_to_date is not None and second.policy_count == 3 and second.write.written == ()
    edited = sorted(policies.glob("eff-org/*.md"))[0]
    edited.write_text(edited.read_text() + "\nWe never sell your personal information to anyone.\n")
    third = build_site(config(tmp_path, policies, **options))
    assert third.up_to_date is None
    assert third.stats.cached == 2
    assert "policies/eff-org.md" in third.write.written
    policy_pages = [p for p in third.write.written if p.startswith("policies/") and p != "policies/index.md"]
    # The edited policy's own page and its dated version page change; no other policy's page does.
    other_pages = [p for p in policy_pages if p != "policies/eff-org.md" and not p.startswith("policies/eff-org/")]
    assert other_pages == []


def test_an_edit_rebuilt_from_the_cache_writes_what_a_cold_build_writes(tmp_path):
    # Everything the incremental build skips (front matter, cached pages and their digests, files
    # not read back) must leave docs/ exactly as a build from nothing would make it.
    policies = copy_policies(tmp_path / "policies", 4)
    options = {
        "cache": tmp_path / "cache", "page_rows": 2, "repo_url": "https://github.com/o/r",
        "site_url": "https://o.github.io/r/",
    }  # fmt: skip
    build_site(config(tmp_path / "warm", policies, **options))
    edited = sorted(policies.glob("eff-org/*.md"))[-1]
    edited.write_text(edited.read_text() + "\nWe may sell your personal information to advertisers.\n")
    (tmp_path / "warm/docs/compare.md").write_text("edited by hand\n")  # a generated file: restored
    incremental = build_site(config(tmp_path / "warm", policies, **options))
    assert incremental.stats.cached == incremental.stats.versions - 1
    cold = build_site(config(tmp_path / "cold", policies, **{**options, "cache": tmp_path / "cold-cache"}))
    assert cold.stats.cached == 0
    assert snapshot(tmp_path / "warm/docs") == snapshot(tmp_path / "cold/docs")
    # the pages the edit replaced are pruned: the cache holds what a cold build of the same input stores
    pages = [len(list((tmp_path / cache / "pages").glob("*/*.md"))) for cache in ("cache", "cold-cache")]
    assert pages[0] == pages[1]


def test_front_matter_kept_from_the_last_build_never_hides_an_edit(tmp_path):
    policies = copy_policies(tmp_path / "policies", 3)
    build_site(config(tmp_path, policies, cache=tmp_path / "cache"))
    edited = sorted(policies.glob("eff-org/*.md"))[-1]
    edited.write_text(edited.read_text().replace("name: ", "name: Renamed ", 1))
    renamed = build_site(config(tmp_path, policies, cache=tmp_path / "cache"))
    eff = next(r for r in renamed.reports if r.slug == "eff-org")
    assert eff.current.version.meta.name.startswith("Renamed ")
    edited.write_text(edited.read_text().replace("name: ", "nme: ", 1))
    with pytest.raises(PolicyErrors, match="nme"):
        build_site(config(tmp_path, policies, cache=tmp_path / "cache"))


def test_a_deleted_generated_file_is_noticed_by_the_stamp(tmp_path):
    policies = copy_policies(tmp_path / "policies", 2)
    options = {"cache": tmp_path / "cache"}
    build_site(config(tmp_path, policies, **options))
    (tmp_path / "docs/compare.md").unlink()
    result = build_site(config(tmp_path, policies, **options))
    assert result.up_to_date is None
    assert (tmp_path / "docs/compare.md").exists()


def test_cache_key_follows_body_and_front_matter():
    policies, _ = load_policies(ROOT / "policies")
    version = policies[0].current
    changed_body = type(version)(version.path, version.meta, version.body + "x", version.body_line)
    changed_meta = type(version)(version.path, version.meta.model_copy(update={"name": "Other"}), version.body, 1)
    keys = {version_key(version), version_key(changed_body), version_key(changed_meta)}
    assert len(keys) == 3


def test_a_torn_cache_entry_is_a_miss(tmp_path):
    cache = ReportCache(tmp_path)
    path = tmp_path / "reports/ab/abcd.pickle"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x80\x05 torn")
    assert cache.get("abcd") is None


def test_libyaml_front_matter_is_the_pure_python_text(tmp_path, sample_policies):
    """render uses libyaml's emitter when present; it must write what the pure-Python one writes."""
    build_site(config(tmp_path, sample_policies))
    for page in sorted((tmp_path / "docs/policies").glob("*.md")):
        front = yaml.safe_load(page.read_text().split("---\n")[1])
        assert yaml.dump(front, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000) == yaml.safe_dump(
            front, sort_keys=False, allow_unicode=True, width=1000
        )


def test_parts_stored_by_forked_workers_still_prune_the_old_ones(tmp_path):
    # An export's part made in a forked worker is stored there: this process never made it.
    # The new key in the writer's digests must still make the build prune the part it replaced.
    from types import SimpleNamespace

    from generator.build.cache import PageCache

    def report(key: str) -> SimpleNamespace:
        return SimpleNamespace(versions=[SimpleNamespace(key=key)])

    def stored() -> list[str]:
        return [p.read_text() for p in (tmp_path / "pages").glob("*/*.md")]

    old = PageCache(tmp_path, "salt")
    old.made_from([], "compare.md", "first", lambda: "old page\n")
    assert old.keeper(report("v1"), "export")(lambda: "old part\n") == "old part\n"
    old.save({"compare.md": "digest-1"})
    assert stored() == ["old part\n"]

    new = PageCache(tmp_path, "salt")
    edited = new.made_from([], "compare.md", "edited", lambda: "new page\n")
    new.keeper(report("v2"), "export")  # the key is taken here, in the building process
    worker = PageCache(tmp_path, "salt")  # a forked worker's copy: what it stores, the parent does not count
    assert worker.keeper(report("v2"), "export")(lambda: "new part\n") == "new part\n"
    assert edited.digest is None
    new.save({"compare.md": "digest-2"})
    assert stored() == ["new part\n"]


def test_pages_are_not_stored_twice_but_made_again_when_docs_loses_them(tmp_path):
    # docs/ holds the written page; the cache keeps only its digest (a copy cost a file per page)
    policies = copy_policies(tmp_path / "policies", 2)
    options = {"cache": tmp_path / "cache"}
    build_site(config(tmp_path, policies, **options))
    page = tmp_path / "docs/compare.md"
    made = page.read_bytes()
    assert made not in {entry.read_bytes() for entry in (tmp_path / "cache/pages").glob("*/*.md")}
    page.unlink()
    build_site(config(tmp_path, policies, **options))
    assert page.read_bytes() == made


def test_the_cycle_collector_is_back_on_after_a_build_even_a_failed_one(tmp_path):
    # the build pauses it (each full collection walked every report); a host process such as
    # mkdocs serve must get it back as it was, with nothing left frozen
    import gc

    policies = copy_policies(tmp_path / "policies", 2)
    build_site(config(tmp_path, policies))
    assert gc.isenabled() and gc.get_freeze_count() == 0
    broken = next(policies.iterdir()) / "2099-01-01.md"
    broken.write_text("---\nname: [unclosed\n---\nText.\n")
    with pytest.raises(PolicyErrors):
        build_site(config(tmp_path, policies))
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_rows_kept_between_builds_of_one_process_follow_the_templates(tmp_path):
    """Listing rows' markup is kept for the next build of the process (``Renderer.remember``); a changed
    template (``mkdocs serve`` reloads them) must not be answered with the old markup."""
    policies = copy_policies(tmp_path / "policies", 3)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    options = {"cache": tmp_path / "cache", "page_rows": 2}
    build_site(BuildConfig(policies, templates, tmp_path / "docs", **options))
    edited = sorted(policies.glob(f"{SAMPLE_SLUGS[0]}/*.md"))[-1]
    edited.write_text(edited.read_text() + "\nWe may sell your personal information to advertisers.\n")
    compare = templates / "compare.md.j2"
    compare.write_text(compare.read_text().replace('<td data-q="_reading" data-sort="{{ row.minutes }}">',
                                                   '<td data-q="_reading" class="pp-new" data-sort="{{ row.minutes }}">'))  # fmt: skip
    build_site(BuildConfig(policies, templates, tmp_path / "docs", **options))
    page = (tmp_path / "docs" / "compare.md").read_text()
    assert page.count('class="pp-new"') == 2  # both rows of the first page, the unchanged one too
