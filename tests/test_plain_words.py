"""The site's own sentences read at or below US school grade 8 (textstat's Flesch-Kincaid grade).

Measured on the built pages, without the policies' own words (full text, quotes,
diffs): what the site writes is what it can keep plain.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat

from .plain_words import own_words

GRADE_LIMIT = 8.0

PAGE_KINDS = {
    "home": ["index.html"],
    "policy list": ["policies/index.html"],
    "policy pages": ["policies/*/index.html"],
    "history pages": ["policies/*/history/index.html"],
    "recent changes": ["changes/index.html"],
    "compare": ["compare/index.html"],
    "practice pages": ["practices/index.html", "practices/*/index.html"],
    "methodology": ["methodology/index.html"],
    "not found": ["404.html"],
}


def test_own_words_leave_out_the_policy_text():
    page = (
        '<article><h1>Acme</h1><p>It sells your data.</p><blockquote class="pp-quote"><p>We hereby '
        'notwithstanding</p></blockquote><div class="pp-fulltext"><p>Pursuant to</p></div>'
        "<table><tr><td>Acme</td></tr></table></article>"
    )
    assert own_words(page) == "It sells your data."


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_the_sites_own_sentences_read_at_grade_8_or_below(built_site: Path, kind: str):
    site = built_site / "site"
    pages = [path for pattern in PAGE_KINDS[kind] for path in sorted(site.glob(pattern))]
    assert pages, f"no {kind} in the built site"
    text = " ".join(own_words(path.read_text("utf-8")) for path in pages)
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= GRADE_LIMIT, f"{kind}: US school grade {grade:.1f} ({len(text.split())} words)"
