"""Where each generated page and feed lives, relative to ``docs/``: one place for every module.

MkDocs turns ``policies/<slug>.md`` into ``policies/<slug>/`` and
``policies/<slug>/<date>.md`` into ``policies/<slug>/<date>/``, so the policy
page, its dated version pages, its history page and its feed share one folder
of the site.
"""

from __future__ import annotations

import datetime as dt

HOME_PAGE = "index.md"
POLICY_INDEX = "policies/index.md"
"""First page of the list of every policy (``pagination`` puts the next ones beside it)."""
COMPARE_PAGE = "compare.md"
"""First page of the side-by-side table of every policy and answer."""
PRACTICES_INDEX = "practices/index.md"
METHODOLOGY_PAGE = "methodology.md"
SITE_FEED = "feed.xml"
"""The site-wide Atom feed (``site/feed.xml``)."""
CHANGES_PAGE = "changes.md"
"""The site-wide "Recent changes" page."""
DATA_FOLDER = "data/"
"""The downloadable exports."""
EXPORT_JSON = DATA_FOLDER + "policies.json"
EXPORT_CSV = DATA_FOLDER + "answers.csv"
EXPORT_SCHEMA = DATA_FOLDER + "schema.json"
"""The JSON Schema of ``EXPORT_JSON``, published beside it."""
HISTORY_CSV = DATA_FOLDER + "history.csv"
"""Every answer change between consecutive versions, one row each."""
DATA_PACKAGE = DATA_FOLDER + "datapackage.json"
"""The Frictionless Data Package descriptor of the data folder: table schemas, licence, provenance."""
API_FOLDER = "api/v1/"
"""The domain lookup API (static JSON); a new major version gets a new folder."""
API_INDEX = API_FOLDER + "index.json"
"""Every covered domain -> its policy, grade and date."""
API_SCHEMA_INDEX = API_FOLDER + "schema/index.json"
API_SCHEMA_DOMAIN = API_FOLDER + "schema/domain.json"
API_SCHEMA_BADGE = API_FOLDER + "schema/badge.json"
FOLLOW_PAGE = "follow.md"
"""Every feed of the site, with how to follow them."""
CORRECTIONS_FEED = "corrections.xml"
"""Atom feed of the corrections people made (overrides added or changed)."""


def api_domain_path(domain: str) -> str:
    """One domain's lookup file; ``domain`` is normalised (``generator.domains``), so it is a safe file name."""
    return f"{API_FOLDER}domains/{domain}.json"


def api_badge_path(slug: str) -> str:
    """The policy's badge as data, in the endpoint format badge services read (``schema/badge.json``)."""
    return f"{API_FOLDER}badges/{slug}.json"


def badge_path(slug: str) -> str:
    """The policy's grade badge (SVG)."""
    return f"policies/{slug}/badge.svg"


def card_path(slug: str) -> str:
    """The policy's embeddable card: a self-contained HTML page for an ``<iframe>``."""
    return f"policies/{slug}/card.html"


def practice_feed_path(key: str) -> str:
    """The Atom feed of changes to one question's answer, across every policy."""
    return f"practices/{key}/feed.xml"


def policy_path(slug: str) -> str:
    """The policy page: always the current version."""
    return f"policies/{slug}.md"


def practice_path(key: str) -> str:
    """First page of one question's answers across every policy."""
    return f"practices/{key}.md"


def version_path(slug: str, archived: dt.date) -> str:
    """The permanent page of one version: its address never changes when a newer version arrives."""
    return f"policies/{slug}/{archived.isoformat()}.md"


def history_path(slug: str) -> str:
    return f"policies/{slug}/history.md"


def feed_path(slug: str) -> str:
    """The Atom feed of one policy's changes."""
    return f"policies/{slug}/feed.xml"


def change_id(new: dt.date) -> str:
    """The fragment of one change (the pair ending with the version of ``new``) on history pages."""
    return f"change-{new.isoformat()}"

