"""The bundled policies built with ``mkdocs build --strict``: pages, anchors, links, no third parties."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest

pytestmark = pytest.mark.slow


class PageLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        for attribute in ("src", "srcset", "poster", "data"):
            if values.get(attribute):
                self.resources.append(values[attribute])
        loads = {"stylesheet", "icon", "preload", "prefetch", "manifest", "modulepreload", "apple-touch-icon"}
        if tag == "link" and values.get("href") and set((values.get("rel") or "").split()) & loads:
            self.resources.append(values["href"])


def parse(path: Path) -> PageLinks:
    parser = PageLinks()
    parser.feed(path.read_text("utf-8"))
    return parser


def target_file(page: Path, href: str, site: Path) -> Path:
    path = unquote(urlparse(href).path)
    resolved = (page.parent / path).resolve() if path else page
    if resolved.is_dir():
        resolved = resolved / "index.html"
    assert site.resolve() in resolved.parents or resolved == site.resolve(), f"{page}: {href} leaves the site"
    return resolved


def test_every_policy_has_a_page_with_summary_table_and_full_text(built_site):
    site = built_site / "site"
    for folder in sorted((built_site / "policies").iterdir()):
        page = site / "policies" / folder.name / "index.html"
        html = page.read_text()
        assert 'id="summary"' in html and 'id="at-a-glance"' in html and 'id="full-text"' in html
        assert html.count('class="pp-para pp-evidence"') >= 1
        for key in ("sells_data", "cookies", "contact"):
            assert f'id="practice-{key}"' in html


def test_all_internal_links_and_fragments_resolve(built_site):
    site = built_site / "site"
    cache: dict[Path, PageLinks] = {}

    def links_of(path: Path) -> PageLinks:
        if path not in cache:
            cache[path] = parse(path)
        return cache[path]

    broken = []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":  # served at any depth, so MkDocs gives it absolute links
            continue
        links = links_of(page)
        for href in links.links:
            if urlparse(href).scheme in ("http", "https", "mailto"):
                continue
            url, fragment = urldefrag(href)
            target = target_file(page, url, site)
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href} (no file)")
                continue
            if fragment and target.suffix == ".html":
                ids = links_of(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{page.relative_to(site)}: {href} (no id)")
    assert broken == []


def test_site_loads_nothing_from_third_parties(built_site):
    site = built_site / "site"
    offenders = []
    for page in site.rglob("*.html"):
        for resource in parse(page).resources:
            if urlparse(resource).scheme or resource.startswith("//"):
                offenders.append(f"{page.relative_to(site)}: {resource}")
    assert offenders == []
    for css in site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(errors="replace")


def test_evidence_quotes_in_the_export_point_at_paragraphs_on_the_page(built_site):
    site = built_site / "site"
    data = json.loads((site / "data/policies.json").read_text())
    assert len(data["policies"]) == len(list((built_site / "policies").iterdir()))
    for policy in data["policies"]:
        ids = parse(site / "policies" / policy["slug"] / "index.html").ids
        for answer in policy["answers"].values():
            for quote in answer["evidence"]:
                assert quote["anchor"] in ids


def test_search_index_contains_the_policies(built_site):
    index = json.loads((built_site / "site/search/search_index.json").read_text())
    titles = {doc["title"] for doc in index["docs"]}
    assert "Kaspersky Lab" in titles


PAGE_CONTROLS = ("Link to this quote", "Link to this answer", "Report a wrong answer", "How sure:", "Looked for", "<iframe", "badge.svg")
"""Words of a policy page's controls and copy-me snippets: the same on every policy page, so a search
for them would list every policy, and a result's snippet would show them instead of the policy's words."""


def test_search_indexes_a_policys_words_and_quotes_but_not_its_page_controls(built_site):
    index = json.loads((built_site / "site/search/search_index.json").read_text())
    docs = [doc for doc in index["docs"] if re.match(r"policies/kaspersky-com/(#|$)", doc["location"])]
    page = " ".join(doc["title"] + " " + doc["text"] for doc in docs)
    data = json.loads((built_site / "site/data/policies.json").read_text())
    policy = next(policy for policy in data["policies"] if policy["slug"] == "kaspersky-com")
    quotes = [quote["quote"] for answer in policy["answers"].values() for quote in answer["evidence"]]
    assert quotes and all(html.escape(quote[:40], quote=False) in page or quote[:40] in page for quote in quotes)
    assert "Embed or link" in page  # the section's heading is still found, its snippets are not
    assert [words for words in PAGE_CONTROLS if words in page] == []


def test_search_finds_listings_by_their_own_words_not_by_every_policy_name_in_their_rows(built_site):
    """The comparison table and the policy lists would otherwise match every policy's name, outrank the
    policy's own page and show a snippet of table cells run together."""
    index = json.loads((built_site / "site/search/search_index.json").read_text())
    text = {}
    for doc in index["docs"]:
        # a page's sections, not Material's tag lists (policies/#tag:...), which list the policies of a tag
        page = doc["location"].split("#")[0] if "#tag:" not in doc["location"] else doc["location"]
        text[page] = text.get(page, "") + " " + doc["title"] + " " + doc["text"]
    assert "Compare policies" in text["compare/"] and "Press a column heading" in text["compare/"]
    for page in ("compare/", "policies/", "", "practices/sells_data/"):
        assert "Kaspersky Lab" not in text[page], page
    assert "Kaspersky Lab" in text["policies/kaspersky-com/"]


def test_hand_written_pages_are_published_untouched(built_site):
    assert (built_site / "site/about/index.html").exists()
    assert "Who it is for" in (built_site / "site/about/index.html").read_text()


VERSIONS = {"kaspersky-com": ["2005-04-05", "2013-06-30", "2019-12-31"], "threatpost-com": ["2011-05-29", "2019-06-10"]}


def test_sample_histories_have_version_history_and_feed_pages(built_site):
    site = built_site / "site"
    for slug, dates in VERSIONS.items():
        folder = site / "policies" / slug
        history = (folder / "history/index.html").read_text()
        assert history.count('class="pp-fact"') >= 1
        assert 'id="change-' + dates[-1] + '"' in history and 'class="pp-diff ' in history
        for date in dates[:-1]:
            assert "This is an older version" in (folder / date / "index.html").read_text()
        assert "the latest on record" in (folder / dates[-1] / "index.html").read_text()
        assert f"{len(dates) - 1} earlier version" in (folder / "index.html").read_text()
        assert (folder / "feed.xml").read_text().count("<entry>") == len(dates) - 1
    changes = (site / "changes/index.html").read_text()
    assert changes.index("Kaspersky Lab") < changes.index("Threatpost")  # 2019-12-31 before 2019-06-10
    assert (site / "feed.xml").read_text().count("<entry>") == 3


def test_version_pages_stay_out_of_search_and_nav(built_site):
    index = json.loads((built_site / "site/search/search_index.json").read_text())
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "policies/kaspersky-com/" in locations
    assert not any(re.match(r"policies/[^/]+/\d{4}-\d{2}-\d{2}/", location) for location in locations)
    nav = (built_site / "site/index.html").read_text()
    assert "Recent changes" in nav and "2005-04-05/" not in nav
