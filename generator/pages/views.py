"""View objects: what a page shows, already worded and linked, for the templates.

Also the URL helpers every page-making module shares (``page_url``, ``relative``).
The plain-data form of answers is ``generator.contract``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from markupsafe import escape

from ..models import Answer, PolicyReport
from .paths import badge_path, card_path, feed_path, history_path, policy_path, version_path
from ..practices import NOT_MENTIONED, UNCLEAR, Practices, Question


@dataclass(frozen=True)
class QuoteView:
    quote: str
    href: str
    """Link to the paragraph the quote stands in."""
    permalink_id: str


@dataclass(frozen=True)
class Sureness:
    """How often the site's answer to one question was right on the labelled test set of real policies."""

    right: int
    total: int
    silent_right: int
    """Of the policies where the site found nothing, those that indeed say nothing..."""
    silent_total: int
    """...out of that many."""


def sureness_by_question(scores: dict | None) -> dict[str, Sureness]:
    """Per question, from an evaluation's plain data (``tools.evaluate.to_json``); empty without figures."""
    if not scores:
        return {}
    found = {}
    for key, m in scores.get("questions", {}).items():
        if m.get("correct") is None or not m.get("n"):
            continue
        found[key] = Sureness(m["correct"], m["n"], m.get("not_mentioned_correct", 0), m.get("not_mentioned_n", 0))
    return found


@dataclass(frozen=True)
class AnswerView:
    key: str
    question: str
    short: str
    sentence: str
    tone: str
    """``good``, ``bad``, ``neutral`` or ``unknown``: a class and an icon, never colour alone."""
    quotes: tuple[QuoteView, ...]
    href: str
    """Link to this answer on the policy page."""
    reviewed_reason: str | None
    sureness: Sureness | None = None
    """How often the site is right on this question; None for a person's answer or without figures."""
    looked_for: str | None = None
    """For a ``not_mentioned`` answer: what the site looked for and did not find."""

    @property
    def sort_key(self) -> str:
        """Sorts better answers first, then unsaid ones, then worse ones; same tone by its words."""
        return f"{TONE_ORDER.index(self.tone)} {self.short}"


TONE_ORDER = ("good", "neutral", "unknown", "bad")

READING_LEVELS = (
    (80.0, "Easy", "easy for a 12-year-old"),
    (60.0, "Fairly easy", "about as hard as a school book for 13- to 15-year-olds"),
    (50.0, "Fairly hard", "about as hard as a book for the last years of school"),
    (30.0, "Hard", "about as hard as a university textbook"),
    (float("-inf"), "Very hard", "harder than most university textbooks"),
)
"""Flesch reading ease bands (Flesch's own table), in words a reader knows."""


GRADE_WORDS = {
    "A": "very good for you",
    "B": "good for you",
    "C": "some good, some bad",
    "D": "poor for you",
    "E": "bad for you",
}
"""What each grade letter means, in words, beside the letter."""


def reading_level(flesch: float) -> tuple[str, str]:
    """How hard a text is to read, as a word and a comparison: ``("Hard", "about as hard as ...")``."""
    return next((word, like) for low, word, like in READING_LEVELS if flesch >= low)


