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

import json
import os
import shutil
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


PART_MB = 150
"""HTML a Pagefind run indexes at most, in MB. Pagefind holds about eight times the HTML it indexes
(1.5 GB for the 177 MB of HTML of a 1,000-policy site, 13.9 GB at 10,000), so a larger site is
indexed in parts that each stay under 2 GB, and the browser merges them (``pagefind-search.js``)."""
PARTS_FILE = "parts.json"
"""In the main bundle (``pagefind/``): the folders of the other parts, for ``mergeIndex``."""
_VIEW = ".pagefind-part"
"""Scratch folder in the site holding one part's pages (hard links) while Pagefind reads them."""


def run_pagefind(site_dir: Path, part_mb: float = PART_MB, pages: list[str] | None = None) -> float:
    """Index ``site_dir`` into ``site_dir/pagefind/`` (and ``pagefind/parts/<n>/`` past ``part_mb``
    of HTML); returns the seconds it took.

    ``pages``: the HTML files to index, relative to ``site_dir`` (the pages Material's own search
    would index: ``searchable``); every HTML file when None.

    Raises:
        SiteError: when Pagefind is missing or fails.
    """
    started = time.perf_counter()
    files = None if pages is None else [site_dir / page for page in pages]
    parts = _parts(site_dir, int(part_mb * 1_000_000), files)
    bundle = site_dir / "pagefind"
    if len(parts) <= 1 and files is None:
        _pagefind(site_dir, bundle)
        names: list[str] = []
    elif len(parts) <= 1:
        _pagefind_view(site_dir, parts[0], bundle)
        names = []
    else:
        names = [f"pagefind/parts/{number}/" for number in range(2, len(parts) + 1)]
        for part, out in zip(parts, [bundle, *(site_dir / name for name in names)], strict=True):
            _pagefind_view(site_dir, part, out)
    (bundle / PARTS_FILE).write_text(json.dumps(names), encoding="utf-8")
    return time.perf_counter() - started


def searchable(meta: dict) -> bool:
    """A page Material's search would index: not one whose front matter says ``search: exclude``
    (a policy's permanent version pages, which repeat its page)."""
    search = meta.get("search")
    return not (isinstance(search, dict) and search.get("exclude"))


def _pagefind_view(site_dir: Path, files: list[Path], out: Path) -> None:
    """Index only ``files``: Pagefind reads a folder of links to them, laid out as in the site."""
    view = site_dir / _VIEW
    try:
        _link_view(site_dir, files, view)
        _pagefind(view, out)
    finally:
        shutil.rmtree(view, ignore_errors=True)


def _parts(site_dir: Path, part_bytes: int, files: list[Path] | None = None) -> list[list[Path]]:
    """The site's pages (``files``, or every HTML file) in parts of about ``part_bytes`` of HTML, a
    policy's folder never split."""
    groups: dict[tuple[str, ...], list[Path]] = {}
    for page in sorted(site_dir.rglob("*.html") if files is None else files):
        relative = page.relative_to(site_dir).parts
        if relative[0] in ("pagefind", _VIEW):
            continue
        key = relative[:2] if relative[0] == "policies" and len(relative) > 2 else relative
        groups.setdefault(key, []).append(page)
    parts: list[list[Path]] = [[]]
    size = 0
    for pages in groups.values():
        grows = sum(page.stat().st_size for page in pages)
        if parts[-1] and size + grows > part_bytes:
            parts.append([])
            size = 0
        parts[-1].extend(pages)
        size += grows
    return parts


def _link_view(site_dir: Path, files: list[Path], view: Path) -> None:
    """A folder holding ``files`` at their places in the site (hard links; copies where links fail)."""
    shutil.rmtree(view, ignore_errors=True)
    for source in files:
        target = view / source.relative_to(site_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)


def _pagefind(site: Path, out: Path) -> None:
    command = [
        sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(out),
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
