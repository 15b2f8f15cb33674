"""Search that scales: Pagefind instead of Material's single-file index on large sites.

Material's built-in search ships the whole site as one JSON index that every
reader downloads before the first result (14 MB at 1,000 policies). Above a
configurable number of policies the plugin switches to Pagefind: the index is
split into chunks fetched per query, built after MkDocs has written the HTML
(``python -m pagefind``, a binary shipped in the ``pagefind[bin]`` wheel, so
no network). The search box keeps Material's look and behaviour through a
header partial (``templates/theme/partials/header.html`` and ``pagefind.html``)
and a small script, all local: nothing comes from a CDN.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from ..errors import SiteError

MODES = ("auto", "lunr", "pagefind")
DEFAULT_PAGEFIND_FROM = 500
"""With ``auto``, Pagefind from this many policies on."""
EXTRA_KEY = "plainpolicy_search"
"""``config.extra`` key the header partial reads: ``pagefind`` or absent."""
EXCLUDE = ".headerlink, .pp-pager, .pp-policies, .pp-matrix, .pp-practice-row, .pp-counts"
"""Not indexed (``--exclude-selectors``): permalinks, pagers and the rows of listings, which repeat
every policy's name and would outrank the policy's own page; a listing's own text is still found."""
ROOT_SELECTOR = "article.md-content__inner"
"""Index only the page's content: Material puts it in this element."""


def choose(mode: str, policy_count: int, threshold: int = DEFAULT_PAGEFIND_FROM) -> str:
    """``lunr`` or ``pagefind`` for a site of ``policy_count`` policies."""
    if mode not in MODES:
        raise SiteError(f"search: {mode!r} is not one of {', '.join(MODES)}. Fix the plugin's 'search' option.")
    if mode != "auto":
        return mode
    return "pagefind" if policy_count >= threshold else "lunr"


def use_pagefind(config) -> None:  # noqa: ANN001 - MkDocsConfig
    """Turn Material's own index off and tell the header partial to show the Pagefind box."""
    plugin = config.plugins.get("material/search")
    if plugin is not None:  # Material's plugin skips every event when disabled
        plugin.config.enabled = False
    config.extra[EXTRA_KEY] = "pagefind"


def run_pagefind(site_dir: Path) -> float:
    """Index ``site_dir`` into ``site_dir/pagefind/``; returns the seconds it took.

    Raises:
        SiteError: when Pagefind is missing or fails.
    """
    started = time.perf_counter()
    command = [
        sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", "pagefind",
        "--root-selector", ROOT_SELECTOR, "--exclude-selectors", EXCLUDE, "--silent",
    ]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SiteError(f"pagefind: {error}. Install it with: pip install 'pagefind[bin]'.") from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise SiteError(
            "pagefind failed: " + " / ".join(detail) + ". Is 'pagefind[bin]' installed (it ships the binary)?"
        )
    return time.perf_counter() - started
