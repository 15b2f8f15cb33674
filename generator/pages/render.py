"""Stage 5: turn reports into Markdown pages for MkDocs with Jinja2 templates.

Python prepares plain view objects (what to show, already worded and linked);
templates only lay them out. Every value from a policy reaches a page through
Jinja's HTML autoescaping, inside HTML blocks that Markdown leaves alone, so
policy text is never read as Markdown, HTML or a template.
"""

from __future__ import annotations

import functools

from collections import Counter
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Protocol, TypeVar

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .pagination import DEFAULT_PAGE_ROWS
from .charts import bar_chart
from ..analysis.grade import load_rubric
from ..contract import facts
from ..files import Deferred, text_of
from ..models import EvaluationScores, PolicyReport, VersionReport
from ..read.segment import content_anchors
from .paths import (
    DATA_FOLDER,
    HOME_PAGE,
    METHODOLOGY_PAGE,
    policy_path,
    version_path,
)
from ..practices import NOT_MENTIONED, Question, load_practices, load_presentation
from ..analysis.similarity import THRESHOLD, LookAlike
from ..analysis.summarize import answer_sentence, human_date
from .listings import ListingPages
from .policy_pages import PolicyPages
from .views import (
    GRADE_WORDS,
    AnswerView,
    PolicyRow,
    QuoteView,
    page_url,
    reading_level,
    relative,
    short_words,
    sureness_by_question,
    tone,
)

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter when installed: same text as the pure-Python one (tested), 5x faster."""

T = TypeVar("T")

_LAST_ROW_VIEWS: dict[str, dict] = {}
"""The listing rows' answer views of this process's last build, by what else they depend on
(the reliability figures): ``Renderer._listed_views``."""

LISTED_LOOK_ALIKES = 100
"""Look-alike pairs the methodology page lists (the most alike); it gives the count of all of them."""

GENERATED_MARK = "plainpolicy"
"""Value of ``generated_by`` in the front matter of every generated page."""


def templates_folder(project_templates: Path) -> Path:
    """The project's templates folder, or the templates that ship inside the package when it has none.

    An installed ``plainpolicy`` thus builds a site in a folder holding only
    ``policies/`` and ``mkdocs.yml``; a project that wants its own templates keeps a copy.
    """
    if project_templates.is_dir():
        return project_templates
    shipped = Path(str(resources.files("generator").joinpath("templates")))
    return shipped if shipped.is_dir() else project_templates


class PageStore(Protocol):
    """Where rendered policy pages of unchanged policies are kept between builds (``build.cache.PageCache``).

    A protocol, so the pages stage does not import the build stage that provides it.
    """

    def keeper(self, report: PolicyReport, extra: str) -> Callable[[Callable[[], str]], str]:
        """One policy's part of a larger file (an export): ``keeper(make)`` is the stored text, or ``make()``
        stored for next time. The key is taken now, the text when called (maybe in another process)."""
        ...

    def deferred(
        self, report: PolicyReport, path: str, render: Callable[[PolicyReport, str], str], extra: str = ""
    ) -> Deferred:
        """The page, made when written: the stored one, or ``render(report, path)`` stored for next time;
        with the digest of the written bytes when the store knows it."""
        ...

    def made_from(self, reports: list[PolicyReport], path: str, key: str, render: Callable[[], str]) -> Deferred:
        """A file made from ``reports`` only (a page of rows, a policy's card), as ``deferred``;
        ``key`` names the rest of what it shows."""
        ...


@functools.lru_cache(maxsize=8)
def template_environment(templates: str) -> Environment:
    """One Jinja environment per templates folder and process: under ``mkdocs serve`` every
    reload would otherwise compile every template again; Jinja still reloads a template whose
    file changed (``auto_reload``)."""
    env = Environment(
        loader=FileSystemLoader(templates),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    env.filters["human_date"] = human_date
    env.filters["reading_level"] = reading_level
    env.globals["grade_words"] = GRADE_WORDS
    return env


class Renderer(ListingPages, PolicyPages):
    """Renders every page of the site from the reports (one Jinja environment per templates folder and process)."""

    def __init__(
        self,
        templates: Path,
        *,
        repo_url: str | None = None,
        site_url: str = "",
        page_rows: int = DEFAULT_PAGE_ROWS,
        page_cache: PageStore | None = None,
        reliability: EvaluationScores | None = None,
        templates_key: str | None = None,
    ):
        self.practices = load_practices()
        self.card_keys = load_presentation().card
        """The answers readers care most about, shown on each policy's label card (``data/presentation.yaml``)."""
        self.repo_url = repo_url
        self.site_url = site_url
        """The site's address (``https://host/path/``), for links meant to be copied elsewhere; "" if unknown."""
        self.page_rows = page_rows
        """Listings longer than this are split into pages (``pagination``)."""
        self.page_cache = page_cache
        """Rendered policy pages of unchanged policies (``cache.PageCache``)."""
        self.reliability = reliability
        """The test set whose figures stand beside every answer (``tools.accuracy.reliability_scores``)."""
        self.sureness = sureness_by_question(reliability.scores if reliability else None)
        self.env = template_environment(str(templates))
        scope = repr(sorted(self.sureness.items()))
        self._row_views_before = _LAST_ROW_VIEWS.get(scope, {})
        self._row_views: dict[tuple, tuple[object, object]] = {}
        self._facts_memo: dict[int, tuple[VersionReport, str]] = {}
        self.templates_key = templates_key
        """A digest of the templates' text (the build's ``folder_fingerprint``): with it, listing rows'
        markup is kept for the next build of the process (``remember``)."""
        _LAST_ROW_VIEWS.clear()
        _LAST_ROW_VIEWS[scope] = self._row_views

    def answer_views(
        self, report: VersionReport, from_page: str, policy_page: str, keys: tuple[str, ...] | None = None
    ) -> tuple[AnswerView, ...]:
        """Views of the answers (only those of ``keys`` when given: a per-question page needs one)."""
        if not report.analysis.analysed:
            return self.unanalysed_views(from_page, policy_page, keys)
        views = []
        for answer in report.analysis.answers:
            if keys is not None and answer.key not in keys:
                continue
            question = self.practices[answer.key]
            silent = answer.value == NOT_MENTIONED and not answer.reviewed
            anchored = [e for e in answer.evidence if e.anchor]
            quotes = tuple(
                QuoteView(e.quote, relative(from_page, policy_page, e.anchor), quote_id)
                for e, quote_id in zip(anchored, content_anchors(f"quote-{answer.key}", [e.quote for e in anchored]))
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
                    sureness=None if answer.reviewed else self.sureness.get(answer.key),
                    looked_for=(question.looked_for or None) if silent else None,
                )
            )
        return tuple(views)

    def short_and_tone(self, report: VersionReport, question: Question) -> tuple[str, str]:
        """How one policy answers one question, in table words and tone (for counts and charts)."""
        if not report.analysis.analysed:
            return self.practices.common["not_analysed"].short, "unknown"
        def make() -> tuple[str, str]:
            answer = report.analysis.answer(question.key)
            return short_words(self.practices, answer), tone(question, answer)

        return self._remembered(("tone", id(report.analysis), question.key), report.analysis, make)

    def unanalysed_views(
        self, from_page: str, policy_page: str, keys: tuple[str, ...] | None = None
    ) -> tuple[AnswerView, ...]:
        """A policy in a language the rules do not read: every question says so, none says "not mentioned"."""
        wording = self.practices.common["not_analysed"]
        return tuple(
            AnswerView(
                key=q.key,
                question=q.question,
                short=wording.short,
                sentence=wording.sentence,
                tone="unknown",
                quotes=(),
                href=relative(from_page, policy_page, "full-text"),
                reviewed_reason=None,
            )
            for q in self.practices.questions
            if keys is None or q.key in keys
        )

    def row(self, report: PolicyReport, from_page: str, *, keys: tuple[str, ...] | None = None) -> PolicyRow:
        current = report.current
        policy_page = policy_path(report.slug)
        return PolicyRow(
            slug=report.slug,
            name=current.version.meta.name,
            archived=current.version.meta.archived.isoformat(),
            href=relative(from_page, policy_page),
            tags=tuple(current.version.meta.tags),
            words=current.document.word_count,
            grade=current.grade.letter,
            minutes=current.readability.minutes,
            flesch=current.readability.flesch_reading_ease,
            grade_lowest=current.grade.lowest if current.grade.letter else None,
            views=lambda only: self._listed_views(current, from_page, policy_page, only),
            keys=keys,
            made_from=(current.analysis, (from_page, keys)),
        )

    def remember(self, row: PolicyRow, macro: Callable[[PolicyRow], str]) -> Markup:
        """``macro(row)``, the markup of a listing row, from this build or the last one of this process: an
        edit under ``mkdocs serve`` re-makes the pages holding the edited row, and their other rows are
        as they were (the templates' text is part of the key)."""
        if row.made_from is None or self.templates_key is None:
            return Markup(macro(row))
        analysis, key = row.made_from
        # the answers are the analysis's (kept while its version is unchanged); the rest is in the key
        shown = (row.slug, row.name, row.archived, row.href, row.tags, row.words, row.grade, row.grade_lowest,
                 row.minutes, row.flesch)  # fmt: skip
        return Markup(self._remembered(
            ("markup", self.templates_key, macro.name, *key, shown, id(analysis)), analysis, lambda: str(macro(row))
        ))  # fmt: skip

    def _listed_views(
        self, current: VersionReport, from_page: str, policy_page: str, keys: tuple[str, ...] | None
    ) -> tuple[AnswerView, ...]:
        """``answer_views`` for a listing row, kept for the next build of this process: under ``mkdocs serve``
        an edit re-makes the pages holding the edited row, and their other rows are as they were."""
        return self._remembered(
            (id(current.analysis), from_page, policy_page, keys), current.analysis,
            lambda: self.answer_views(current, from_page, policy_page, keys),
        )  # fmt: skip

    def _remembered(self, key: tuple, analysis: object, make: Callable[[], T]) -> T:
        """``make()``, a function of ``analysis`` and ``key``, from this build or the last one of this process."""
        for memo in (self._row_views, self._row_views_before):
            hit = memo.get(key)
            if hit is not None and hit[0] is analysis:  # the memo holds the analysis: its id is not reused
                self._row_views[key] = hit
                return hit[1]
        value = make()
        self._row_views[key] = (analysis, value)
        return value

    def render_all(
        self,
        reports: list[PolicyReport],
        *,
        look_alikes: tuple[LookAlike, ...] = (),
        figures: dict | None = None,
        evaluation: list[tuple[str, str, dict]] | None = None,
    ) -> dict[str, str]:
        """Every page this class makes, as ``{path relative to docs/: Markdown text}`` (the build runs the
        same methods one by one as output producers: ``producers.PRODUCERS``)."""
        pages = self.policy_pages(reports, look_alikes)
        pages.update(self.listing_pages(reports))
        pages.update(self.practice_pages(reports))
        pages.update(self.methodology(reports, look_alikes, evaluation or [], figures))
        return pages

    def policy_pages(self, reports: list[PolicyReport], look_alikes: tuple[LookAlike, ...] = ()) -> dict[str, str]:
        """Each policy's page (its current version) and the permanent page of every version."""
        return {path: text_of(page) for path, page in self.policy_page_outputs(reports, look_alikes).items()}

    def policy_page_outputs(
        self, reports: list[PolicyReport], look_alikes: tuple[LookAlike, ...] = ()
    ) -> dict[str, Deferred]:
        """``policy_pages``, each made only when the writer reaches it (the largest pages of the site)."""
        pages: dict[str, Deferred] = {}
        names = {r.slug: r.current.version.meta.name for r in reports}
        by_slug: dict[str, list[LookAlike]] = {}
        for item in look_alikes:  # grouped once: scanning every pair per policy is quadratic
            by_slug.setdefault(item.slug, []).append(item)
        for report in reports:
            path = policy_path(report.slug)
            related = by_slug.get(report.slug, [])
            # The page also shows its look-alikes, which depend on other policies.
            extra = repr([(i, names.get(i.other_slug)) for i in related])
            pages[path] = self._deferred(
                report, path, lambda r, p, related=related: self.policy_page(r, p, related=related, names=names), extra
            )
            for index, version in enumerate(report.versions[:-1]):
                dated = version_path(report.slug, version.version.meta.archived)
                pages[dated] = self._deferred(
                    report, dated,
                    lambda r, p, index=index, related=related: self.version_page(
                        r, index, p, related=related, names=names
                    ),
                    f"{dated}|{extra}",
                )  # fmt: skip
            dated = version_path(report.slug, report.current.version.meta.archived)
            pages[dated] = self._deferred(report, dated, self.current_version_page, dated)
        return pages

    def _deferred(
        self, report: PolicyReport, path: str, render: Callable[[PolicyReport, str], str], extra: str
    ) -> Deferred:
        if self.page_cache is None:
            return Deferred(lambda: render(report, path))
        return self.page_cache.deferred(report, path, render, extra=extra)

    def fragment(self, report: PolicyReport, key: str) -> Callable[[Callable[[], str]], str]:
        """The keeper of one policy's part of a file made from every policy (``export.Fragments``):
        ``keeper(make)`` is ``make()``, from the page cache while the policy and ``key`` are unchanged."""
        if self.page_cache is None:
            return lambda make: make()
        return self.page_cache.keeper(report, f"fragment|{key}")

    def made_from(self, reports: list[PolicyReport], path: str, key: str, render: Callable[[], str]) -> Deferred:
        """The file at ``path``, made by ``render()`` from ``reports`` and what ``key`` names: made when
        written, and kept in the page cache while they are unchanged (``PageStore.made_from``)."""
        if self.page_cache is None:
            return Deferred(render)
        return self.page_cache.made_from(reports, path, key, render)

    def methodology(
        self,
        reports: list[PolicyReport],
        look_alikes: tuple[LookAlike, ...] = (),
        evaluation: list[tuple[str, str, dict]] | None = None,
        figures: dict | None = None,
    ) -> dict[str, str]:
        """The methodology page: rubric, grades, readability, look-alikes and the analyzer's accuracy."""
        names = {r.slug: r.current.version.meta.name for r in reports}
        page = self.methodology_page(reports, look_alikes, names, figures or {}, self.common(reports), evaluation or [])
        return {METHODOLOGY_PAGE: page}

    def methodology_page(
        self,
        reports: list[PolicyReport],
        look_alikes: tuple[LookAlike, ...],
        names: dict,
        figures: dict,
        common: dict,
        evaluation: list[tuple[str, str, dict]],
    ) -> str:
        path = METHODOLOGY_PAGE
        rubric = load_rubric()
        rubric_rows = [
            (q, rubric.weights[q.key], [(self.practices.wording(q.key, v).short, p) for v, p in rubric.points[q.key].items()])
            for q in self.practices.questions
        ]
        grades = Counter(r.current.grade.label for r in reports)
        grade_chart = bar_chart(
            "Policies per grade",
            [(label, grades.get(label, 0), str(grades.get(label, 0)), "neutral")
             for label in [g for g, _ in rubric.grades] + ["Not enough information"]],
        )
        by_ease = sorted(reports, key=lambda r: (r.current.readability.flesch_reading_ease, r.slug))
        readability_chart = bar_chart(
            "Flesch reading ease per policy (higher is easier; below 30 is very difficult)",
            [(names[r.slug], max(0.0, r.current.readability.flesch_reading_ease),
              f"{r.current.readability.flesch_reading_ease:g}", "neutral") for r in by_ease],
        )
        # the most alike first, and only the first few: at 10,000 synthetic policies every pair made a
        # 33 MB page; each policy's page lists its own look-alikes and the data export has every pair
        every_pair = sorted(
            (i for i in look_alikes if i.slug < i.other_slug),
            key=lambda i: (-i.containment, -i.jaccard, i.slug, i.archived, i.other_slug, i.other_archived),
        )
        pairs = [
            (names[i.slug], relative(path, policy_path(i.slug)), i.archived, names[i.other_slug],
             relative(path, policy_path(i.other_slug)), i.other_archived, i.containment, i.jaccard)
            for i in every_pair[:LISTED_LOOK_ALIKES]
        ]
        return self._page(
            "methodology.md.j2", path, figures=figures, reports=reports, rubric=rubric, rubric_rows=rubric_rows,
            grade_chart=grade_chart, readability_chart=readability_chart, look_alike_pairs=pairs,
            look_alike_count=len(every_pair),
            threshold=THRESHOLD, evaluation=evaluation, reliability=self.reliability, **common,
        )

    def _facts_yaml(self, report: VersionReport) -> str:
        """The ``plainpolicy:`` front-matter block of a version, dumped once for the policy page and the
        current-version page that both carry it (its YAML was about a sixth of making a policy's pages)."""
        known = self._facts_memo.get(id(report))
        if known is None or known[0] is not report:
            if len(self._facts_memo) > 64:
                self._facts_memo.clear()
            known = self._facts_memo[id(report)] = (report, _dump({"plainpolicy": facts(report)}))
        return known[1]

    def render_page(self, template: str, path: str, *, front: dict | None = None, **context: object) -> str:
        """Render one generated page (front matter + template) for modules that add pages."""
        return self._page(template, path, front=front, **context)

    def _page(
        self, template: str, path: str, *, front: dict | None = None, facts_of: VersionReport | None = None,
        **context: object,
    ) -> str:
        """Front matter (``front``, then the ``plainpolicy`` facts of ``facts_of``, then the generator's mark) and template."""
        header = _dump(front) if front else ""
        if facts_of is not None:
            header += self._facts_yaml(facts_of)
        header += _generated_mark_yaml()
        body = self.env.get_template(template).render(
            page_path=path, root=relative(path, HOME_PAGE), data_root=_data_root(path), **context
        )
        return f"---\n{header}---\n\n{body}"


@functools.cache
def _generated_mark_yaml() -> str:
    """The last front-matter line of every generated page, dumped once (a sixth of the pages' YAML calls)."""
    return _dump({"generated_by": GENERATED_MARK})


def _dump(front: dict) -> str:
    # block style: each top-level key's lines stand on their own, so dumping keys apart gives the same text
    return yaml.dump(front, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=1000)


def _data_root(path: str) -> str:
    depth = page_url(path).count("/")
    return "../" * depth + DATA_FOLDER
