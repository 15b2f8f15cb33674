"""Split long listings into pages of at most ``page_rows`` rows.

Pages that list every policy (the comparison matrix, one page per question,
the policy index) would otherwise grow with the corpus: at 10,000 policies the
matrix alone is 40 MB of Markdown. Above the limit, a listing becomes a first
page at its usual path plus ``<stem>/page-<n>.md`` pages, each with a pager.
Links into the first page (the nav, other pages) stay valid; the first page's
URL never changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

DEFAULT_PAGE_ROWS = 200
"""Rows per page when nothing else is configured."""

T = TypeVar("T")


@dataclass(frozen=True)
class PageLink:
    number: int
    href: str
    """Relative link from the page the pager is on."""
    label: str
    """The range of rows it holds, e.g. ``201–400``."""
    current: bool


@dataclass(frozen=True)
class Pager:
    number: int
    """1-based number of this page."""
    count: int
    """How many pages the listing has."""
    first_row: int
    """1-based index of this page's first row in the whole listing."""
    last_row: int
    total_rows: int
    links: tuple[PageLink, ...]

    @property
    def previous(self) -> PageLink | None:
        return self.links[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> PageLink | None:
        return self.links[self.number] if self.number < self.count else None


def page_path(first: str, number: int) -> str:
    """Where page ``number`` of the listing whose first page is ``first`` lives.

    ``compare.md`` -> ``compare/page-2.md``; ``policies/index.md`` -> ``policies/page-2.md``.
    """
    if number == 1:
        return first
    stem = first.removesuffix(".md").removesuffix("/index")
    return f"{stem}/page-{number}.md"


def paginate(
    first: str, items: Sequence[T], page_rows: int, relative
) -> Iterator[tuple[str, Sequence[T], Pager | None]]:  # noqa: ANN001 - render.relative
    """Yield ``(path, items of that page, pager)``; the pager is None when one page is enough.

    Args:
        first: path of the first page (relative to ``docs/``).
        items: every row, in display order.
        page_rows: the most rows on a page (at least 1).
        relative: ``render.relative``, to link pages to each other.
    """
    size = max(1, page_rows)
    if len(items) <= size:
        yield first, items, None
        return
    count = -(-len(items) // size)
    paths = [page_path(first, n) for n in range(1, count + 1)]
    labels = [f"{start + 1}–{min(start + size, len(items))}" for start in range(0, len(items), size)]
    for number, path in enumerate(paths, start=1):
        links = tuple(
            PageLink(n, relative(path, other), labels[n - 1], n == number)
            for n, other in enumerate(paths, start=1)
        )
        start = (number - 1) * size
        last = min(start + size, len(items))
        yield path, items[start:last], Pager(number, count, start + 1, last, len(items), links)
