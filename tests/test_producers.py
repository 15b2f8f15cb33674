"""Output producers: one registry says which part of the code writes each file of docs/."""

from fnmatch import fnmatchcase

import pytest

import generator.pages.producers as producers
from generator.build.build import BuildConfig, build_site
from generator.pages.producers import PRODUCERS, Producer, SiteData, produce_all
from tests.conftest import ROOT


def test_every_generated_file_belongs_to_exactly_one_declared_producer(tmp_path, sample_policies):
    docs = tmp_path / "docs"
    result = build_site(BuildConfig(sample_policies, ROOT / "templates", docs))
    written = set(result.write.written)
    assert {"policies/kaspersky-com.md", "methodology.md", "feed.xml", "data/policies.json"} <= written
    for path in written:
        owners = [p.name for p in PRODUCERS if any(fnmatchcase(path, pattern) for pattern in p.writes)]
        assert owners, f"{path} is written by no declared producer"
    assert len({p.name for p in PRODUCERS}) == len(PRODUCERS)


def test_a_new_page_type_is_one_registry_line(tmp_path, monkeypatch, sample_policies):
    robots = Producer("robots", ("reports",), ("robots.txt",), lambda reports: {"robots.txt": f"# {len(reports)}\n"})
    monkeypatch.setattr(producers, "PRODUCERS", (*PRODUCERS, robots))
    docs = tmp_path / "docs"
    build_site(BuildConfig(sample_policies, ROOT / "templates", docs))
    assert (docs / "robots.txt").read_text().startswith("# ")


def site_data() -> SiteData:
    return SiteData([], (), [], (), "", renderer=None)  # type: ignore[arg-type]


def test_a_producer_writing_outside_its_declared_paths_is_refused():
    stray = Producer("stray", (), ("data/*.json",), lambda: {"index.md": "hello"})
    with pytest.raises(ValueError, match="'stray' wrote index.md, outside its declared paths"):
        produce_all(site_data(), (stray,))


def test_two_producers_writing_the_same_file_are_refused():
    one = Producer("one", (), ("feed.xml",), lambda: {"feed.xml": "a"})
    two = Producer("two", (), ("feed.xml",), lambda: {"feed.xml": "b"})
    with pytest.raises(ValueError, match="'one' and 'two' both write feed.xml"):
        produce_all(site_data(), (one, two))
