"""Property-based tests: for any text, the pipeline is safe, faithful and deterministic.

Bounded (``max_examples``, ``deadline``) so that all of them together stay well under a minute.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analysis.pipeline import report_version
from generator.errors import PolicyErrors
from generator.read.load import read_policy_file
from generator.models import FrontMatter, PolicyReport, PolicyVersion
from generator.pages.render import Renderer
from generator.contract import facts
from generator.read.segment import normalise, segment
from tests.conftest import ROOT, policy_text
from tests.safety import executable_markup

FRAGMENTS = [
    "<script>window.__pwned=1</script>", "<img src=x onerror=window.__pwned=1>", "<iframe src=javascript:x>",
    "<a href='javascript:x'>", "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "[x](", "](", ")", "![",
    "<javascript:alert(1)>", "<http://a.example>", "{{ config }}", "{% raw %}", "{: onclick=x }", "&#106;", "&lt;",
    "&", "<", ">", '"', "'", "`", "*", "_", "#", "# ", "> ", "- ", "1. ", "|", "---", "\n", "\n\n", "\r", "\r\n",
    "\t", "    ", " ", ".", "!", "?", "...", "e.g.", "We collect your email address.", "We do not sell your data.",
    "cookies", "Contact us at a@b.example.", "opt out", "third parties", "\u202e", "\u00a0", "\u2028", "\x0b",
    "й", "а", "😀", "\\", "<!--", "-->", "<style>", "style=", "onload=",
]  # fmt: skip

policy_bodies = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
META = FrontMatter(
    name="Example", slug="example-com", domain="example.com", url="https://example.com/privacy", archived=dt.date(2020, 1, 2)
)
PROPERTY = settings(max_examples=80, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def report(body: str) -> PolicyReport:
    version = PolicyVersion(Path("policies/example-com/2020-01-02.md"), META, body, 8)
    return PolicyReport("example-com", (report_version(version),))


def render(body: str) -> tuple[dict[str, str], PolicyReport]:
    made = report(body)
    return Renderer(ROOT / "templates").render_all([made]), made


def split_page(page: str) -> tuple[dict, str]:
    front, body = page.removeprefix("---\n").split("\n---\n", 1)
    return yaml.safe_load(front), body


@PROPERTY
@given(policy_bodies)
def test_any_text_renders_without_executable_markup(body):
    pages, _ = render(body)
    for path, page in pages.items():
        _, markdown = split_page(page)
        assert executable_markup(markdown) == [], path
    assert executable_markup(segment(body).html) == []


@PROPERTY
@given(policy_bodies)
def test_every_quote_stands_in_the_plain_text_of_its_paragraph(body):
    current = report(body).current
    document = current.document
    plain = " ".join(paragraph.text for paragraph in document.paragraphs)
    for answer in current.analysis.answers:
        for evidence in answer.evidence:
            paragraph = document.paragraph(evidence.anchor)
            assert paragraph.text == normalise(paragraph.text)
            assert evidence.quote in paragraph.text
            assert evidence.quote in plain


@settings(PROPERTY, max_examples=30)
@given(policy_bodies)
def test_rendering_twice_is_byte_identical_and_front_matter_round_trips(body):
    first, made = render(body)
    second, _ = render(body)
    assert first == second
    front, _ = split_page(first["policies/example-com.md"])
    assert front["plainpolicy"] == facts(made.current)  # what MkDocs reads back is what was meant


@PROPERTY
@given(st.one_of(st.binary(max_size=400), policy_bodies.map(lambda body: policy_text(body).encode("utf-8", "surrogatepass"))))
def test_any_file_either_loads_or_gives_policy_errors(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("p") / "example-com" / "2020-01-02.md"
    path.parent.mkdir()
    path.write_bytes(data)
    try:
        version = read_policy_file(path, expected_slug="example-com")
    except PolicyErrors as problems:
        assert problems.errors and all(str(e).startswith(str(path)) for e in problems.errors)
    else:
        assert version.body.strip()
