"""Badges and embeds: a well-formed, accessible SVG badge, a self-contained card, the "Embed or link" box."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from generator.build.build import BuildConfig, build_site
from generator.pages.badges import badge_svg
from tests.conftest import ROOT

SITE = "https://example.org/pp/"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def docs(tmp_path_factory, sample_policies):
    docs = tmp_path_factory.mktemp("docs")
    build_site(BuildConfig(sample_policies, ROOT / "templates", docs, site_url=SITE))
    return docs


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def check_badge(xml: str) -> tuple[str, list[str]]:
    """The badge's accessible title and visible texts, after checking it is well-formed and legible."""
    svg = ET.fromstring(xml)
    assert svg.tag == SVG + "svg" and svg.get("role") == "img"
    title = svg.find(SVG + "title")
    assert title is not None and title.get("id") == svg.get("aria-labelledby") and title.text
    fills = [rect.get("fill") for rect in svg.iter(SVG + "rect") if rect.get("fill") != "none"]
    texts = list(svg.iter(SVG + "text"))
    assert len(fills) == len(texts) == 2
    for background, text in zip(fills, texts):
        # WCAG AA for small text, and the same in grey: the contrast is in lightness, not hue.
        assert contrast(background, text.get("fill")) >= 7, (background, text.get("fill"))
    return title.text, [text.text for text in texts]


def test_every_policy_has_a_well_formed_accessible_badge_naming_its_grade(docs, sample_policies):
    for folder in sorted(sample_policies.iterdir()):
        page = (docs / "policies" / f"{folder.name}.md").read_text("utf-8")
        grade = re.search(r"^  grade: (\S+)$", page, re.M)[1]
        title, texts = check_badge((docs / "policies" / folder.name / "badge.svg").read_text("utf-8"))
        if grade == "null":
            assert texts == ["privacy policy", "not graded"] and "not graded" in title
        else:
            assert texts == ["privacy policy", grade] and f"grade {grade}" in title


def test_a_badge_for_a_name_with_markup_characters_stays_well_formed():
    title, texts = check_badge(badge_svg("AT&T <Labs>", None))
    assert title.startswith("AT&T <Labs>'s privacy policy") and texts[1] == "not graded"


class CardParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def test_the_card_is_self_contained_has_no_script_and_links_back(docs):
    html = (docs / "policies" / "etsy-com" / "card.html").read_text("utf-8")
    card = CardParser()
    card.feed(html)
    assert "script" not in card.tags and "link" not in card.tags and "img" not in card.tags
    assert not [name for name, _ in card.attributes if name.startswith("on")]
    policy = ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'")
    assert policy in card.attributes
    links = [value for name, value in card.attributes if name == "href"]
    assert links and all(link.startswith(SITE + "policies/etsy-com/") for link in links)
    assert len([link for link in links if "#practice-" in link]) == 5
    text = " ".join(card.text)
    assert "Etsy" in text and "Grade" in text


def test_the_policy_page_has_copyable_snippets_for_badge_card_and_every_answer(docs):
    page = (docs / "policies" / "etsy-com.md").read_text("utf-8")
    box = page[page.index('<div class="pp-embed"') :]
    assert "[![Etsy&#39;s privacy policy: grade " in box  # autoescaped on the page, plain text once copied
    assert f"{SITE}policies/etsy-com/badge.svg" in box and f"{SITE}policies/etsy-com/card.html" in box
    assert "&lt;iframe src=&#34;" in box
    for key in re.findall(r"\{#practice-(\w+)\}", page):
        assert box.count(f"{SITE}policies/etsy-com/#practice-{key})") == 1  # the Markdown line
        assert box.count(f"{SITE}policies/etsy-com/#practice-{key}&#34;") == 1  # the HTML line
    version = (docs / "policies" / "kaspersky-com" / "2013-06-30.md").read_text("utf-8")
    assert "pp-embed" not in version


def test_the_badge_as_data_validates_against_its_schema_and_matches_the_svg(docs, sample_policies):
    import json

    import jsonschema

    schema = json.loads((docs / "api" / "v1" / "schema" / "badge.json").read_text("utf-8"))
    for folder in sorted(sample_policies.iterdir()):
        data = json.loads((docs / "api" / "v1" / "badges" / f"{folder.name}.json").read_text("utf-8"))
        jsonschema.validate(data, schema)
        _, texts = check_badge((docs / "policies" / folder.name / "badge.svg").read_text("utf-8"))
        assert texts == [data["label"], data["message"]]
        assert contrast(data["color"], "#000000") >= 7
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "message": "F"}, schema)
