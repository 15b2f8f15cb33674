"""Atom feeds of policy changes, built with feedgen: one for the site, one per policy.

One entry per change (a new version compared with the one before), newest
first; its text is the list of fact changes, and it links to the change on the
policy's history page. Everything in a feed comes from the archive dates and the
analysis, never from the clock: entry ids are UUIDs derived from the slug and
the two dates, ``updated`` is the new version's archive date, and feedgen's own
defaults (the current time, its generator tag) are replaced explicitly. The same
policies give byte-identical feeds.
"""

from __future__ import annotations

import datetime as dt
import uuid

from feedgen.feed import FeedGenerator
from markupsafe import Markup

from .. import __version__
from ..analysis.history import PolicyHistory, VersionChange, text_summary
from .paths import CHANGES_PAGE, SITE_FEED, change_id, feed_path, history_path
from ..practices import load_practices
from .views import page_url
from ..analysis.summarize import human_date

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
"""``updated`` of a feed with no version at all (an empty site)."""
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "plainpolicy:changes")


def build_feeds(histories: list[PolicyHistory], *, site_url: str = "") -> dict[str, str]:
    """The site feed and one feed per policy, as ``{path relative to docs/: XML}``.

    Args:
        histories: every policy's history.
        site_url: the site's address (``https://host/path/``); links are relative to the feed without it.
    """
    feeds = {
        feed_path(h.slug): policy_feed(h, site_url=site_url) for h in histories
    }
    feeds[SITE_FEED] = site_feed(histories, site_url=site_url)
    return feeds


def site_feed(histories: list[PolicyHistory], *, site_url: str = "") -> str:
    entries = sorted(
        ((h, c) for h in histories for c in h.changes), key=lambda item: (item[1].new, item[0].slug), reverse=True
    )
    newest = max((h.versions[-1] for h in histories if h.versions), default=None)
    feed = _feed(
        feed_id=_urn("site"),
        title="PlainPolicy: privacy policy changes",
        subtitle="What changed in the privacy policies on PlainPolicy, in plain words.",
        alternate=_href(site_url, SITE_FEED, CHANGES_PAGE),
        self_href=_href(site_url, SITE_FEED, SITE_FEED),
        updated=_day(entries[0][1].new) if entries else _day(newest) if newest else EPOCH,
    )
    for history, change in entries:
        _add_entry(feed, history, change, site_url=site_url, from_file=SITE_FEED)
    return _xml(feed)


def policy_feed(history: PolicyHistory, *, site_url: str = "") -> str:
    path = feed_path(history.slug)
    feed = _feed(
        feed_id=_urn(history.slug),
        title=f"{history.name}: privacy policy changes",
        subtitle=f"What changed in {history.name}'s privacy policy, in plain words.",
        alternate=_href(site_url, path, history_path(history.slug)),
        self_href=_href(site_url, path, path),
        updated=_day(history.versions[-1]),
    )
    for change in history.newest_first:
        _add_entry(feed, history, change, site_url=site_url, from_file=path)
    return _xml(feed)


def entry_id(slug: str, change: VersionChange) -> str:
    """Stable for a given policy and pair of versions, wherever the site is hosted."""
    return _urn(f"{slug}/{change.old.isoformat()}/{change.new.isoformat()}")


def entry_html(change: VersionChange) -> str:
    """The entry text: the fact changes as a list (escaped: details and names come from policies)."""
    practices = load_practices()
    items = []
    if change.grade:
        items.append(Markup("<li><strong>{}</strong></li>").format(change.grade.sentence))
    items.extend(
        Markup("<li>{} {}</li>").format(practices[f.key].question, f.sentence) for f in change.facts
    )
    if not change.comparable:
        facts = Markup("<p>One of the versions is not in English, so its answers were not compared.</p>")
    elif items:
        facts = Markup("<ul>{}</ul>").format(Markup("").join(items))
    else:
        facts = Markup("<p>None of the answers changed.</p>")
    intro = Markup("<p>Compared with the version of {}:</p>").format(human_date(change.old))
    return str(intro + facts + Markup("<p>{}</p>").format(text_summary(change.text)))


def _add_entry(
    feed: FeedGenerator, history: PolicyHistory, change: VersionChange, *, site_url: str, from_file: str
) -> None:
    entry = feed.add_entry(order="append")
    count = len(change.facts)
    answers = f"{count} answer{'s' if count != 1 else ''} changed" if change.comparable else "text changed"
    entry.id(entry_id(history.slug, change))
    entry.title(f"{history.name}: new privacy policy of {human_date(change.new)} ({answers})")
    entry.link(href=_href(site_url, from_file, history_path(history.slug), change_id(change.new)), rel="alternate")
    entry.updated(_day(change.new))
    entry.published(_day(change.new))
    entry.content(entry_html(change), type="html")


def _feed(
    *, feed_id: str, title: str, subtitle: str, alternate: str, self_href: str, updated: dt.datetime
) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(feed_id)
    feed.title(title)
    feed.subtitle(subtitle)
    feed.author({"name": "PlainPolicy"})
    feed.link(href=alternate, rel="alternate")
    feed.link(href=self_href, rel="self")
    feed.language("en")
    feed.rights("Summaries CC BY 4.0; quoted policy texts belong to their authors.")
    feed.generator("PlainPolicy", version=__version__)
    feed.updated(updated)
    return feed


def _xml(feed: FeedGenerator) -> str:
    return feed.atom_str(pretty=True, encoding="UTF-8").decode("utf-8")


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"


def _day(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _href(site_url: str, from_file: str, to: str, fragment: str = "") -> str:
    """An absolute link when the site's address is known, else one relative to the feed file."""
    target = page_url(to) if to.endswith(".md") else to
    fragment = f"#{fragment}" if fragment else ""
    if site_url:
        return site_url.rstrip("/") + "/" + target + fragment
    depth = from_file.count("/")
    return "../" * depth + (target or "./") + fragment
