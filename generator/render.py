"""Stage 5: turn reports into Markdown pages for MkDocs with Jinja2 templates.

Python prepares plain view objects (what to show, already worded and linked);
templates only lay them out. Every value from a policy reaches a page through
Jinja's HTML autoescaping, inside HTML blocks that Markdown leaves alone, so
policy text is never read as Markdown, HTML or a template.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .cache import PageCache
from .pagination import DEFAULT_PAGE_ROWS, paginate
from .models import Answer, PolicyReport, VersionReport
from .practices import NOT_MENTIONED, UNCLEAR, Practices, Question, load_practices
from .summarize import answer_sentence, human_date

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter when installed: same text as the pure-Python one (tested), 5x faster."""

GENERATED_MARK = "plainpolicy"
"""Value of ``generated_by`` in the front matter of every generated page."""


@dataclass(frozen=True)
class QuoteView:
    quote: str
    href: str
    """Link to the paragraph the quote stands in."""
    permalink_id: str


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


@dataclass(frozen=True)
class PolicyRow:
    slug: str
    name: str
    archived: str
    href: str
    tags: tuple[str, ...]
    words: int
    answers: tuple[AnswerView, ...]

    def answer(self, key: str) -> AnswerView:
        return next(a for a in self.answers if a.key == key)


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


