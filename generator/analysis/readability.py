"""Readability figures for a policy text, computed with textstat.

textstat is pinned to 0.7.8: later releases fetch NLTK data on first use and
fail without network; 0.7.8 works offline (tests/test_readability.py proves it).
"""

from __future__ import annotations

import textstat

from ..models import Document, Readability

WORDS_PER_MINUTE = 200
"""An adult's silent reading speed for dense prose; reading time is words / this."""


def measure(document: Document) -> Readability:
    text = "\n".join(p.text for p in document.paragraphs if p.kind != "heading")
    words = document.word_count
    if not text.strip():
        return Readability(0, 0, 0.0, 0.0)
    return Readability(
        words=words,
        minutes=max(1, -(-words // WORDS_PER_MINUTE)),
        flesch_reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
        grade_level=round(float(textstat.flesch_kincaid_grade(text)), 1),
    )
