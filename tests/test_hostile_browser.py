"""The hostile pages, built by MkDocs and opened in Debian's chromium: nothing from a policy runs.

The site is built from a project whose ``policies/`` holds every hostile case
that produces a page (the generated large cases are left out: they test sizes,
not markup). Each page is loaded, every element of its content gets mouseover
and focus events, and the site's search is asked for the hostile text, whose
results Material renders as HTML. No dialog may open, ``window.__pwned`` must
stay undefined, the console must show no error and no request may leave
127.0.0.1.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

from tests.conftest import _QuietHandler, copy_project, mkdocs_build
from tests.hostile import CASES, fulltext
from tests.safety import executable_markup
from tests.test_browser import browser  # noqa: F401 - the chromium fixture, shared

PAGE_CASES = [case for case in CASES if case.outcome == "page" and not case.generated]
SAFE_NAME = "Ben & Jerry's (Hostile) E*TRADE"
"""Punctuation a name may keep, shown through the theme's unescaped title and header."""


def hostile_policy(case_name: str, data: bytes) -> bytes:
    """The case's file, renamed to a slug of its own so that every case is a page of one site."""
    for old, new in (
        ("slug: hostile-com", f"slug: {case_name}"),
        ("domain: hostile.com", f"domain: {case_name}.example"),
        ("name: Hostile Example", f'name: "{SAFE_NAME}"' if case_name == "html-script" else f"name: {case_name}"),
    ):
        data = data.replace(old.encode(), new.encode(), 1)
    return data


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = tmp_path_factory.mktemp("hostile-site")
    copy_project(project)
    shutil.rmtree(project / "policies")
    for case in PAGE_CASES:
        target = project / "policies" / case.name / "2020-01-02.md"
        target.parent.mkdir(parents=True)
        target.write_bytes(hostile_policy(case.name, case.source.read_bytes()))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", project
    server.shutdown()


def test_mkdocs_passes_the_policy_html_through_untouched(hostile_site):
    """Python-Markdown, attr_list and toc do not read the policy text (it sits in an HTML block):
    the built page carries the sanitised HTML as generated, tabs expanded, and template syntax as text."""
    _, project = hostile_site
    for case in PAGE_CASES:
        generated = fulltext((project / "docs" / "policies" / f"{case.name}.md").read_text("utf-8"))
        built = (project / "site" / "policies" / case.name / "index.html").read_text("utf-8")
        assert '<div class="pp-fulltext">\n' + generated.expandtabs(4) + "\n</div>" in built, case.name
        article = built[built.index("<article") : built.index("</article>")]
        assert executable_markup(article) == [], case.name
    jinja = (project / "site" / "policies" / "jinja-syntax" / "index.html").read_text("utf-8")
    assert "{{ config }}" in jinja and "{% for x in range(10**9) %}{{ x }}{% endfor %}" in jinja
    macros = (project / "site" / "policies" / "mkdocs-macros-syntax" / "index.html").read_text("utf-8")
    assert '{: onclick="window.__pwned=1" }' in macros and "[TOC]" in macros


class Watch:
    """Everything a page does that a hostile policy could cause."""

    def __init__(self, page, origin: str):
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.route("**/*", lambda route: self._request(route, origin))

    def _dialog(self, dialog) -> None:  # noqa: ANN001 - playwright Dialog
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _request(self, route, origin: str) -> None:  # noqa: ANN001 - playwright Route
        url = route.request.url
        if url.startswith(origin) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()


def assert_nothing_ran(page, watch: Watch) -> None:  # noqa: ANN001 - playwright Page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("typeof parent.__pwned") == "undefined"
    assert watch.dialogs == []
    assert watch.errors == []
    assert watch.foreign == []


PROVOKE = """() => {
  for (const element of document.querySelectorAll('.md-content *')) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart', 'error', 'load']) {
      element.dispatchEvent(new Event(type));
    }
  }
}"""


@pytest.mark.browser
@pytest.mark.parametrize("case", PAGE_CASES, ids=lambda case: case.name)
def test_hostile_page_runs_nothing_in_chromium(hostile_site, browser, case):
    origin, project = hostile_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch(page, origin)
    page.goto(f"{origin}policies/{case.name}/", wait_until="load")
    assert page.locator(".pp-fulltext").count() == 1, "the policy text is on the page"
    page.evaluate(PROVOKE)
    page.wait_for_timeout(100)
    assert page.locator(".pp-fulltext script, .pp-fulltext iframe, .pp-fulltext img, [onerror], [onload]").count() == 0
    assert_nothing_ran(page, watch)
    if case.name == "html-script":
        assert page.title() == f"{SAFE_NAME} - PlainPolicy"
        assert page.locator("h1").first.inner_text().startswith(SAFE_NAME)
    context.close()


@pytest.mark.browser
def test_search_results_for_hostile_text_run_nothing(hostile_site, browser):
    origin, _ = hostile_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch(page, origin)
    page.goto(origin, wait_until="load")
    page.get_by_label("Search", exact=False).first.click()
    for query in ("window", "Injected", "iframe", "collect"):
        page.keyboard.press("Control+A")
        page.keyboard.type(query)
        page.locator(".md-search-result__link").first.wait_for(timeout=15_000)
        page.evaluate(PROVOKE.replace(".md-content *", ".md-search-result *"))
        page.wait_for_timeout(200)
        assert_nothing_ran(page, watch)
        if query == "Injected":  # the hostile text is in the results, as text
            assert "Injected <script>window.__pwned=1</script>" in page.locator(".md-search-result").inner_text()
    context.close()


@pytest.mark.browser
def test_the_watch_sees_a_script_that_runs(browser):
    """Control: the checks above would notice markup that runs."""
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(page, "http://127.0.0.1")
    page.set_content('<img src="data:," onerror="window.__pwned=1; alert(1)">')
    page.wait_for_function("typeof window.__pwned !== 'undefined'")
    assert watch.dialogs == ["alert: 1"]
    context.close()