class Renderer:
    """Renders every page of the site from the reports; one Jinja environment per build."""

    def __init__(
        self,
        templates: Path,
        *,
        repo_url: str | None = None,
        page_rows: int = DEFAULT_PAGE_ROWS,
        page_cache: PageCache | None = None,
    ):
        self.practices = load_practices()
        self.repo_url = repo_url
        self.page_rows = page_rows
        """Listings longer than this are split into pages (``pagination``)."""
        self.page_cache = page_cache
        """Rendered policy pages of unchanged policies (``cache.PageCache``)."""
        self.env = Environment(
            loader=FileSystemLoader(templates),
            autoescape=True,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["human_date"] = human_date

    def answer_views(
        self, report: VersionReport, from_page: str, policy_page: str, keys: tuple[str, ...] | None = None
    ) -> tuple[AnswerView, ...]:
        """Views of the answers (only those of ``keys`` when given: a per-question page needs one)."""
        views = []
        for answer in report.analysis.answers:
            if keys is not None and answer.key not in keys:
                continue
            question = self.practices[answer.key]
            quotes = tuple(
                QuoteView(e.quote, relative(from_page, policy_page, e.anchor), f"quote-{answer.key}-{n}")
                for n, e in enumerate(answer.evidence, start=1)
                if e.anchor
            )
            views.append(
                AnswerView(
                    key=answer.key,
                    question=question.question,
                    short=short_words(self.practices, answer),
                    sentence=answer_sentence(self.practices, answer),
                    tone=tone(question, answer),
                    quotes=quotes,
                    href=relative(from_page, policy_page, f"practice-{answer.key}"),
                    reviewed_reason=answer.reviewed.reason if answer.reviewed else None,
                )
            )
        return tuple(views)

    def row(self, report: PolicyReport, from_page: str, *, keys: tuple[str, ...] | None = None) -> PolicyRow:
        current = report.current
        policy_page = f"policies/{report.slug}.md"
        return PolicyRow(
            slug=report.slug,
            name=current.version.meta.name,
            archived=current.version.meta.archived.isoformat(),
            href=relative(from_page, policy_page),
            tags=tuple(current.version.meta.tags),
            words=current.document.word_count,
            answers=self.answer_views(current, from_page, policy_page, keys),
        )

    def render_all(self, reports: list[PolicyReport], *, figures: dict | None = None) -> dict[str, str]:
        """All generated pages, as ``{path relative to docs/: Markdown text}``."""
        pages: dict[str, str] = {}
        for report in reports:
            path = f"policies/{report.slug}.md"
            if self.page_cache is not None:
                pages[path] = self.page_cache.page(report, path, self.policy_page)
            else:
                pages[path] = self.policy_page(report, path)
        common = {"questions": self.practices.questions, "policy_count": len(reports)}
        limit = self.page_rows
        home_rows = [self.row(r, "index.md") for r in reports[:limit]]
        pages["index.md"] = self._page("index.md.j2", "index.md", rows=home_rows, **common)
        for path, chunk, pager in paginate("policies/index.md", reports, limit, relative):
            rows = [self.row(r, path) for r in chunk]
            pages[path] = self._page("policies.md.j2", path, rows=rows, pager=pager, **common)
        for path, chunk, pager in paginate("compare.md", reports, limit, relative):
            rows = [self.row(r, path) for r in chunk]
            front = {"hide": ["navigation", "toc"]}
            pages[path] = self._page("compare.md.j2", path, front=front, rows=rows, pager=pager, **common)
        pages["practices/index.md"] = self._page("practices.md.j2", "practices/index.md", **common)
        for question in self.practices.questions:
            answers = [r.current.analysis.answer(question.key) for r in reports]
            counts = sorted(Counter(short_words(self.practices, a) for a in answers).items())
            for path, chunk, pager in paginate(f"practices/{question.key}.md", reports, limit, relative):
                rows = [self.row(r, path, keys=(question.key,)) for r in chunk]
                pages[path] = self._page(
                    "practice.md.j2", path, question=question, rows=rows, counts=counts, pager=pager, **common
                )
        pages["methodology.md"] = self._page(
            "methodology.md.j2", "methodology.md", figures=figures or {}, reports=reports, **common
        )
        return pages

    def policy_page(self, report: PolicyReport, path: str) -> str:
        current = report.current
        meta = current.version.meta
        evidence_anchors = {e.anchor for a in current.analysis.answers for e in a.evidence}
        front = {
            "title": meta.name,
            "description": f"What {meta.name}'s privacy policy says, in plain words, with quotes.",
            "tags": list(meta.tags),
            "plainpolicy": facts(current),
        }
        return self._page(
            "policy.md.j2",
            path,
            front=front,
            meta=meta,
            report=current,
            summary=current.summary.sentences,
            answers=self.answer_views(current, path, path),
            fulltext=Markup(mark_evidence(current.document.html, evidence_anchors)),
            earlier=len(report.versions) - 1,
            repo_url=self.repo_url,
        )

    def _page(self, template: str, path: str, *, front: dict | None = None, **context: object) -> str:
        front = {**(front or {}), "generated_by": GENERATED_MARK}
        header = yaml.dump(front, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000)
        body = self.env.get_template(template).render(
            page_path=path, root=relative(path, "index.md"), data_root=_data_root(path), **context
        )
        return f"---\n{header}---\n\n{body}"


def _data_root(path: str) -> str:
    depth = page_url(path).count("/")
    return "../" * depth + "data/"


def facts(report: VersionReport) -> dict:
    """The answers as plain data, for the page's front matter."""
    meta = report.version.meta
    return {
        "slug": meta.slug,
        "name": meta.name,
        "archived": meta.archived.isoformat(),
        "url": str(meta.url),
        "snapshot": str(meta.snapshot) if meta.snapshot else None,
        "analysed": report.analysis.analysed,
        "answers": {a.key: answer_data(a) for a in report.analysis.answers},
    }


def answer_data(answer: Answer) -> dict:
    return {
        "answer": list(answer.value) if isinstance(answer.value, tuple) else answer.value,
        "detail": answer.detail,
        "evidence": [{"quote": e.quote, "anchor": e.anchor} for e in answer.evidence],
    }


def mark_evidence(html: str, anchors: set[str]) -> str:
    """Add class ``pp-evidence`` to the cited paragraphs (ids are ours: ``p-`` and hex)."""
    for anchor in sorted(anchors):
        html = html.replace(f'id="{anchor}" class="pp-para"', f'id="{anchor}" class="pp-para pp-evidence"', 1)
    return html
