"""Sentence splitting tuned for policy prose.

Measured alternatives: pysbd and syntok give similar boundaries on policy text
but cost 10-100x more time per policy; this splitter keeps analysis of a
2,000-word policy within a few milliseconds. It splits after ., ! or ? (and any
closing quotes or brackets) when the next word starts like a sentence, unless the
period ends a known abbreviation or a single initial. A list that Markdown read as part of
the paragraph before it (its items indented four spaces after prose) is cut at its bullets:
each item is a sentence of its own. A paragraph typed as lines (each ended by a hard break) is cut
at a line that ends a sentence or at a line that opens an item ("2.To stop ...").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..models import Sentence

# Possessive quantifiers and the look-behind make this linear: a match can only start at
# the first mark of a run, and a run is never re-scanned (a run of 40,000 dots took 38 s).
_CANDIDATE = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"(\S+)$")
_INLINE_ITEM = re.compile(r"(?:(?<=[.;:!?])|(?<=[;:] and)|(?<=[;:] or)) [*\u2022\u00b7] (?=\S)")
"""A bullet inside a paragraph: the items of a list whose lines Markdown read as one paragraph
(indented four spaces after prose, they continue it). Each item is a sentence of its own, the
bullet in none."""
_INITIAL = re.compile(r"[a-z]")

MAX_SENTENCE_CHARS = 1000
"""Longer "sentences" are cut (at a space when there is one) before the analyzer sees them.

The longest sentence in the bundled policies has 786 characters. The cap bounds the
cost of every cue pattern per sentence, whatever a hostile text contains (a 1 MB
line with no full stop would otherwise be one sentence).
"""


@cache
def _abbreviations() -> frozenset[str]:
    text = resources.files("generator").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def split_sentences(text: str, breaks: tuple[int, ...] = ()) -> tuple[Sentence, ...]:
    """Split a paragraph's plain text into sentences with their offsets.

    ``breaks`` are the offsets where a hard line break started a new line: a new sentence starts
    there when the line before ended one (".", "!" or "?" after a word that is no abbreviation or
    initial) or the new line opens with an item's number, letter or dash ("2.To stop receiving
    ...", "b. Security"). Other lines (an address under "write to us at:", a title over its text)
    run on.
    """
    cuts = [b for b in breaks if _starts_sentence(text, b)]
    sentences: list[Sentence] = []
    start = 0
    for cut in cuts:
        sentences.extend(_split(text, start, cut))
        start = cut
    sentences.extend(_split(text, start, len(text)))
    return tuple(sentences)


_LINE_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_LINE_OPENS_ITEM = re.compile(r"(?:\d{1,2}|[a-zA-Z])[.)]\s?\S|[-*\u2022\u00b7]\s")


def _starts_sentence(text: str, position: int) -> bool:
    if _LINE_OPENS_ITEM.match(text, position):
        return True
    ending = _LINE_ENDS_SENTENCE.search(text, max(0, position - 8), position)
    # "6755 Main St.", "Suite 4 B." at a line's end: an abbreviation or an initial, an address going on
    return ending is not None and not (text[ending.start()] == "." and _abbreviation_before(text, 0, ending.start()))


def _abbreviation_before(text: str, start: int, period: int) -> bool:
    """Whether the period at ``period`` closes an abbreviation or an initial ("Inc.", "J.") rather
    than a sentence; the word is looked for from ``start`` on."""
    word = _LAST_WORD.search(text, max(start, period - 40), period)
    token = word.group(1).lower().lstrip("(\"'“‘") if word else ""
    return token in _abbreviations() or _INITIAL.fullmatch(token) is not None


def _split(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of ``text[start:end]``, offsets in ``text``."""
    sentences: list[Sentence] = []
    # looked for once: a paragraph of many sentences must not be searched again for each of them
    part = text[start:end]
    items = "* " in part or "\u2022" in part or "\u00b7" in part
    cut = _items if items else _pieces
    for match in _CANDIDATE.finditer(text, start, end):
        if match.group().startswith(".") and _abbreviation_before(text, start, match.start()):
            continue
        stop = match.end()
        sentences.extend(cut(text, start, stop))
        start = stop
    sentences.extend(cut(text, start, end))
    return sentences


def _items(text: str, start: int, end: int) -> list[Sentence]:
    """``_pieces`` of the sentence ``text[start:end]``, cut at its inline list items."""
    pieces = []
    for bullet in _INLINE_ITEM.finditer(text, start, end):
        pieces.extend(_pieces(text, start, bullet.start()))
        start = bullet.end()
    pieces.extend(_pieces(text, start, end))
    return pieces


def _pieces(text: str, start: int, end: int) -> list[Sentence]:
    """The sentence ``text[start:end]``, stripped and cut into pieces of at most MAX_SENTENCE_CHARS."""
    pieces = []
    while start < end:
        if text[start].isspace():
            start += 1
            continue
        stop = end
        if end - start > MAX_SENTENCE_CHARS:
            space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            stop = space if space > start else start + MAX_SENTENCE_CHARS
        piece = text[start:stop].rstrip()
        if piece:
            pieces.append(Sentence(piece, start))
        start = stop
    return pieces
