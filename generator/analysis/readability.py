"""Readability figures for a policy text, computed with textstat.

textstat is pinned to 0.7.8: later releases fetch NLTK data on first use and
fail without network; 0.7.8 works offline (tests/test_readability.py proves it).

The two Flesch scores are textstat's, with one difference in how they are reached:
textstat counts the syllables of a whole text word by word, looking each word up
again in the pronunciation dictionary (about 12 ms for a 3,000-word policy, most of
the time a policy's summary takes). A policy repeats the same few thousand words, so
the count of each distinct word is kept (``_syllables``, textstat's own count of that
word) and summed; the scores are then textstat's formulas on textstat's word and
sentence counts. A test holds them equal to ``textstat.flesch_reading_ease`` and
``textstat.flesch_kincaid_grade`` on every bundled policy.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from textstat.backend import counts
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE
from textstat.backend.utils import get_lang_cfg

from ..models import Document, Readability

WORDS_PER_MINUTE = 200
"""An adult's silent reading speed for dense prose; reading time is words / this."""

LANGUAGE = "en_US"
"""textstat's default language, which its module-level functions use."""


def measure(document: Document) -> Readability:
    text = "\n".join(p.text for p in document.paragraphs if p.kind != "heading")
    words = document.word_count
    if not text.strip():
        return Readability(0, 0, 0.0, 0.0)
    reading_ease, grade_level = flesch_scores(text)
    return Readability(
        words=words,
        minutes=max(1, -(-words // WORDS_PER_MINUTE)),
        flesch_reading_ease=round(float(reading_ease), 1),
        grade_level=round(float(grade_level), 1),
    )


def flesch_scores(text: str) -> tuple[float, float]:
    """``(textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text))``, with the
    syllables counted once per distinct word."""
    # textstat's words (``counts.count_words``, ``selections.list_words``): its punctuation removed
    # with its own two patterns, compiled here once (textstat passes them as strings on every call)
    words = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).lower().split()
    word_count = len(words)  # lowercasing makes no whitespace: the same split as textstat's count
    sentences = _sentence_count(text)
    sentence_length = word_count / sentences if sentences else 0.0
    syllables = sum(map(_syllables, words))
    per_word = syllables / word_count if word_count else 0.0
    if sentence_length == 0 or per_word == 0:
        return 0.0, 0.0
    reading_ease = (
        get_lang_cfg(LANGUAGE, "fre_base")
        - get_lang_cfg(LANGUAGE, "fre_sentence_length") * sentence_length
        - get_lang_cfg(LANGUAGE, "fre_syll_per_word") * per_word
    )
    grade_level = (0.39 * sentence_length) + (11.8 * per_word) - 15.59
    return reading_ease, grade_level


_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
_NONCONTRACTION_APOSTROPHE = re.compile(RE_NONCONTRACTION_APOSTROPHE)
_PUNCTUATION = re.compile(r"[^\w\s\']")
_WORD_CHARACTER = re.compile(r"\w")


def _sentence_count(text: str) -> int:
    """``textstat.counts.count_sentences(text)``: its sentences, less those of two words or fewer.

    textstat counts each sentence's words by removing its punctuation with two substitutions
    (a third of the readability figures' time). Removing punctuation keeps word characters and
    whitespace, so a sentence with three pieces that hold a word character has three words or
    more; only the others are counted textstat's way.
    """
    if not text:
        return 0
    sentences = _SENTENCE.findall(text)
    short = 0
    for sentence in sentences:
        pieces = sentence.split()
        if len(pieces) <= 2:
            short += 1  # removing punctuation never makes more words
        elif len(list(islice(filter(_WORD_CHARACTER.search, pieces), 3))) < 3 and counts.count_words(sentence) <= 2:
            short += 1
    return max(1, len(sentences) - short)


@lru_cache(maxsize=1 << 16)
def _syllables(word: str) -> int:
    return counts.count_syllables(word, LANGUAGE)
