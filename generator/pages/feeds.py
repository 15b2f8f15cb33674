"""Atom feeds of policy changes, built with feedgen: one for the site, one per policy, one per
question (watch a practice across every policy) and one of the corrections people made.

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
from functools import partial
from typing import TYPE_CHECKING

from feedgen.feed import FeedGenerator
from markupsafe import Markup

from .. import __version__
from ..analysis.history import FactChange, PolicyHistory, VersionChange, text_summary
from ..characters import scrub
from ..files import Deferred
from ..models import Override, PolicyReport
from .paths import (
    CHANGES_PAGE,
    CORRECTIONS_FEED,
    FOLLOW_PAGE,
    SITE_FEED,
    change_id,
    feed_path,
    history_path,
    policy_path,
    practice_feed_path,
    practice_path,
    version_path,
)
from ..practices import Question, load_practices
from .views import page_url
from ..analysis.summarize import human_date

if TYPE_CHECKING:  # render imports this module's feed links
    from .render import Renderer

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
"""``updated`` of a feed with no version at all (an empty site)."""
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "plainpolicy:changes")


def build_feeds(
    histories: list[PolicyHistory],
    *,
    site_url: str = "",
    reports: list[PolicyReport] | None = None,
    renderer: Renderer | None = None,
) -> dict[str, str | Deferred]:
    """The site feed and one feed per policy, as ``{path relative to docs/: XML}``.

    Args:
        histories: every policy's history.
        site_url: the site's address (``https://host/path/``); links are relative to the feed without it.
        reports, renderer: with both, each policy's feed is made when written and kept in the page
            cache while its policy is unchanged (``Renderer.made_from``): an edit remakes one feed.
    """
    report_of = {report.slug: report for report in reports or ()}
    feeds: dict[str, str | Deferred] = {}
    for history in histories:
        path, report = feed_path(history.slug), report_of.get(history.slug)
        make = partial(policy_feed, history, site_url=site_url)
        feeds[path] = renderer.made_from([report], path, f"feed|{site_url}", make) if renderer and report else make()
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


def practice_feeds(histories: list[PolicyHistory], *, site_url: str = "") -> dict[str, str]:
    """One feed per question: every policy whose answer to it changed, newest first.

    "Any policy that now says it sells data" is the ``sells_data`` feed: each entry
    is one policy's new version, titled with what changed ("Now says it may sell...").
    """
    newest = max((h.versions[-1] for h in histories if h.versions), default=None)
    return {
        practice_feed_path(question.key): question_feed(question, histories, site_url=site_url, newest=newest)
        for question in load_practices().questions
    }


def question_feed(
    question: Question, histories: list[PolicyHistory], *, site_url: str = "", newest: dt.date | None = None
) -> str:
    path = practice_feed_path(question.key)
    changes = sorted(
        ((h, c, f) for h in histories for c in h.changes for f in c.facts if f.key == question.key),
        key=lambda item: (item[1].new, item[0].slug),
        reverse=True,
    )
    feed = _feed(
        feed_id=_urn(f"practice/{question.key}"),
        title=f"PlainPolicy: changes to “{question.question}”",
        subtitle=f"Every policy on PlainPolicy whose answer to “{question.question}” changed, in plain words.",
        alternate=_href(site_url, path, practice_path(question.key)),
        self_href=_href(site_url, path, path),
        updated=_day(changes[0][1].new) if changes else _day(newest) if newest else EPOCH,
    )
    for history, change, fact in changes:
        entry = feed.add_entry(order="append")
        entry.id(_urn(f"{history.slug}/{change.old.isoformat()}/{change.new.isoformat()}/{fact.key}"))
        entry.title(scrub(f"{history.name}: {fact.sentence}"))
        entry.link(href=_href(site_url, path, history_path(history.slug), change_id(change.new)), rel="alternate")
        entry.updated(_day(change.new))
        entry.published(_day(change.new))
        entry.content(scrub(fact_html(question, history, change, fact)), type="html")
    return _xml(feed)


def fact_html(question: Question, history: PolicyHistory, change: VersionChange, fact: FactChange) -> str:
    """One question's change in one policy, with the new quotes (escaped: they are policy text)."""
    quotes = Markup("").join(Markup("<blockquote><p>{}</p></blockquote>").format(e.quote) for e in fact.new_evidence)
    return str(
        Markup("<p>{} {} {}</p>").format(history.name, question.question, fact.sentence)
        + Markup("<p>Version of {} compared with the version of {}.</p>").format(
            human_date(change.new), human_date(change.old)
        )
        + quotes
    )


def corrections_feed(reports: list[PolicyReport], *, site_url: str = "") -> str:
    """Every correction a person made (an override added or changed in a version's front matter), newest first.

    An override repeated unchanged in the next version's file is the same correction; one
    that differs from the previous version's is a new entry.
    """
    practices = load_practices()
    entries: list[tuple[dt.date, str, str, dt.date, Override, str]] = []
    for report in reports:
        previous: dict[str, Override] = {}
        for index, version in enumerate(report.versions):
            meta = version.version.meta
            current = index == len(report.versions) - 1
            page = policy_path(report.slug) if current else version_path(report.slug, meta.archived)
            for key, override in sorted(meta.overrides.items()):
                if previous.get(key) != override:
                    entries.append((override.date, report.slug, key, meta.archived, override, page))
            previous = dict(meta.overrides)
    entries.sort(key=lambda item: (item[0], item[1], item[2], item[3]), reverse=True)
    names = {r.slug: r.current.version.meta.name for r in reports}
    feed = _feed(
        feed_id=_urn("corrections"),
        title="PlainPolicy: corrections",
        subtitle="Answers a person checked and corrected, with the reason, newest first.",
        alternate=_href(site_url, CORRECTIONS_FEED, FOLLOW_PAGE),
        self_href=_href(site_url, CORRECTIONS_FEED, CORRECTIONS_FEED),
        updated=_day(entries[0][0]) if entries else EPOCH,
    )
    for day, slug, key, archived, override, page in entries:
        question = practices[key]
        values = override.answer if isinstance(override.answer, list) else [override.answer]
        words = ", ".join(practices.wording(key, value).short for value in values)
        entry = feed.add_entry(order="append")
        entry.id(_urn(f"correction/{slug}/{archived.isoformat()}/{key}/{day.isoformat()}"))
        entry.title(scrub(f"{names[slug]}: “{question.question}” corrected to “{words}”"))
        entry.link(href=_href(site_url, CORRECTIONS_FEED, page, f"practice-{key}"), rel="alternate")
        entry.updated(_day(day))
        entry.published(_day(day))
        entry.content(
            scrub(str(
                Markup("<p>{} {} Now: <strong>{}</strong>.</p><p>Reason: {}</p><p>Checked by {} on {}, in the version"
                       " of {}.</p>").format(
                    names[slug], question.question, words, override.reason, override.reviewer, human_date(day),
                    human_date(archived),
                )
            )),
            type="html",
        )
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
    entry.title(scrub(f"{history.name}: new privacy policy of {human_date(change.new)} ({answers})"))
    entry.link(href=_href(site_url, from_file, history_path(history.slug), change_id(change.new)), rel="alternate")
    entry.updated(_day(change.new))
    entry.published(_day(change.new))
    entry.content(scrub(entry_html(change)), type="html")  # XML cannot carry most control characters


def _feed(
    *, feed_id: str, title: str, subtitle: str, alternate: str, self_href: str, updated: dt.datetime
) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(feed_id)
    feed.title(scrub(title))
    feed.subtitle(scrub(subtitle))
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
