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
