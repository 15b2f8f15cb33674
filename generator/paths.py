"""Where each generated page and feed lives, relative to ``docs/``: one place for every module.

MkDocs turns ``policies/<slug>.md`` into ``policies/<slug>/`` and
``policies/<slug>/<date>.md`` into ``policies/<slug>/<date>/``, so the policy
page, its dated version pages, its history page and its feed share one folder
of the site.
"""

from __future__ import annotations

import datetime as dt
import re

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


RESERVED_POLICY_NAMES = frozenset(
    {"index", "history", "feed", "data", "api", "changes", "compare", "practices", "methodology", "assets", "search",
     "tags", "pagefind"}
)
"""Names the site uses, or may use, beside the policy pages: a slug may not be one of them.

``policies/index.md`` lists the policies; the rest name the site's sections, feeds,
data and API, so a policy can never take (or be taken for) a generated page.
"""

_RESERVED_SHAPES = re.compile(r"page-\d+|\d{4}-\d{2}-\d{2}")
"""Listing pages (``policies/page-2.md``, ``pagination.page_path``) and version dates."""


def reserved_slug(slug: str) -> bool:
    """True when ``slug`` is, or is shaped like, a name the site generates pages under."""
    return slug in RESERVED_POLICY_NAMES or _RESERVED_SHAPES.fullmatch(slug) is not None
