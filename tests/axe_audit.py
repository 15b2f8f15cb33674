"""Run the vendored axe-core on a page in Playwright and sort its findings by impact.

Used by tests/test_accessibility.py; can also be run by hand on a built site:
``python -m tests.axe_audit site/`` prints each violated rule and the counts
per page type and width.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"

PAGE_TYPES = {
    "home": "",
    "policies": "policies/",
    "policy": "policies/kaspersky-com/",
    "version": "policies/kaspersky-com/2019-12-31/",
    "history": "policies/kaspersky-com/history/",
    "changes": "changes/",
    "compare": "compare/",
    "practices": "practices/",
    "practice": "practices/sells_data/",
    "methodology": "methodology/",
    "about": "about/",
    "not-found": "no-such-page/",
}
"""One page of each kind the site has (the 404 page is what a wrong address shows)."""

WIDTHS = {"desktop": 1280, "phone": 390}

BLOCKING = ("critical", "serious")


BASE_PATH = "/plainpolicy/"
"""The site's path on its host (``site_url`` in mkdocs.yml): the 404 page's links are absolute."""


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site under BASE_PATH and answers a missing page with 404.html, as static hosts do."""

    def translate_path(self, path: str) -> str:
        path = path.split("?", 1)[0].split("#", 1)[0]
        return super().translate_path("/" + path[len(BASE_PATH):] if path.startswith(BASE_PATH) else "/missing/")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


@contextlib.contextmanager
def serve_site(directory: Path) -> Iterator[str]:
    """Serve a built site on a free local port; yields its base URL (ending in BASE_PATH)."""
    handler = functools.partial(_PagesHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{BASE_PATH}"
    finally:
        server.shutdown()
        server.server_close()


def run_axe(page) -> list[dict]:
    """axe-core's violations on the page as loaded (WCAG 2.x A and AA rules and best practices)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def summary(violations: list[dict]) -> list[str]:
    """One line per violated rule: impact, rule, how many elements, the first element."""
    return [
        f"{v['impact']}: {v['id']} ({len(v['nodes'])}) e.g. {v['nodes'][0]['target']} — {v['help']}"
        for v in violations
    ]


def main(site: str) -> None:  # pragma: no cover - a tool for people
    from playwright.sync_api import sync_playwright

    counts = {}
    with serve_site(Path(site)) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for width_name, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            for name, path in PAGE_TYPES.items():
                page.goto(base + path)
                violations = run_axe(page)
                by_impact = {}
                for v in violations:
                    by_impact[v["impact"]] = by_impact.get(v["impact"], 0) + len(v["nodes"])
                counts[f"{name}@{width_name}"] = by_impact
                for line in summary(violations):
                    print(f"{name}@{width_name}: {line}")
            context.close()
        browser.close()
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1])
