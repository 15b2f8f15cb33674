"""Every file the build writes into ``docs/``, as one registry of output producers.

A producer has a name, the build results it needs (fields of ``SiteData``) and
the paths it writes (patterns relative to ``docs/``). ``build_site`` runs every
producer in ``PRODUCERS``, in order, and refuses one that writes outside its
declared paths or over another producer's file. A new page type, export format
or feed is one new module with a function ``(needs...) -> {path: text}`` plus
one line in ``PRODUCERS``. A producer of many large files gives ``files.Deferred``
texts instead: the paths are known at once (the writer checks them all before
writing anything) and each text is made when it is written, so the build never
holds the whole site.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase

from ..analysis.history import PolicyHistory
from ..analysis.similarity import LookAlike
from ..files import Deferred
from ..models import EvaluationScores, PolicyReport
from .export import export_data
from .api import SCHEMAS, lookup_api
from .badges import badges_and_cards
from .feeds import build_feeds, corrections_feed, practice_feeds
from .opendata import open_data
from .follow import follow_page
from .history_pages import render_history_pages
from .paths import (
    API_INDEX,
    CORRECTIONS_FEED,
    FOLLOW_PAGE,
    CHANGES_PAGE,
    COMPARE_PAGE,
    EXPORT_CSV,
    EXPORT_JSON,
    EXPORT_SCHEMA,
    DATA_PACKAGE,
    HISTORY_CSV,
    HOME_PAGE,
    METHODOLOGY_PAGE,
    POLICY_INDEX,
    PRACTICES_INDEX,
    SITE_FEED,
    feed_path,
    api_badge_path,
    api_domain_path,
    badge_path,
    card_path,
    history_path,
    policy_path,
    practice_feed_path,
    practice_path,
)
from .pagination import page_path
from .render import Renderer


@dataclass(frozen=True)
class SiteData:
    """What the build has computed when the output producers run: everything a producer may need."""

    reports: list[PolicyReport]
    look_alikes: tuple[LookAlike, ...]
    histories: list[PolicyHistory]
    evaluation: tuple[EvaluationScores, ...]
    site_url: str
    """The site's address, for absolute links in feeds and exports ("" for relative ones)."""
    renderer: Renderer
    """The build's one Jinja environment, for producers that make Markdown pages."""
    build_date: dt.datetime | None = None
    """From ``SOURCE_DATE_EPOCH``, for provenance (``opendata.source_date``); never the clock."""


@dataclass(frozen=True)
class Producer:
    name: str
    needs: tuple[str, ...]
    """``SiteData`` fields, passed to ``produce`` in this order."""
    writes: tuple[str, ...]
    """Patterns (``fnmatch``) of the paths it writes, relative to ``docs/``."""
    produce: Callable[..., Mapping[str, str | Deferred]]
    """``produce(*needs) -> {path relative to docs/: text or Deferred text}``."""

    def run(self, data: SiteData) -> Mapping[str, str | Deferred]:
        """The producer's files.

        Raises:
            ValueError: it wrote a path outside ``writes``.
        """
        files = self.produce(*(getattr(data, need) for need in self.needs))
        stray = sorted(path for path in files if not any(fnmatchcase(path, pattern) for pattern in self.writes))
        if stray:
            raise ValueError(f"output producer {self.name!r} wrote {stray[0]}, outside its declared paths {self.writes}")
        return files


def _methodology(renderer: Renderer, reports: list[PolicyReport], look_alikes, evaluation) -> dict[str, str]:  # noqa: ANN001
    return renderer.methodology(reports, look_alikes, [(s.label, s.about, s.scores) for s in evaluation])


def _first_and_next(first: str) -> tuple[str, str]:
    """A paginated listing's first page and the pattern of its next pages (``pagination.page_path``)."""
    return first, page_path(first, 2).removesuffix("2.md") + "*.md"


PRODUCERS: tuple[Producer, ...] = (
    Producer(
        "policy and version pages",
        ("renderer", "reports", "look_alikes"),
        (policy_path("*"),),  # fnmatch's * crosses folders: policies/<slug>/<date>.md too
        Renderer.policy_page_outputs,
    ),
    Producer(
        "home page, policy list and comparison table",
        ("renderer", "reports"),
        (HOME_PAGE, *_first_and_next(POLICY_INDEX), *_first_and_next(COMPARE_PAGE)),
        Renderer.listing_page_outputs,
    ),
    Producer(
        "practice pages",
        ("renderer", "reports"),
        (PRACTICES_INDEX, *_first_and_next(practice_path("*"))),
        Renderer.practice_page_outputs,
    ),
    Producer(
        "badges and embeddable cards",
        ("renderer", "reports"),
        (badge_path("*"), card_path("*"), api_badge_path("*")),
        badges_and_cards,
    ),
    Producer("methodology page", ("renderer", "reports", "look_alikes", "evaluation"), (METHODOLOGY_PAGE,), _methodology),
    Producer(
        "history pages and recent changes",
        ("renderer", "histories", "reports"),
        (history_path("*"), CHANGES_PAGE),
        render_history_pages,
    ),
    Producer(
        "Atom feeds",
        ("histories", "site_url", "reports", "renderer"),
        (feed_path("*"), SITE_FEED),
        lambda histories, site_url, reports, renderer: build_feeds(
            histories, site_url=site_url, reports=reports, renderer=renderer
        ),
    ),
    Producer(
        "practice watch feeds",
        ("histories", "site_url"),
        (practice_feed_path("*"),),
        lambda histories, site_url: practice_feeds(histories, site_url=site_url),
    ),
    Producer("Follow page (every feed)", ("renderer", "reports"), (FOLLOW_PAGE,), follow_page),
    Producer(
        "corrections feed",
        ("reports", "site_url"),
        (CORRECTIONS_FEED,),
        lambda reports, site_url: {CORRECTIONS_FEED: corrections_feed(reports, site_url=site_url)},
    ),
    Producer(
        "data exports (JSON, CSV, JSON Schema)",
        ("reports", "look_alikes", "site_url", "histories", "renderer"),
        (EXPORT_JSON, EXPORT_CSV, EXPORT_SCHEMA),
        lambda reports, look_alikes, site_url, histories, renderer: export_data(
            reports, look_alikes, site_url=site_url, histories=histories, fragments=renderer.fragment
        ),
    ),
    Producer(
        "open data package (history CSV, datapackage.json)",
        ("histories", "site_url", "build_date"),
        (HISTORY_CSV, DATA_PACKAGE),
        open_data,
    ),
    Producer(
        "domain lookup API",
        ("reports", "site_url", "evaluation", "renderer"),
        (API_INDEX, api_domain_path("*"), *SCHEMAS),
        lookup_api,
    ),
)
"""Every page type, feed and export of the site, in the order the build runs them."""


def produce_all(data: SiteData, producers: tuple[Producer, ...] | None = None) -> dict[str, str | Deferred]:
    """Every producer's files (``PRODUCERS`` unless given), as ``{path relative to docs/: text}``;
    the texts of large files are ``Deferred`` (made when written).

    Raises:
        ValueError: a producer wrote outside its declared paths, or two producers wrote the same path.
    """
    outputs: dict[str, str | Deferred] = {}
    owner: dict[str, str] = {}
    for producer in PRODUCERS if producers is None else producers:
        for path, text in producer.run(data).items():
            if path in owner:
                raise ValueError(f"output producers {owner[path]!r} and {producer.name!r} both write {path}")
            owner[path] = producer.name
            outputs[path] = text
    return outputs
