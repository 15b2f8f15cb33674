"""Feeds are advertised where a reader (or a feed reader's "subscribe" button) looks for them."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest

pytestmark = pytest.mark.slow


class AlternateLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.feeds: list[tuple[str, str]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        rel = (values.get("rel") or "").split()
        if tag == "link" and "alternate" in rel and values.get("type") == "application/atom+xml":
            self.feeds.append((values.get("title") or "", values["href"] or ""))
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])


def parsed_page(path: Path) -> AlternateLinks:
    parser = AlternateLinks()
    parser.feed(path.read_text("utf-8"))
    return parser


def resolve(site: Path, page: Path, href: str) -> Path:
    return (site / urljoin(page.relative_to(site).as_posix(), href)).resolve()


def valid_atom(path: Path) -> feedparser.FeedParserDict:
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, (path, feed.get("bozo_exception"))
    assert feed.version == "atom10"
    return feed


@pytest.mark.parametrize(
    ("page", "own_feed"),
    [
        ("index.html", "corrections.xml"),
        ("policies/kaspersky-com/index.html", "policies/kaspersky-com/feed.xml"),
        ("policies/kaspersky-com/2013-06-30/index.html", "policies/kaspersky-com/feed.xml"),
        ("policies/kaspersky-com/history/index.html", "policies/kaspersky-com/feed.xml"),
        ("practices/sells_data/index.html", "practices/sells_data/feed.xml"),
        ("changes/index.html", "corrections.xml"),
    ],
)
def test_pages_advertise_the_site_feed_and_their_own_in_head(built_site, page, own_feed):
    site = built_site / "site"
    path = site / page
    feeds = {resolve(site, path, href): title for title, href in parsed_page(path).feeds}
    assert (site / "feed.xml").resolve() in feeds
    assert (site / own_feed).resolve() in feeds
    for feed_file, title in feeds.items():
        assert title and valid_atom(feed_file).feed.title


def test_every_page_advertises_the_site_feed_and_corrections(built_site):
    site = built_site / "site"
    for page in site.rglob("index.html"):
        feeds = [resolve(site, page, href) for _, href in parsed_page(page).feeds]
        assert (site / "feed.xml").resolve() in feeds, page
        assert (site / "corrections.xml").resolve() in feeds, page


def test_only_feeds_at_the_site_root_say_rel_alternate_alone(built_site):
    """Material fetches sitemap.xml beside every rel="alternate" link: one beside a deeper feed would 404."""
    site = built_site / "site"
    page = site / "policies" / "kaspersky-com" / "index.html"
    text = page.read_text("utf-8")
    for href in re.findall(r'<link rel="alternate" [^>]*href="([^"]+)"', text):
        assert (resolve(site, page, href).parent / "sitemap.xml").exists(), href


def test_the_follow_page_lists_every_feed_of_the_site(built_site):
    site = built_site / "site"
    follow = site / "follow" / "index.html"
    listed = {resolve(site, follow, href) for href in parsed_page(follow).links if href.endswith(".xml")}
    every_feed = {path.resolve() for path in site.rglob("*.xml") if path.name != "sitemap.xml"}
    assert listed == every_feed
    for feed in every_feed:
        valid_atom(feed)
    text = follow.read_text("utf-8")
    assert "feed reader" in text and "email" in text
