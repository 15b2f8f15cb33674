"""What a reader does, in Debian's chromium driven by Playwright."""

from __future__ import annotations

import shutil

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    foreign: list[str] = []
    page.on("request", lambda request: foreign.append(request.url) if not request.url.startswith(site_url) else None)
    page.console_errors = errors
    page.foreign_requests = foreign
    yield page
    context.close()


def test_search_finds_a_policy_and_opens_it(page, site_url):
    page.goto(site_url)
    page.get_by_label("Search", exact=False).first.click()
    page.keyboard.type("Kaspersky")
    result = page.locator(".md-search-result__link").first
    result.wait_for(timeout=15_000)
    assert "Kaspersky" in result.inner_text()
    result.click()
    page.wait_for_url("**/policies/kaspersky-com/**")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Kaspersky Lab"
    assert page.console_errors == []
    assert page.foreign_requests == []


def test_evidence_link_lands_on_the_quoted_paragraph(page, site_url):
    page.goto(site_url + "policies/kaspersky-com/")
    quote = page.locator("#practice-legal_disclosure ~ div .pp-quote").first
    quoted_text = quote.locator("p").first.inner_text().strip("“”")
    quote.get_by_role("link", name="Read it in the full text").click()
    target = page.locator(":target")
    target.wait_for()
    assert quoted_text in target.inner_text()
    assert "pp-evidence" in (target.get_attribute("class") or "")
    assert target.is_visible()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    assert page.console_errors == []


def test_compare_cell_links_to_the_answer(page, site_url):
    page.goto(site_url + "compare/")
    page.locator(".pp-matrix tbody tr").first.locator("td a").first.click()
    page.wait_for_url("**/policies/**#practice-data_collected")
    assert page.locator(":target").inner_text().startswith("What personal data")
    assert page.console_errors == []


GRADE_ORDER = "ABCDEZ"


def matrix_grades(page) -> list[str]:
    """The letter of each row ("B to D" when silence could lower it sorts as B)."""
    cells = page.locator("#pp-matrix tbody tr:not([hidden]) td.pp-grade-cell").all_inner_texts()
    return [cell.split()[0] for cell in cells]


def test_matrix_sorts_by_grade(page, site_url):
    page.goto(site_url + "compare/")
    header = page.locator("#pp-matrix thead th", has_text="Grade").get_by_role("button")
    header.click()
    first = matrix_grades(page)
    keys = [GRADE_ORDER.index(g) if g != "none" else 5 for g in first]
    header.click()
    second = [GRADE_ORDER.index(g) if g != "none" else 5 for g in matrix_grades(page)]
    assert sorted(keys) in (keys, list(reversed(keys)))
    assert second == list(reversed(keys)) or second == sorted(second, reverse=keys == sorted(keys))
    assert keys != second or len(set(keys)) == 1
    assert page.console_errors == []


def test_matrix_filters_by_tag_and_name(page, site_url):
    page.goto(site_url + "compare/")
    total = page.locator("#pp-matrix tbody tr").count()
    page.select_option("#pp-filter-tag", "security-software")
    visible = page.locator("#pp-matrix tbody tr:not([hidden]) th a").all_inner_texts()
    assert 0 < len(visible) < total
    assert "Kaspersky Lab" in visible and "Etsy" not in visible
    assert page.locator("#pp-filter-count").inner_text() == f"{len(visible)} policies"
    page.select_option("#pp-filter-tag", "")
    page.fill("#pp-filter-name", "ets")
    assert page.locator("#pp-matrix tbody tr:not([hidden]) th a").all_inner_texts() == ["Etsy"]
    assert page.console_errors == []


