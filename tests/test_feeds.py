"""The Atom feeds: valid Atom, newest first, deterministic, linking to the history pages."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from generator.analysis.pipeline import report_policy
from generator.pages.feeds import build_feeds, policy_feed, site_feed
from generator.analysis.history import policy_history
from generator.read.load import load_policies

SITE = "https://example.org/pp/"


@pytest.fixture(scope="module")
def histories(sample_policies):
    policies, _ = load_policies(sample_policies)
    return [policy_history(report_policy(p)) for p in policies]


def parsed(xml: str):
    feed = feedparser.parse(xml.encode("utf-8"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_site_feed_is_atom_with_one_entry_per_change_newest_first(histories):
    feed = parsed(site_feed(histories, site_url=SITE))
    changes = sum(len(h.changes) for h in histories)
    assert len(feed.entries) == changes == 3
    days = [entry.updated_parsed[:3] for entry in feed.entries]
    assert days == sorted(days, reverse=True)
    assert days[0] == (2019, 12, 31)
    first = feed.entries[0]
    assert first.link == SITE + "policies/kaspersky-com/history/#change-2019-12-31"
    assert "Kaspersky Lab" in first.title
    assert "<li>" in first.content[0].value and "Compared with the version of 30 June 2013" in first.content[0].value
    assert len({entry.id for entry in feed.entries}) == changes
    assert all(entry.id.startswith("urn:uuid:") for entry in feed.entries)
    assert feed.feed.updated_parsed[:3] == (2019, 12, 31)


def test_policy_feed_lists_that_policy_only_newest_first(histories):
    kaspersky = next(h for h in histories if h.slug == "kaspersky-com")
    feed = parsed(policy_feed(kaspersky, site_url=SITE))
    assert [e.link.rsplit("#", 1)[1] for e in feed.entries] == ["change-2019-12-31", "change-2013-06-30"]
    assert feed.feed.link == SITE + "policies/kaspersky-com/history/"


def test_feeds_carry_no_build_time_and_are_byte_identical(histories):
    first = build_feeds(histories, site_url=SITE)
    assert first == build_feeds(histories, site_url=SITE)
    archive_dates = {day.isoformat() for h in histories for day in h.versions}
    for xml in first.values():
        stamps = re.findall(r"<(?:updated|published)>([^<]+)<", xml)
        assert stamps and {stamp[:10] for stamp in stamps} <= archive_dates
        assert all(stamp.endswith("T00:00:00+00:00") for stamp in stamps)
        assert "python-feedgen" not in xml and '<generator version="' in xml


def test_a_policy_with_one_version_has_an_empty_feed_dated_by_its_archive(histories):
    eff = next(h for h in histories if h.slug == "eff-org")
    feed = parsed(policy_feed(eff))
    assert feed.entries == []
    assert feed.feed.updated_parsed[:3] == eff.versions[-1].timetuple()[:3]


def test_links_are_relative_to_the_feed_without_a_site_url(histories):
    feeds = build_feeds(histories)
    site = parsed(feeds["feed.xml"])
    assert site.entries[0].link.endswith("policies/kaspersky-com/history/#change-2019-12-31")
    kaspersky = feeds["policies/kaspersky-com/feed.xml"]
    assert '<link href="../../policies/kaspersky-com/history/#change-2019-12-31"' in kaspersky


def test_feed_text_is_escaped(tmp_path: Path):
    from tests.conftest import policy_text, write_policy

    policies = tmp_path / "policies"
    write_policy(policies, policy_text("We keep data for 30 days.\n", archived="2020-01-02"), archived="2020-01-02")
    body = "We keep data for <b>2 years</b> & more.\n"
    write_policy(policies, policy_text(body, archived="2021-01-02"), archived="2021-01-02")
    (policy,), _ = load_policies(policies)
    xml = policy_feed(policy_history(report_policy(policy)))
    assert "<b>" not in xml
    parsed(xml)
