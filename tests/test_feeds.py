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
from tests.conftest import ROOT

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


@pytest.fixture(scope="module")
def reports():
    policies, _ = load_policies(ROOT / "policies")
    return [report_policy(p) for p in policies]


def test_one_feed_per_question_lists_every_policy_whose_answer_to_it_changed(histories):
    from generator.pages.feeds import practice_feeds
    from generator.practices import load_practices

    feeds = practice_feeds(histories, site_url=SITE)
    assert set(feeds) == {f"practices/{key}/feed.xml" for key in load_practices().keys}
    total = 0
    for key in load_practices().keys:
        feed = parsed(feeds[f"practices/{key}/feed.xml"])
        expected = [(h.slug, c.new) for h in histories for c in h.changes for f in c.facts if f.key == key]
        assert len(feed.entries) == len(expected)
        assert feed.feed.link == f"{SITE}practices/{key}/"
        days = [entry.updated_parsed[:3] for entry in feed.entries]
        assert days == sorted(days, reverse=True)
        total += len(feed.entries)
    assert total == sum(len(c.facts) for h in histories for c in h.changes) > 0
    watched = next(parsed(xml) for xml in feeds.values() if parsed(xml).entries)
    entry = watched.entries[0]
    assert entry.link.startswith(SITE + "policies/") and "/history/#change-" in entry.link
    assert entry.title.split(": ", 1)[1][:1].isupper()


def test_corrections_feed_has_one_entry_per_override_with_its_reason(reports):
    from generator.pages.feeds import corrections_feed

    feed = parsed(corrections_feed(reports, site_url=SITE))
    overrides = [(r.slug, k, o) for r in reports for k, o in r.current.version.meta.overrides.items()]
    assert len(feed.entries) == len(overrides) > 0
    for slug, key, override in overrides:
        entry = next(e for e in feed.entries if e.link == f"{SITE}policies/{slug}/#practice-{key}")
        assert override.reason[:40] in entry.content[0].value.replace("&#39;", "'")
        assert entry.updated_parsed[:3] == override.date.timetuple()[:3]


def test_an_override_repeated_in_the_next_version_is_one_correction_and_a_changed_one_is_new(tmp_path):
    from generator.pages.feeds import corrections_feed
    from tests.conftest import policy_text, write_policy

    def override(reason: str, day: str) -> str:
        return (f"overrides:\n  retention:\n    answer: not_mentioned\n    reviewer: Ann\n    reason: {reason}\n"
                f"    date: {day}\n")

    policies = tmp_path / "policies"
    versions = (("2020-01-02", "First <look>.", "2021-03-01"), ("2021-01-02", "First <look>.", "2021-03-01"),
                ("2022-01-02", "Second look.", "2022-05-01"))
    for archived, reason, day in versions:
        text = policy_text("We keep data for 30 days.\n", archived=archived, extra=override(f"'{reason}'", day))
        write_policy(policies, text, archived=archived)
    (policy,), _ = load_policies(policies)
    xml = corrections_feed([report_policy(policy)], site_url=SITE)
    feed = parsed(xml)
    assert [e.updated_parsed[:3] for e in feed.entries] == [(2022, 5, 1), (2021, 3, 1)]
    assert feed.entries[0].link == SITE + "policies/example-com/#practice-retention"
    assert feed.entries[1].link == SITE + "policies/example-com/2020-01-02/#practice-retention"
    assert "<look>" not in xml