def test_screenshots_for_review(page, site_url, browser):
    """Saved under tests/artifacts/ for a person to look at; the test checks the card fits a phone."""
    from pathlib import Path

    artifacts = Path(__file__).parent / "artifacts"
    artifacts.mkdir(exist_ok=True)
    page.goto(site_url)
    page.screenshot(path=str(artifacts / "index.png"), full_page=True)
    page.goto(site_url + "compare/")
    page.screenshot(path=str(artifacts / "compare.png"), full_page=True)
    page.goto(site_url + "policies/kaspersky-com/")
    page.screenshot(path=str(artifacts / "policy-desktop.png"))
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2)
    mobile = phone.new_page()
    mobile.goto(site_url + "policies/kaspersky-com/")
    mobile.screenshot(path=str(artifacts / "policy-390px.png"))
    card = mobile.locator(".pp-card").bounding_box()
    width = mobile.evaluate("document.documentElement.scrollWidth")
    phone.close()
    assert card is not None and card["x"] >= 0 and card["x"] + card["width"] <= 390
    assert width <= 390, "the policy page scrolls sideways on a phone"
    assert page.console_errors == []


def test_history_page_shows_the_fact_changes_and_their_quotes(page, site_url):
    page.goto(site_url + "policies/kaspersky-com/")
    page.locator(".pp-versions").get_by_role("link", name="What changed").click()
    page.wait_for_url("**/policies/kaspersky-com/history/")
    facts = page.locator("#change-2019-12-31 ~ .pp-changes").first.locator(".pp-fact")
    assert facts.count() >= 1
    sentences = [s.strip("✓✗?• \n") for s in facts.locator(".pp-fact-sentence").all_inner_texts()]
    assert all(s.startswith(("Now", "No longer", "Same answer")) for s in sentences), sentences
    assert facts.first.is_visible()
    quote = facts.locator(".pp-quote-new").first
    folded = quote.locator("xpath=ancestor::details[1]")
    if folded.get_attribute("open") is None:
        folded.locator("summary").click()  # many quotes are folded away under their answer
    quoted = quote.inner_text().split("“", 1)[1].rsplit("”", 1)[0]
    quote.get_by_role("link", name="in context").click()
    page.wait_for_url("**/policies/kaspersky-com/#p-*")
    target = page.locator(":target")
    target.wait_for()
    assert quoted in target.inner_text()
    assert target.is_visible()
    assert page.console_errors == []
    assert page.foreign_requests == []


def test_embed_card_renders_in_an_iframe_on_another_page_and_requests_nothing_else(page, site_url):
    card_url = site_url + "policies/etsy-com/card.html"
    badge_url = site_url + "policies/etsy-com/badge.svg"
    page.set_content(
        "<!doctype html><title>A newsroom's page</title><h1>Our story</h1>"
        f'<iframe src="{card_url}" title="Etsy privacy policy" width="440" height="520" style="border:0"></iframe>'
        f'<p><img src="{badge_url}" alt="badge"></p>'
    )
    frame = page.frame_locator("iframe")
    frame.locator("h1").wait_for()
    assert frame.locator("h1").inner_text() == "Etsy: privacy policy"
    assert "Grade" in frame.locator(".grade").inner_text()
    assert frame.locator("li").count() == 5
    assert frame.get_by_role("link").last.inner_text().startswith("Every answer")
    card = page.frames[1]
    assert card.evaluate("document.scripts.length") == 0
    assert card.evaluate("document.documentElement.scrollHeight") <= 520, "the card overflows its frame"
    assert page.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.foreign_requests == []
    assert page.console_errors == []


def test_embed_box_snippets_are_on_the_policy_page_and_the_follow_page_lists_feeds(page, site_url):
    page.goto(site_url + "policies/etsy-com/")
    box = page.locator(".pp-embed")
    box.scroll_into_view_if_needed()
    snippets = box.locator("pre code").all_inner_texts()
    assert any(s.startswith("[![Etsy's privacy policy: grade") for s in snippets)
    assert any(s.startswith("<iframe src=") and "card.html" in s for s in snippets)
    badge = box.get_by_role("link", name="See the badge").evaluate("link => link.href")
    assert badge == site_url + "policies/etsy-com/badge.svg"
    assert "<title id=\"pp-badge-title\">Etsy's privacy policy: grade" in page.request.get(badge).text()
    page.goto(site_url + "follow/")
    assert page.locator("h1").inner_text().rstrip("¶").strip() == "Follow changes"
    assert page.get_by_role("link", name="Does it sell or rent my personal data?").count() == 1
    assert page.console_errors == []
    assert page.foreign_requests == []
