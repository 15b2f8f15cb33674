"""Badges and embeds: a static SVG grade badge and a self-contained card page per policy.

Both are made to be shown on other people's pages. The badge is SVG built with
ElementTree (well-formed by construction), with a ``<title>`` and ``role="img"``
for screen readers and dark text on a light background, so it reads the same
printed in grey. The card is one HTML file with its styles inline and a
Content-Security-Policy that forbids scripts and every outside request, made for
an ``<iframe>``: the grade, the five key answers and a link back.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..files import Deferred
from ..models import PolicyReport
from .paths import api_badge_path, badge_path, card_path, policy_path
from .render import Renderer
from .views import page_url, relative

SVG = "http://www.w3.org/2000/svg"
LABEL = "privacy policy"
GRADE_FILL = {"A": "#b7ebc0", "B": "#d8efb0", "C": "#fff0a8", "D": "#ffd3a6", "E": "#ffb3b3", None: "#e4e4e4"}
"""Light backgrounds under black text: contrast above 12:1 for every grade, colour or not."""
CHAR_WIDTH = 7
"""Average advance of an 11 px sans-serif character, for the badge's width (no font is measured at build time)."""


LABEL_FILL = "#2b2b2b"


def badge_data(letter: str | None) -> dict:
    """The badge as data (``api/v1/schema/badge.json``): what the SVG draws, for badge services and scripts."""
    return {
        "schemaVersion": 1,
        "label": LABEL,
        "message": letter or "not graded",
        "color": GRADE_FILL.get(letter, GRADE_FILL[None]),
        "labelColor": LABEL_FILL,
    }


def badge_svg(name: str, letter: str | None) -> str:
    """The badge: "privacy policy | B" (or "not graded"), with an accessible title naming the organisation."""
    data = badge_data(letter)
    value = data["message"]
    left = len(LABEL) * CHAR_WIDTH + 12
    right = len(value) * CHAR_WIDTH + 14
    width = left + right
    title = f"{name}'s privacy policy: " + (f"grade {letter} (A is best, E is worst)" if letter else "not graded")
    ET.register_namespace("", SVG)
    svg = ET.Element(
        f"{{{SVG}}}svg",
        {"width": str(width), "height": "20", "viewBox": f"0 0 {width} 20", "role": "img",
         "aria-labelledby": "pp-badge-title"},
    )
    ET.SubElement(svg, f"{{{SVG}}}title", {"id": "pp-badge-title"}).text = title
    ET.SubElement(svg, f"{{{SVG}}}rect", {"width": str(left), "height": "20", "fill": data["labelColor"]})
    ET.SubElement(svg, f"{{{SVG}}}rect", {"x": str(left), "width": str(right), "height": "20",
                                         "fill": data["color"]})
    ET.SubElement(svg, f"{{{SVG}}}rect", {"x": "0.5", "y": "0.5", "width": str(width - 1), "height": "19",
                                         "fill": "none", "stroke": LABEL_FILL})
    text = ET.SubElement(svg, f"{{{SVG}}}g", {"font-family": "Verdana,DejaVu Sans,Arial,sans-serif",
                                             "font-size": "11", "text-anchor": "middle", "aria-hidden": "true"})
    ET.SubElement(text, f"{{{SVG}}}text", {"x": str(left / 2), "y": "14", "fill": "#ffffff"}).text = LABEL
    ET.SubElement(text, f"{{{SVG}}}text", {"x": str(left + right / 2), "y": "14", "fill": "#000000",
                                          "font-weight": "bold"}).text = value
    return ET.tostring(svg, encoding="unicode", xml_declaration=False) + "\n"


@dataclass(frozen=True)
class CardAnswer:
    question: str
    short: str
    tone: str
    href: str


def card_html(renderer: Renderer, report: PolicyReport) -> str:
    """The embeddable card: a complete HTML page (no script, no outside request) linking back to the policy."""
    path = card_path(report.slug)
    page = policy_path(report.slug)
    current = report.current
    meta = current.version.meta
    answers = [a for a in renderer.answer_views(current, page, page) if a.key in renderer.card_keys]
    link = renderer.site_url and renderer.site_url + page_url(page)
    return renderer.env.get_template("embed_card.html.j2").render(
        name=meta.name,
        archived=meta.archived,
        grade=current.grade,
        answers=[CardAnswer(a.question, a.short, a.tone, (link or relative(path, page)) + f"#practice-{a.key}")
                 for a in answers],
        policy_href=link or relative(path, page),
    )


def badges_and_cards(renderer: Renderer, reports: list[PolicyReport]) -> dict[str, str | Deferred]:
    """Every policy's badge and card, as ``{path relative to docs/: text}`` (both made when written, and kept
    in the page cache while the policy is unchanged)."""
    files: dict[str, str | Deferred] = {}
    for report in reports:
        meta = report.current.version.meta
        files[badge_path(report.slug)] = renderer.made_from(
            [report], badge_path(report.slug), "badge",
            lambda meta=meta, report=report: badge_svg(meta.name, report.current.grade.letter),
        )  # fmt: skip
        files[card_path(report.slug)] = renderer.made_from(
            [report], card_path(report.slug), "card", lambda report=report: card_html(renderer, report)
        )
        files[api_badge_path(report.slug)] = json.dumps(badge_data(report.current.grade.letter), indent=1) + "\n"
    return files