@dataclass(frozen=True)
class PolicyRow:
    """One policy's row in a listing. Its answers are worded when a template asks for them, and
    only those it asks for: the list of policies shows none, the home page three of seventeen."""

    slug: str
    name: str
    archived: str
    href: str
    tags: tuple[str, ...]
    words: int
    grade: str | None
    minutes: int
    flesch: float
    grade_lowest: str | None = None
    """How low the grade could be where the policy is silent (``Grade.lowest``)."""
    views: Callable[[tuple[str, ...] | None], tuple[AnswerView, ...]] | None = field(
        default=None, repr=False, compare=False
    )
    """The views of the answers of the given keys (all of them for None)."""
    keys: tuple[str, ...] | None = None
    """The questions the row shows (None: every one)."""
    made_from: tuple[object, tuple] | None = field(default=None, repr=False, compare=False)
    """The analysis the row shows and what else its markup depends on (the page it stands on, its
    questions): a row's markup is kept under it for the next build of the process (``remember``)."""

    @cached_property
    def answers(self) -> tuple[AnswerView, ...]:
        return self.views(self.keys) if self.views else ()

    @property
    def grade_sort(self) -> str:
        """Sorts A..E first, ungraded policies last."""
        return self.grade or "Z"

    def answer(self, key: str) -> AnswerView:
        if "answers" not in self.__dict__ and self.views is not None and (self.keys is None or key in self.keys):
            return self.views((key,))[0]
        return next(a for a in self.answers if a.key == key)

    @property
    def reading(self) -> str:
        """How hard the policy is to read, in one word or two."""
        return reading_level(self.flesch)[0]


@dataclass(frozen=True)
class VersionLink:
    archived: dt.date
    href: str
    """Link to the version's permanent page."""
    current: bool


@dataclass(frozen=True)
class VersionNav:
    """Which version a policy or version page shows, and links to the others, the history and the feed."""

    shown: VersionLink
    current: VersionLink
    on_policy_page: bool
    """True on ``policies/<slug>/`` (always the current version), False on a dated version page."""
    policy_href: str
    others: tuple[VersionLink, ...]
    """Every other version, newest first."""
    history_href: str
    feed_href: str

    @property
    def is_current(self) -> bool:
        return self.shown.archived == self.current.archived


@dataclass(frozen=True)
class Snippet:
    label: str
    markdown: str
    html: str


@dataclass(frozen=True)
class EmbedView:
    """The "Embed / link" box of a policy page: what to paste elsewhere, with absolute addresses."""

    badge_src: str
    """The badge, relative to the page (for the preview)."""
    card_src: str
    """The card page, relative to the page (for the preview link)."""
    snippets: tuple[Snippet, ...]
    """The badge and the card."""
    answers: tuple[Snippet, ...]
    """One link per answer."""


def embed_view(
    slug: str, name: str, grade: str | None, answers: tuple[AnswerView, ...], from_page: str, site_url: str
) -> EmbedView:
    """Snippets for the badge, the card and every answer's permalink (absolute when the site's address is known)."""

    def address(path: str, fragment: str = "") -> str:
        target = page_url(path) if path.endswith(".md") else path
        if site_url:
            return site_url + target + (f"#{fragment}" if fragment else "")
        return relative(from_page, path, fragment)

    page, badge, card = address(policy_path(slug)), address(badge_path(slug)), address(card_path(slug))
    alt = f"{name}'s privacy policy: " + (f"grade {grade}" if grade else "not graded")
    title = f"{name}'s privacy policy in plain words"
    md, html = _markdown_text, _html_text
    snippets = (
        Snippet(
            "Badge",
            f"[![{md(alt)}]({badge})]({page})",
            f'<a href="{html(page)}"><img src="{html(badge)}" alt="{html(alt)}"></a>',
        ),
        Snippet(
            "Card",
            f"[{md(title)}]({page})",
            f'<iframe src="{html(card)}" title="{html(title)}" width="440" height="520" style="border:0"'
            ' loading="lazy"></iframe>',
        ),
    )
    links = []
    for answer in answers:
        href = address(policy_path(slug), f"practice-{answer.key}")
        text = f"{name}: {answer.question} {answer.short}"
        links.append(Snippet(answer.question, f"[{md(text)}]({href})", f'<a href="{html(href)}">{html(text)}</a>'))
    return EmbedView(
        relative(from_page, badge_path(slug)), relative(from_page, card_path(slug)), snippets, tuple(links)
    )


