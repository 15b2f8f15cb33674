"""Pages about changes: one history page per policy and the site-wide "Recent changes".

Like ``render``, Python prepares view objects (worded, linked) and the templates
(``history.md.j2``, ``changes.md.j2``) lay them out. Policy text in a diff is the
paragraphs' plain text, escaped by Jinja's autoescaping inside HTML blocks.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import partial

from ..analysis.diffing import DiffBlock, WordRun, by_section
from ..analysis.history import FactChange, GradeChange, PolicyHistory, VersionChange, paragraph_counts, text_summary
from ..files import Deferred
from ..models import Evidence, PolicyReport
from .paths import CHANGES_PAGE, SITE_FEED, change_id, feed_path, history_path, policy_path, version_path
from ..practices import load_practices
from .render import Renderer
from .views import feed_link, relative

ICON_TONE = {"better": "good", "worse": "bad", "neutral": "neutral"}
"""A change's direction shown with the icons of answers (``_macros.j2``)."""


@dataclass(frozen=True)
class QuoteLink:
    quote: str
    href: str


@dataclass(frozen=True)
class FactView:
    key: str
    question: str
    sentence: str
    direction: str
    tone: str
    href: str
    """The answer on the new version's page."""
    old_quotes: tuple[QuoteLink, ...]
    new_quotes: tuple[QuoteLink, ...]


@dataclass(frozen=True)
class BlockView:
    status: str
    label: str
    text: str
    words: tuple[WordRun, ...]
    old_href: str | None
    new_href: str | None


@dataclass(frozen=True)
class SectionView:
    title: str
    blocks: tuple[BlockView, ...]
    unchanged: int
    """Paragraphs of this section left out because they did not change."""

    @property
    def summary(self) -> str:
        """What opening this section shows: '2 paragraphs added, 1 changed'."""
        return paragraph_counts(Counter(block.status for block in self.blocks))


@dataclass(frozen=True)
class ChangeView:
    id: str
    slug: str
    name: str
    old: dt.date
    new: dt.date
    old_href: str
    new_href: str
    history_href: str
    facts: tuple[FactView, ...]
    grade: GradeChange | None
    comparable: bool
    text_summary: str
    sections: tuple[SectionView, ...]
    unchanged_sections: int


def render_history_pages(
    renderer: Renderer, histories: list[PolicyHistory], reports: list[PolicyReport] | None = None
) -> dict[str, str | Deferred]:
    """Every history page and the "Recent changes" page, as ``{path relative to docs/: Markdown}``.

    With ``reports`` (those the histories were made from), each history page is made when written
    and kept in the page cache while its policy is unchanged (``Renderer.made_from``).
    """
    pages: dict[str, str | Deferred] = {}
    report_of = {report.slug: report for report in reports or ()}
    for history in histories:
        path = history_path(history.slug)
        make = partial(_history_page, renderer, history, path)
        report = report_of.get(history.slug)
        pages[path] = renderer.made_from([report], path, "history", make) if report else make()
    recent = sorted(
        (change_view(h, c, CHANGES_PAGE, with_text=False) for h in histories for c in h.changes),
        key=lambda view: (-view.new.toordinal(), view.name, view.slug),
    )
    days = sorted({view.new for view in recent}, reverse=True)
    pages[CHANGES_PAGE] = renderer.render_page(
        "changes.md.j2",
        CHANGES_PAGE,
        front={
            "title": "Recent changes",
            "description": "What changed in the policies on the site, newest first.",
        },
        days=tuple((day, tuple(v for v in recent if v.new == day)) for day in days),
        feed_href=relative(CHANGES_PAGE, SITE_FEED),
        policy_count=len(histories),
        with_history=sum(1 for h in histories if h.changes),
    )
    return pages


def _history_page(renderer: Renderer, history: PolicyHistory, path: str) -> str:
    changes = tuple(change_view(history, change, path, with_text=True) for change in history.newest_first)
    return renderer.render_page(
        "history.md.j2",
        path,
        front={
            "title": f"{history.name}: what changed",
            "description": f"Every version of {history.name}'s privacy policy and what changed, in plain words.",
            "feeds": [feed_link(f"{history.name}: privacy policy changes", feed_path(history.slug))],
        },
        name=history.name,
        policy_href=relative(path, policy_path(history.slug)),
        feed_href=relative(path, feed_path(history.slug)),
        versions=tuple((day, relative(path, version_path(history.slug, day))) for day in reversed(history.versions)),
        changes=changes,
    )


def change_view(history: PolicyHistory, change: VersionChange, from_page: str, *, with_text: bool) -> ChangeView:
    """One change, linked from ``from_page``; ``with_text`` adds the paragraph diff (history pages only)."""
    old_page = version_path(history.slug, change.old)
    # The latest version is shown in full on the policy page only (its dated page points there).
    latest = change.new == max(history.versions)
    new_page = policy_path(history.slug) if latest else version_path(history.slug, change.new)
    sections: list[SectionView] = []
    unchanged_sections = 0
    if with_text:
        for group in by_section(change.text):
            shown = [b for b in group.blocks if b.status != "unchanged"]
            blocks = tuple(block_view(b, from_page, old_page, new_page) for b in shown)
            if not blocks:
                unchanged_sections += 1
                continue
            title = " › ".join(group.section) or "Start of the text"
            sections.append(SectionView(title, blocks, len(group.blocks) - len(blocks)))
    return ChangeView(
        id=change_id(change.new),
        slug=history.slug,
        name=history.name,
        old=change.old,
        new=change.new,
        old_href=relative(from_page, old_page),
        new_href=relative(from_page, new_page),
        history_href=relative(from_page, history_path(history.slug), change_id(change.new)),
        facts=tuple(fact_view(f, from_page, old_page, new_page) for f in change.facts),
        grade=change.grade,
        comparable=change.comparable,
        text_summary=text_summary(change.text),
        sections=tuple(sections),
        unchanged_sections=unchanged_sections,
    )


def fact_view(fact: FactChange, from_page: str, old_page: str, new_page: str) -> FactView:
    practices = load_practices()

    def quotes(evidence: tuple[Evidence, ...], page: str) -> tuple[QuoteLink, ...]:
        return tuple(QuoteLink(e.quote, relative(from_page, page, e.anchor)) for e in evidence if e.anchor)

    return FactView(
        key=fact.key,
        question=practices[fact.key].question,
        sentence=fact.sentence,
        direction=fact.direction,
        tone=ICON_TONE[fact.direction],
        href=relative(from_page, new_page, f"practice-{fact.key}"),
        old_quotes=quotes(fact.old_evidence, old_page),
        new_quotes=quotes(fact.new_evidence, new_page),
    )


def block_view(block: DiffBlock, from_page: str, old_page: str, new_page: str) -> BlockView:
    labels = {"changed": "Changed", "added": "Added", "removed": "Removed", "moved": "Moved"}
    label = labels[block.status]
    if block.status == "moved" and block.old_section != block.section:
        label = f"Moved here from “{' › '.join(block.old_section) or 'the start of the text'}”"
    return BlockView(
        status=block.status,
        label=label,
        text=block.new_text or block.old_text,
        words=block.words,
        old_href=relative(from_page, old_page, block.old_anchor) if block.old_anchor else None,
        new_href=relative(from_page, new_page, block.new_anchor) if block.new_anchor else None,
    )
