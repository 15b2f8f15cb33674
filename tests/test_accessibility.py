"""Every page type, at desktop and phone width, in Debian's chromium: axe-core finds no critical or
serious violation, nothing scrolls sideways on a phone, deep links show where they land, and the
comparison table keeps its first column and sorts by every column."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import material
import pytest

from .axe_audit import BLOCKING, PAGE_TYPES, WIDTHS, run_axe, serve_site, summary
from .test_browser import browser  # noqa: F401 - the chromium fixture, shared

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).parent / "artifacts"

OPEN_EVERYTHING = "document.querySelectorAll('details').forEach(d => d.open = true)"


def test_search_partial_differs_from_materials_only_by_its_names():
    ours = (ROOT / "templates/theme/partials/search.html").read_text()
    theirs = (Path(material.__file__).parent / "templates/partials/search.html").read_text()
    strip_comment = functools.partial(re.sub, r"^\{#-.*?-#\}\n", "", count=1, flags=re.S)
    names = (
        '''role="dialog" aria-label="{{ lang.t('search') }}"''',
        '''role="search" aria-label="{{ lang.t('search') }} {{ config.site_name }}"''',
    )
    ours = strip_comment(ours)
    for named in names:
        assert named in ours, "the dialog and the search landmark are named"
        ours = ours.replace(named, named.split(" aria-label")[0])
    assert ours == strip_comment(theirs)


def test_charts_and_counts_stay_out_of_the_search_index(built_site):
    """Search snippets of a practice page are sentences, not a chart's words run together ("Does not sell5")."""
    import json

    index = json.loads((built_site / "site/search/search_index.json").read_text("utf-8"))
    practice = [doc["text"] for doc in index["docs"] if doc["location"] == "practices/sells_data/"]
    assert practice and "policies answers this question" in practice[0]
    assert "How many policies give each answer" not in practice[0]
    assert not re.search(r"[a-z]\d", practice[0]), practice[0][:200]


@pytest.fixture(scope="module")
def base(built_site):
    """The built site served under its real path, with 404.html for a missing page."""
    with serve_site(built_site / "site") as url:
        yield url


def open_page(browser, width: int, url: str):
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 500)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_load_state("load")
    page.js_errors = errors
    return context, page


pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("width_name", WIDTHS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_axe_finds_no_critical_or_serious_violation(browser, base, kind, width_name):
    context, page = open_page(browser, WIDTHS[width_name], base + PAGE_TYPES[kind])
    try:
        found = [v for v in run_axe(page) if v["impact"] in BLOCKING]
        # Folded parts (full text, long diffs, the numbers) are checked opened too.
        page.evaluate(OPEN_EVERYTHING)
        found += [v for v in run_axe(page) if v["impact"] in BLOCKING]
        assert found == [], "\n".join(summary(found))
        assert page.js_errors == []
    finally:
        context.close()


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_page_scrolls_sideways_on_a_phone(browser, base, kind):
    context, page = open_page(browser, WIDTHS["phone"], base + PAGE_TYPES[kind])
    try:
        page.evaluate(OPEN_EVERYTHING)
        width = page.evaluate("document.documentElement.scrollWidth")
        # Wider elements are allowed only inside a scroller of their own (the comparison table's).
        escaping = page.evaluate(
            """() => [...document.querySelectorAll('article *')].filter(e => {
                 const r = e.getBoundingClientRect();
                 if (r.width === 0 || r.right <= innerWidth + 1) return false;
                 for (let p = e.parentElement; p; p = p.parentElement) {
                   if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX) && p.tagName !== 'HTML') return false;
                 }
                 return true;
               }).map(e => e.tagName + '.' + e.className).slice(0, 5)"""
        )
        assert width <= WIDTHS["phone"] and escaping == [], (width, escaping)
    finally:
        context.close()


@pytest.mark.parametrize("width_name", WIDTHS)
def test_compare_first_column_stays_visible_after_scrolling_right(browser, base, width_name):
    context, page = open_page(browser, WIDTHS[width_name], base + "compare/")
    try:
        page.select_option("#pp-pick-question", "")  # every question: the widest table
        scroller = page.locator(".pp-matrix")
        scroller.evaluate("box => box.scrollLeft = box.scrollWidth")
        assert scroller.evaluate("box => box.scrollLeft") > 0, "the table is wider than its box"
        box = scroller.bounding_box()
        for row in page.locator("#pp-matrix tbody tr").all()[:3]:
            name = row.locator("th")
            cell = name.bounding_box()
            assert box["x"] - 1 <= cell["x"] <= box["x"] + 2, (cell, box)
            # Nothing covers it: the browser finds the name's own cell at its middle.
            hit = page.evaluate(
                "([x, y]) => document.elementFromPoint(x, y).closest('th')?.getAttribute('scope')",
                [cell["x"] + cell["width"] / 2, cell["y"] + cell["height"] / 2],
            )
            assert hit == "row"
    finally:
        context.close()


def column_values(page, index: int) -> list[tuple[str, str]]:
    """(sort key, name) of each row, in the order shown."""
    return page.evaluate(
        """i => [...document.querySelectorAll('#pp-matrix tbody tr')].map(r =>
             [r.cells[i].dataset.sort, r.cells[0].dataset.sort])""",
        index,
    )


def test_every_column_sorts_with_ties_in_name_order(browser, base):
    context, page = open_page(browser, WIDTHS["desktop"], base + "compare/")
    try:
        headers = page.locator("#pp-matrix thead th")
        count = headers.count()
        assert count == page.locator("#pp-matrix thead .pp-sort").count() > 4, "every heading has a sort button"
        for index in range(count):
            header = headers.nth(index)
            numeric = header.get_attribute("data-sort-type") == "number"

            def key(value: str):
                return float(value) if numeric else value

            for direction in ("ascending", "descending"):
                if header.get_attribute("aria-sort") != direction or direction == "descending":
                    header.locator(".pp-sort").click()
                assert header.get_attribute("aria-sort") == direction, header.inner_text()
                rows = column_values(page, index)
                keys = [key(k) for k, _ in rows]
                assert keys == sorted(keys, reverse=direction == "descending"), (header.inner_text(), direction)
                for (k1, n1), (k2, n2) in zip(rows, rows[1:]):
                    if key(k1) == key(k2):
                        assert n1 <= n2, f"{header.inner_text()} {direction}: {n1} before {n2}"
                assert page.locator("#pp-matrix thead th[aria-sort]").count() == 1
        # The question's page is still one click away, beside its sort button.
        link = headers.nth(4).locator("a.pp-q-link")
        assert "/practices/" in link.get_attribute("href")
    finally:
        context.close()


def test_phone_compare_shows_one_question_at_a_time(browser, base):
    context, page = open_page(browser, WIDTHS["phone"], base + "compare/")
    try:
        scroller = page.locator(".pp-matrix")
        assert scroller.evaluate("box => box.scrollWidth <= box.clientWidth + 1"), "fits without scrolling"
        page.select_option("#pp-pick-question", "third_party_tracking")
        shown = page.locator("#pp-matrix thead th:visible").all_inner_texts()
        chosen = page.locator("#pp-pick-question option:checked").inner_text()
        assert len(shown) == 3 and shown[2].startswith(chosen), shown
    finally:
        context.close()


def test_keyboard_focus_is_visible_on_the_compare_controls(browser, base):
    context, page = open_page(browser, WIDTHS["desktop"], base + "compare/")
    try:
        for selector in ("#pp-filter-name", "#pp-filter-tag", "#pp-matrix .pp-sort"):
            page.locator(selector).first.focus()
            page.keyboard.press("Shift+Tab")
            page.keyboard.press("Tab")  # reached by keyboard, as a keyboard user does
            outline = page.evaluate(
                "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }"
            )
            assert outline[0] != "none" and outline[1] != "0px", (selector, outline)
    finally:
        context.close()


def background(locator) -> str:
    return locator.evaluate("e => getComputedStyle(e).backgroundColor")


@pytest.mark.parametrize("width_name", WIDTHS)
def test_deep_links_mark_the_answer_and_the_row(browser, base, width_name):
    context, page = open_page(browser, WIDTHS[width_name], base + "policies/kaspersky-com/#practice-sells_data")
    try:
        target = page.locator(":target")
        assert target.get_attribute("id") == "practice-sells_data"
        plain = background(page.locator("h3[id^=practice-]:not(:target)").first)
        assert background(target) != plain, "the answer is marked"
        header = page.locator(".md-header").bounding_box()
        box = target.bounding_box()
        assert header["y"] + header["height"] <= box["y"] < 900, "in view, clear of the header"
        page.goto(base + "compare/#row-kaspersky-com")
        row = page.locator("#row-kaspersky-com")
        assert background(row.locator("th")) != background(page.locator("#pp-matrix tbody tr:not(:target) th").first)
        row_box = row.bounding_box()
        header = page.locator(".md-header").bounding_box()
        assert header["y"] + header["height"] <= row_box["y"] < 900
    finally:
        context.close()


def test_quoted_paragraph_links_back_to_the_answer(browser, base):
    context, page = open_page(browser, WIDTHS["phone"], base + "policies/kaspersky-com/")
    try:
        page.locator("summary", has_text="Show the full text").click()
        cited = page.locator(".pp-fulltext .pp-evidence .pp-cited a").first
        question = cited.inner_text()
        cited.click()
        target = page.locator(":target")
        assert target.inner_text().rstrip("¶").endswith(question)
        assert target.is_visible()
    finally:
        context.close()


def test_feeds_are_advertised_in_head(browser, base):
    context, page = open_page(browser, WIDTHS["desktop"], base)
    try:
        feeds = page.locator('head link[rel~="alternate"][type="application/atom+xml"]')
        assert feeds.count() == 2  # the site's changes and its corrections
        for path, expected in (("policies/kaspersky-com/", 3), ("policies/kaspersky-com/history/", 3)):
            page.goto(base + path)
            assert feeds.count() == expected
            for href in feeds.evaluate_all("links => links.map(l => l.href)"):
                response = page.request.get(href)
                assert response.ok and b"<feed" in response.body(), href
    finally:
        context.close()


def test_not_found_page_offers_a_way_on(browser, base):
    context, page = open_page(browser, WIDTHS["phone"], base + "policies/no-such-company/")
    try:
        assert page.locator("h1").inner_text().startswith("Page not found")
        page.locator("article").get_by_role("link", name="Every policy").click()
        page.wait_for_url("**/policies/")
        assert page.locator("#pp-filter-name, .pp-policies").count() >= 1
    finally:
        context.close()


def test_home_page_on_a_phone_shows_the_key_answers(browser, base):
    context, page = open_page(browser, WIDTHS["phone"], base)
    try:
        first = page.locator(".pp-policies tbody tr").first
        cells = first.locator("td .pp-answer")
        assert cells.count() == 3
        for n in range(3):
            box = cells.nth(n).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTHS["phone"]
        page.goto(base + "policies/")
        assert page.locator(".pp-policies tbody tr").first.locator("td.pp-grade-cell").is_visible()
    finally:
        context.close()


SCREENSHOTS = {"home": "", "policy": "policies/kaspersky-com/", "compare": "compare/",
               "practice": "practices/sells_data/", "history": "policies/kaspersky-com/history/",
               "methodology": "methodology/"}  # fmt: skip


@pytest.mark.parametrize("width_name", WIDTHS)
def test_screenshots_for_review(browser, base, width_name):
    """Saved under tests/artifacts/ (git-ignored) for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in SCREENSHOTS.items():
        context, page = open_page(browser, WIDTHS[width_name], base + path)
        try:
            page.screenshot(path=str(ARTIFACTS / f"{name}-{width_name}.png"), full_page=name != "policy")
            assert page.js_errors == []
        finally:
            context.close()
    context, page = open_page(browser, WIDTHS[width_name], base + "compare/#row-kaspersky-com")
    try:
        page.select_option("#pp-pick-question", "")
        page.locator(".pp-matrix").evaluate("box => box.scrollLeft = box.scrollWidth")
        page.screenshot(path=str(ARTIFACTS / f"compare-scrolled-{width_name}.png"))
    finally:
        context.close()