def _html_text(text: str) -> str:
    """Text for an HTML snippet, in an element or a double-quoted attribute (apostrophes stay readable)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def _markdown_text(text: str) -> str:
    """Text for a Markdown link: the characters Markdown would read as markup are backslash-escaped."""
    return "".join("\\" + char if char in "\\`*_[]<>" else char for char in text)


def version_nav(report: PolicyReport, index: int, from_page: str) -> VersionNav:
    """Links between one version's page and the policy's other pages (``index`` into ``report.versions``)."""
    dates = [v.version.meta.archived for v in report.versions]
    links = [
        VersionLink(day, relative(from_page, version_path(report.slug, day)), n == len(dates) - 1)
        for n, day in enumerate(dates)
    ]
    return VersionNav(
        shown=links[index],
        current=links[-1],
        on_policy_page=from_page == policy_path(report.slug),
        policy_href=relative(from_page, policy_path(report.slug)),
        others=tuple(link for n, link in reversed(list(enumerate(links))) if n != index),
        history_href=relative(from_page, history_path(report.slug)),
        feed_href=relative(from_page, feed_path(report.slug)),
    )


def tone(question: Question, answer: Answer) -> str:
    if answer.value in (NOT_MENTIONED, UNCLEAR):
        return "unknown"
    values = set(answer.values)
    if values & set(question.bad):
        return "bad"
    if values & set(question.good):
        return "good"
    return "neutral"


def short_words(practices: Practices, answer: Answer) -> str:
    if answer.value in (NOT_MENTIONED, UNCLEAR):
        return practices.common[str(answer.value)].short
    question = practices[answer.key]
    return ", ".join(question.values[v].short for v in answer.values)


def page_url(path: str) -> str:
    """The URL MkDocs gives a page (``use_directory_urls``): ``policies/x.md`` -> ``policies/x/``."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    return (stem.removesuffix("/index") if stem.endswith("/index") else stem) + "/"


def relative(from_page: str, to_page: str, fragment: str = "") -> str:
    """A link from one generated page to another that works on any host and sub-path."""
    return _page_link(from_page, to_page) + (f"#{fragment}" if fragment else "")


@lru_cache(maxsize=65536)
def _page_link(from_page: str, to_page: str) -> str:
    """``relative`` without the fragment: computed once per pair of pages."""
    source = page_url(from_page) or "."
    target = page_url(to_page) if to_page.endswith(".md") else to_page
    link = _relpath(target or ".", source.rstrip("/") or ".")
    if to_page.endswith(".md"):
        link = "./" if link == "." else link + "/"
    return link


@lru_cache(maxsize=65536)
def _relpath(target: str, start: str) -> str:
    """``posixpath.relpath`` for site-relative paths, without its two ``getcwd`` calls per link."""
    to = [part for part in target.split("/") if part not in ("", ".")]
    base = [part for part in start.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(to), len(base)) and to[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + to[common:]) or "."


def mark_evidence(html: str, cited: dict[str, list[AnswerView]]) -> str:
    """Mark the cited paragraphs (class ``pp-evidence``) and link each back to the answers quoting it.

    ``cited`` maps a paragraph anchor (ours: ``p-`` and hex) to the answers that quote it.
    One pass over the text: a pattern per anchor cost a compile and a scan of the whole page each.
    """
    if not cited:
        return html
    marked: set[str] = set()

    def mark(match: re.Match[str]) -> str:
        anchor = match[2]
        if anchor not in cited or anchor in marked:
            return match[0]
        marked.add(anchor)
        links = ", ".join(
            f'<a href="#practice-{escape(a.key)}">{escape(a.question)}</a>' for a in cited[anchor]
        )
        return f'{match[1]} pp-evidence{match[3]}<span class="pp-cited">Quoted in the answer to: {links}</span>'

    return _PARAGRAPH_OPENING.sub(mark, html)


_PARAGRAPH_OPENING = re.compile(r'(id="([^"]*)" class="pp-para)("[^>]*>)')
"""The opening tag of an anchored block, as the segmenter writes it."""


def feed_link(title: str, path: str) -> dict[str, str]:
    """A feed the page advertises in its ``<head>`` (``templates/theme/main.html``); ``path`` from the site root."""
    return {"title": title, "href": path}
