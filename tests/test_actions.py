"""What you can do: the policy's own routes for bad answers, request letters, and the report link."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

from generator.build.build import BuildConfig, build_site
from generator.pages.actions import live_url, request_letter
from generator.read.links import from_html
from generator.read.segment import segment

from .conftest import ROOT, policy_text, write_policy

TEXT = """# Privacy

## Advertising

We allow advertising networks and analytics companies such as Google Analytics to track you across our site.
You can opt out at https://tools.google.com/dlpage/gaoptout or [here](https://web.archive.org/web/20200101000000/https://example.com/ad-choices).
You can also change this under Settings > Privacy > Ads, or see your [ad choices](https://web.archive.org/adchoices).

## Contact

If you have questions about privacy, email privacy@example.com or write to 1 Main Street.
"""

HOSTILE = """# Privacy

We allow advertising networks to track you. <script>alert(1)</script> Opt out under "><img src=x onerror=alert(2)> Account Settings.

Questions about privacy: privacy@example.com <b onmouseover=alert(3)>contact</b> {{ config }}
"""

REPO = "https://github.com/plainpolicy/plainpolicy"
SITE = "https://plainpolicy.github.io/plainpolicy/"


def build(tmp_path: Path, body: str, *, name: str = "Example", url: str = "https://example.com/privacy") -> str:
    policies = tmp_path / "policies"
    text = policy_text(body).replace("name: Example", f"name: {name}")
    write_policy(policies, text.replace("url: https://example.com/privacy", f"url: {url}"))
    build_site(BuildConfig(policies, ROOT / "templates", tmp_path / "docs", repo_url=REPO, site_url=SITE))
    return (tmp_path / "docs" / "policies" / "example-com.md").read_text("utf-8")


def section(page: str) -> str:
    start = page.index("## What you can do")
    return page[start : page.index("## Full text", start)]


def letters(part: str) -> dict[str, str]:
    return {
        key: html.unescape(text)
        for key, text in re.findall(r'<textarea id="letter-text-(\w+)"[^>]*>(.*?)</textarea>', part, re.S)
    }


def mailtos(part: str) -> list[str]:
    return [html.unescape(href) for href in re.findall(r'href="(mailto:[^"]*\?subject=[^"]*)"', part)]


def test_access_and_deletion_letters_are_addressed_to_the_policys_privacy_contact(tmp_path):
    part = section(build(tmp_path, TEXT))
    found = letters(part)
    assert set(found) == {"access", "deletion"}
    assert "Article 15" in found["access"] and "Article 17" in found["deletion"]
    for body in found.values():
        assert "privacy@example.com" in body and "Example" in body
        assert "https://example.com/privacy" in body  # the policy it refers to
    links = mailtos(part)
    assert len(links) == 2
    for link in links:
        parts = urlsplit(link)
        assert parts.path == "privacy@example.com"
        assert unquote(parse_qs(parts.query)["body"][0]) in found.values()
    assert "templates, not legal advice" in part


def test_bad_answers_show_the_routes_the_policy_gives(tmp_path):
    part = section(build(tmp_path, TEXT))
    tracking = part[part.index("practice-third_party_tracking") :]
    tracking = tracking[: tracking.index("</ul>")]
    assert 'href="https://tools.google.com/dlpage/gaoptout"' in tracking
    # An archived copy's link goes back to the site it pointed at.
    assert 'href="https://example.com/ad-choices"' in tracking
    assert 'href="https://example.com/adchoices"' in tracking  # a site-relative link the archive rewrote
    assert "Settings &gt; Privacy &gt; Ads" in tracking


def test_no_policy_text_reaches_the_page_unescaped(tmp_path):
    part = section(build(tmp_path, HOSTILE, name="Ben & Jerry's", url="https://example.com/p?a=1&b=2"))
    for raw in ("<script", "<img", "<b ", "onerror=alert(2)>"):
        assert raw not in part, raw
    assert "Setting: “Account Settings”" in part  # the route in the hostile sentence, and only it
    found = letters(part)
    assert all("Ben & Jerry's" in body and "privacy@example.com" in body for body in found.values())
    assert "Ben &amp; Jerry&#39;s" in part  # escaped in the page, whole in the letter
    assert "https://example.com/p?a=1&amp;b=2" in part and "p?a=1&b=2" not in part
    assert all("https://example.com/p?a=1&b=2" in body for body in found.values())
    for link in mailtos(part):
        assert urlsplit(link).path == "privacy@example.com"


def test_without_an_email_address_the_letter_says_so_and_opens_unaddressed(tmp_path):
    part = section(build(tmp_path, "# Privacy\n\nWe may share your data with advertisers for their own marketing.\n"))
    for body in letters(part).values():
        assert "no email address in its privacy policy" in body
    assert all(urlsplit(link).path == "" for link in mailtos(part))
    assert "gives no email address" in part


def test_report_links_fill_in_the_wrong_answer_form(tmp_path):
    page = build(tmp_path, TEXT)
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "report-a-wrong-answer.yml").read_text("utf-8"))
    ids = {item["id"] for item in form["body"] if "id" in item}
    hrefs = [html.unescape(h) for h in re.findall(r'<p class="pp-report"[^>]*><a href="([^"]+)"', page)]
    assert len(hrefs) == 17
    query = parse_qs(urlsplit(hrefs[0]).query)
    assert query["template"] == ["report-a-wrong-answer.yml"]
    assert {"policy", "question", "answer"} <= set(query) and {"policy", "question", "answer"} <= ids
    assert query["policy"] == [f"{SITE}policies/example-com/#practice-data_collected"]
    assert query["question"] == ["What personal data does it collect?"]


def test_archive_links_and_unsafe_schemes():
    assert live_url("https://web.archive.org/web/2019id_/http://a.example/optout", "https://a.example/p") == (
        "http://a.example/optout"
    )
    assert live_url("https://web.archive.org/privacy-policy", "https://www.b.example/privacy") == (
        "https://www.b.example/privacy-policy"
    )
    assert live_url("javascript:alert(1)", "https://a.example/") is None


LINKED_POLICY = """# Your choices

To opt out, use [our *opt-out* form](https://o.example/opt) or write to
[privacy@o.example](mailto:privacy@o.example).

- Unsubscribe at [the preferences page](https://o.example/prefs "Preferences").
- A broken link: [here](https://).
- A relative link: [terms](/terms).

| Right | Where |
|---|---|
| Delete | [delete form](https://o.example/delete) |
"""


def test_each_paragraph_keeps_the_links_the_page_shows():
    document = segment(LINKED_POLICY)
    links = dict(document.links)
    by_text = {text: href for found in links.values() for href, text in found}
    assert by_text == {
        "our opt-out form": "https://o.example/opt",
        "privacy@o.example": "mailto:privacy@o.example",
        "the preferences page": "https://o.example/prefs",
        "delete form": "https://o.example/delete",
    }  # the sanitiser drops "https://" with no host, and a relative link is plain text on the page
    assert {anchor for anchor in links} <= {p.anchor for p in document.paragraphs}
    assert document.links == from_html(document.html)


def test_links_are_read_from_the_page_when_the_text_has_images():
    document = segment("See [the form](https://o.example/f) and ![logo](https://o.example/logo.png).\n")
    assert document.links == from_html(document.html)
    assert [text for _, found in document.links for _, text in found] == ["the form", "[image: logo]"]


def test_a_letter_is_plain_text_with_the_organisation_filled_in():
    letter = request_letter("deletion", "AT&T", "dpo@att.example", "https://att.example/privacy", "2020-01-02")
    assert letter.to == "dpo@att.example"
    assert letter.body.startswith("To: AT&T (dpo@att.example)")
    assert letter.mailto.startswith("mailto:dpo@att.example?subject=")
    assert "{" not in letter.body and "}" not in letter.body


def test_report_links_are_the_bytes_urlencode_gives():
    from urllib.parse import quote, urlencode

    from generator.pages.actions import report_href

    fields = {"policy": "https://x.example/p/#practice-sells_data", "question": "Does it sell my data?",
              "answer": "It says it won’t sell it & shares it “for partners” / 100%"}  # fmt: skip
    href = report_href("https://example.org/repo", slug="ex-com", key="sells_data", **fields)
    expected = urlencode(
        {"template": "report-a-wrong-answer.yml", "title": "Wrong answer: ex-com / sells_data", **fields}, quote_via=quote
    )
    assert href == f"https://example.org/repo/issues/new?{expected}"
