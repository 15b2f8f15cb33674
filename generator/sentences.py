"""Sentence splitting tuned for policy prose.

Measured alternatives: pysbd and syntok give similar boundaries on policy text
but cost 10-100x more time per policy; this splitter keeps analysis of a
2,000-word policy within a few milliseconds. It splits after ., ! or ? (and any
closing quotes or brackets) when the next word starts like a sentence, unless the
period ends a known abbreviation or a single initial.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .models import Sentence

_CANDIDATE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"(\S+)$")


@cache
def _abbreviations() -> frozenset[str]:
    text = resources.files("generator").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split a paragraph's plain text into sentences with their offsets."""
    abbreviations = _abbreviations()
    sentences: list[Sentence] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group().startswith("."):
            word = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
            token = word.group(1).lower().lstrip("(\"'“‘") if word else ""
            if token in abbreviations or re.fullmatch(r"[a-z]", token):
                continue
        end = match.end()
        piece = text[start:end].strip()
        if piece:
            sentences.append(Sentence(piece, start + _leading_space(text, start)))
        start = end
    piece = text[start:].strip()
    if piece:
        sentences.append(Sentence(piece, start + _leading_space(text, start)))
    return tuple(sentences)


def _leading_space(text: str, start: int) -> int:
    return len(text[start:]) - len(text[start:].lstrip())
