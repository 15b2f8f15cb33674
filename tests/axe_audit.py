"""Run the vendored axe-core on a page in Playwright and sort its findings by impact.

Used by tests/test_accessibility.py; can also be run by hand on a built site:
``python -m tests.axe_audit http://127.0.0.1:8000/plainpolicy/`` prints the
counts per page type and width.
"""

from __future__ import annotations

import json
import sys
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


def main(base: str) -> None:  # pragma: no cover - a tool for people
    from playwright.sync_api import sync_playwright

    counts = {}
    with sync_playwright() as playwright:
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
