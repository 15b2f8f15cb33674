"""Where each generated page and feed lives, relative to ``docs/``: one place for every module.

MkDocs turns ``policies/<slug>.md`` into ``policies/<slug>/`` and
``policies/<slug>/<date>.md`` into ``policies/<slug>/<date>/``, so the policy
page, its dated version pages, its history page and its feed share one folder
of the site.
"""

from __future__ import annotations

import datetime as dt

SITE_FEED = "feed.xml"
"""The site-wide Atom feed (``site/feed.xml``)."""
CHANGES_PAGE = "changes.md"
"""The site-wide "Recent changes" page."""


def policy_path(slug: str) -> str:
    """The policy page: always the current version."""
    return f"policies/{slug}.md"


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
