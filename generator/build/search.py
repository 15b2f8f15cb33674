"""Search that scales: Pagefind instead of Material's single-file index on large sites.

Material's built-in search ships the whole site as one JSON index that every
reader downloads before the first result (14 MB at 1,000 policies). Above a
configurable number of policies the plugin switches to Pagefind: the index is
split into chunks fetched per query, built from the HTML MkDocs writes, in parts
while MkDocs makes the rest (``StreamedIndex``; ``python -m pagefind``, a binary
shipped in the ``pagefind[bin]`` wheel, so no network). The search box keeps Material's look and behaviour through a
header partial (``templates/theme/partials/header.html`` and ``pagefind.html``)
and a small script, all local: nothing comes from a CDN.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..errors import SiteError

MODES = ("auto", "lunr", "pagefind")
DEFAULT_PAGEFIND_FROM = 500
"""With ``auto``, Pagefind from this many policies on."""
EXTRA_KEY = "plainpolicy_search"
"""``config.extra`` key the header partial reads: ``pagefind`` or absent."""
EXCLUDE = "[data-search-exclude], .headerlink"
"""Not indexed (``--exclude-selectors``): permalinks, and what the templates mark ``data-search-exclude``,
which Material's own index leaves out too: a policy page's controls and copy-me snippets (repeated on every
policy page: at 1,000 policies 22% of Pagefind's work and 12% of its index), charts and counts, pagers, the
comparison table's filters, and the rows of listings, which repeat every policy's name and would outrank the
policy's own page (a listing's own text is still found)."""
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


class StreamedIndex:
    """Pagefind indexing a site's pages in parts while MkDocs is still making the rest.

    MkDocs makes pages on one core and Pagefind used to start once it had finished: at 10,000
    policies the site waited 143 s for its index after MkDocs' 223 s. Now each searchable page's
    HTML is written to a scratch folder as MkDocs finishes it (``add``, laid out as in the site);
    once a part's worth (``part_mb``) is there, a thread hands that part to one Pagefind run and
    MkDocs goes on with the next pages. ``finish`` indexes the last part and waits. Parts run one
    after another, so no two Pagefind processes hold memory at once. The parts follow MkDocs' page
    order (paths sorted), so the same site gives the same index.
    """

    def __init__(self, site_dir: Path, part_mb: float = PART_MB) -> None:
        self.site_dir = site_dir
        self.part_bytes = int(part_mb * 1_000_000)
        self.pages = 0
        self.started = time.perf_counter()
        self._scratch = Path(tempfile.mkdtemp(prefix="plainpolicy-pagefind-"))
        self._parts = 0
        self._view: Path | None = None
        self._size = 0
        self._queue: queue.Queue[tuple[Path, Path] | None] = queue.Queue()
        self._error: SiteError | None = None
        self._thread = threading.Thread(target=self._index_parts, name="plainpolicy-pagefind", daemon=True)
        self._thread.start()

    def add(self, dest_uri: str, html: bytes) -> None:
        """One page as MkDocs writes it (``dest_uri``: its path in the site)."""
        if self._view is not None and self._size + len(html) > self.part_bytes:
            self._hand_over()  # a part never holds more than part_mb of HTML (Pagefind's memory)
        if self._view is None:
            self._view = self._scratch / str(self._parts + 1)
        target = self._view / dest_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html)
        self.pages += 1
        self._size += len(html)

    def finish(self) -> tuple[float, float]:
        """Index what is left, wait for every part, list the parts for the browser (``PARTS_FILE``).

        Returns:
            The seconds since the stream started, and the seconds this call waited.

        Raises:
            SiteError: when a Pagefind run failed.
        """
        waiting = time.perf_counter()
        if self._view is not None or self._parts == 0:
            if self._view is None:  # no searchable page: an empty index still answers the search box
                self._view = self._scratch / "1"
                self._view.mkdir(parents=True)
            self._hand_over()
        self._stop()
        if self._error is not None:
            raise self._error
        names = [f"pagefind/parts/{number}/" for number in range(2, self._parts + 1)]
        (self.site_dir / "pagefind" / PARTS_FILE).write_text(json.dumps(names), encoding="utf-8")
        now = time.perf_counter()
        return now - self.started, now - waiting

    def abandon(self) -> None:
        """The build failed: stop after the running part and leave nothing behind in the scratch folder."""
        self._stop()

    def _hand_over(self) -> None:
        assert self._view is not None
        self._parts += 1
        bundle = self.site_dir / "pagefind"
        self._queue.put((self._view, bundle if self._parts == 1 else bundle / "parts" / str(self._parts)))
        self._view, self._size = None, 0

    def _stop(self) -> None:
        self._queue.put(None)
        self._thread.join()
        shutil.rmtree(self._scratch, ignore_errors=True)

    def _index_parts(self) -> None:
        while (part := self._queue.get()) is not None:
            view, out = part
            if self._error is None:
                try:
                    _pagefind(view, out)
                except SiteError as error:
                    self._error = error
            shutil.rmtree(view, ignore_errors=True)


def searchable(meta: dict) -> bool:
    """A page Material's search would index: not one whose front matter says ``search: exclude``
    (a policy's permanent version pages, which repeat its page)."""
    search = meta.get("search")
    return not (isinstance(search, dict) and search.get("exclude"))


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
