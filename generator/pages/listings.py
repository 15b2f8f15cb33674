"""The listings: the home page, the policy index, the comparison table and the per-question pages.

Each page of rows is made when the writer reaches it and kept in the page cache while
its rows' policies (and the counts, tags and pager it shows) are unchanged, so an edit
re-renders only the pages that hold the edited policy's row. A part of ``render.Renderer``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..errors import SiteError
from ..files import Deferred, text_of
from ..models import PolicyReport
from ..practices import Question
from .charts import bar_chart
from .pagination import paginate
from .paths import COMPARE_PAGE, FOLLOW_PAGE, HOME_PAGE, POLICY_INDEX, PRACTICES_INDEX, practice_feed_path, practice_path
from .views import feed_link, relative


class ListingPages:
    """The listing pages of ``render.Renderer`` (which provides ``row``, ``_page`` and ``made_from``)."""

    def common(self, reports: list[PolicyReport]) -> dict:
        """What every listing page shows: the questions and how many policies there are."""
        return {"questions": self.practices.questions, "policy_count": len(reports)}

    def listing_pages(self, reports: list[PolicyReport]) -> dict[str, str]:
        """The home page, the list of policies and the comparison table (paginated)."""
        return {path: text_of(page) for path, page in self.listing_page_outputs(reports).items()}

    def listing_page_outputs(self, reports: list[PolicyReport]) -> dict[str, str | Deferred]:
        """``listing_pages``, each page made when written; from the page cache when its rows did not change."""
        pages: dict[str, str | Deferred] = {}
        common = self.common(reports)
        limit = self.page_rows
        shared = f"{len(reports)}|{limit}"
        pages[HOME_PAGE] = self._listing(
            reports[:limit], f"{HOME_PAGE}|{shared}",
            lambda: self._page(
                "index.md.j2", HOME_PAGE, rows=[self.row(r, HOME_PAGE) for r in reports[:limit]], **common
            ),
        )  # fmt: skip
        for path, chunk, pager in paginate(POLICY_INDEX, reports, limit, relative):
            if path in pages:  # load.py refuses such slugs (models.reserved_slug); never overwrite a policy
                raise SiteError(f"{path}: a policy page has the path of a listing page; rename its folder.")
            pages[path] = self._listing(
                chunk, f"{path}|{shared}|{pager!r}",
                lambda path=path, chunk=chunk, pager=pager: self._page(
                    "policies.md.j2", path, rows=[self.row(r, path) for r in chunk], pager=pager, **common
                ),
            )  # fmt: skip
        tags = sorted({tag for r in reports for tag in r.current.version.meta.tags})
        for path, chunk, pager in paginate(COMPARE_PAGE, reports, limit, relative):
            pages[path] = self._listing(
                chunk, f"{path}|{shared}|{pager!r}|{tags!r}",
                lambda path=path, chunk=chunk, pager=pager: self._page(
                    "compare.md.j2", path, front={"hide": ["navigation", "toc"]},
                    rows=[self.row(r, path) for r in chunk], pager=pager, tags=tags, remember=self.remember, **common,
                ),
            )  # fmt: skip
        return pages

    def practice_pages(self, reports: list[PolicyReport]) -> dict[str, str]:
        """The list of questions and, per question, every policy's answer with a chart of the counts."""
        return {path: text_of(page) for path, page in self.practice_page_outputs(reports).items()}

    def practice_page_outputs(self, reports: list[PolicyReport]) -> dict[str, str | Deferred]:
        """``practice_pages``, each page made when written; from the page cache while its rows and counts
        are unchanged."""
        pages: dict[str, str | Deferred] = {}
        common = self.common(reports)
        limit = self.page_rows
        pages[PRACTICES_INDEX] = self._page("practices.md.j2", PRACTICES_INDEX, **common)
        for question in self.practices.questions:
            counts = Counter(self.short_and_tone(r.current, question) for r in reports)
            ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
            chart = bar_chart(
                f"How many policies give each answer to: {question.question}",
                [(short, count, str(count), tone) for (short, tone), count in ordered],
            )
            for path, chunk, pager in paginate(practice_path(question.key), reports, limit, relative):
                pages[path] = self._listing(
                    chunk, f"{path}|{len(reports)}|{limit}|{pager!r}|{ordered!r}",
                    lambda path=path, chunk=chunk, pager=pager, question=question, ordered=ordered, chart=chart: (
                        self._practice_page(path, question, chunk, pager, ordered, chart, common)
                    ),
                )  # fmt: skip
        return pages

    def _practice_page(  # noqa: ANN001 - pagination and chart values
        self, path: str, question: Question, chunk, pager, ordered, chart, common: dict
    ) -> str:
        rows = [self.row(r, path, keys=(question.key,)) for r in chunk]
        feed = practice_feed_path(question.key)
        front = {"feeds": [feed_link(f"PlainPolicy: changes to “{question.question}”", feed)]}
        return self._page(
            "practice.md.j2", path, front=front, question=question, rows=rows, counts=ordered, chart=chart,
            remember=self.remember,
            pager=pager, feed_href=relative(path, feed), follow_href=relative(path, FOLLOW_PAGE),
            sureness=self.sureness.get(question.key), **common,
        )

    def _listing(self, rows: list[PolicyReport], key: str, render: Callable[[], str]) -> Deferred:
        """A page of a listing; ``key`` starts with its path and names everything it shows besides its rows."""
        path, _, rest = key.partition("|")
        return self.made_from(rows, path, rest, render)
