"""Which language a policy is written in, from the share of common function words.

A small stop-word list per language (``data/stopwords.yaml``) is enough to tell
English from the languages archived policies come in; a text with too few words
to judge counts as English, so a one-line policy is still analysed.
"""

from __future__ import annotations

import re
from functools import cache

from ..schemas import StopwordsFile, checked_yaml

MIN_WORDS = 40
"""Below this many words the guess is unreliable: call it English."""
MIN_SHARE = 0.12
"""A language must account for this share of the words to be chosen over English."""
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def stop_words() -> dict[str, frozenset[str]]:
    raw = checked_yaml("data/stopwords.yaml", StopwordsFile)
    return {lang: frozenset(w.lower() for w in words.split()) for lang, words in raw.items()}


@cache
def _languages_by_word() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages that list it: one lookup per word of the text."""
    languages: dict[str, list[str]] = {}
    for lang, vocab in stop_words().items():
        for word in vocab:
            languages.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in languages.items()}


def detect_language(text: str, *, limit: int = 400) -> str:
    """Two-letter code of the text's language (``en`` when unsure).

    Args:
        text: plain text; only its first ``limit`` words are read.

    Returns:
        The language whose function words cover the largest share of the words.
    """
    words = _WORD.findall(text.lower())[:limit]
    if len(words) < MIN_WORDS:
        return "en"
    hits = dict.fromkeys(stop_words(), 0)
    languages_of = _languages_by_word()
    for languages in filter(None, map(languages_of.get, words)):
        for lang in languages:
            hits[lang] += 1
    shares = {lang: found / len(words) for lang, found in hits.items()}
    best = max(shares, key=shares.__getitem__)
    if best != "en" and shares[best] >= MIN_SHARE and shares[best] > 1.5 * shares.get("en", 0.0):
        return best
    return "en"
