"""Long listings split into pages of page_rows rows, linked to each other."""

from __future__ import annotations

from generator.build.build import BuildConfig, build_site
from generator.pages.pagination import page_path, paginate
from generator.pages.render import relative
from tests.conftest import ROOT


def test_page_paths_keep_the_first_page_where_it_was():
    assert page_path("compare.md", 1) == "compare.md"
    assert page_path("compare.md", 3) == "compare/page-3.md"
    assert page_path("policies/index.md", 2) == "policies/page-2.md"
    assert page_path("practices/sells_data.md", 2) == "practices/sells_data/page-2.md"


def test_short_listing_is_one_page_without_pager():
    assert list(paginate("compare.md", [1, 2], 5, relative)) == [("compare.md", [1, 2], None)]


def test_long_listing_pages_cover_every_row_once_and_link_each_other():
    pages = list(paginate("compare.md", list(range(7)), 3, relative))
    assert [path for path, _, _ in pages] == ["compare.md", "compare/page-2.md", "compare/page-3.md"]
    assert [row for _, rows, _ in pages for row in rows] == list(range(7))
    second = pages[1][2]
    assert (second.first_row, second.last_row, second.total_rows) == (4, 6, 7)
    assert second.previous.href == "../" and second.next.href == "../page-3/"
    assert [link.current for link in second.links] == [False, True, False]


def test_no_generated_page_grows_past_page_rows(tmp_path, sample_policies):
    docs = tmp_path / "docs"
    build_site(BuildConfig(sample_policies, ROOT / "templates", docs, page_rows=4))
    assert (docs / "compare/page-3.md").exists() and not (docs / "compare/page-4.md").exists()
    assert (docs / "practices/sells_data/page-3.md").exists()
    assert (docs / "policies/page-2.md").exists()
    for page in ["compare.md", "compare/page-2.md", "policies/index.md", "index.md"]:
        text = (docs / page).read_text()
        assert text.count('<tr><th scope="row">') + text.count("<tr><td><a href") <= 4, page
    assert "## By tag" in (docs / "policies/index.md").read_text()
    assert "## By tag" not in (docs / "policies/page-2.md").read_text()
    assert "see every policy" in (docs / "index.md").read_text()
