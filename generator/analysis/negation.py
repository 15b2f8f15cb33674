"""Negation and clauses: whether a negation word governs a pivot word, and the clause around it.

"We do not sell it, but we share it" negates only the selling: a negation reaches to the end of its
clause. Clause breaks and negation words are the grammar in ``data/rules.yaml`` (``cues.Grammar``);
this module applies them to a sentence's lowercased text, with what would mislead them blanked out
first (bracketed asides, a company name's comma, the "Not" of "Do Not Track", the negation of a
purpose clause). Every character keeps its place, so positions found in one text hold in the other.
"""

from __future__ import annotations

import bisect
import functools
import re

from .cues import Cues


def negated(cues: Cues, text: str, position: int, end: int | None = None) -> bool:
    """Whether a negation word governs the word at ``position``: before it, in the same clause,
    or, when the word ends at ``end``, a negative object right after it ("we collect nothing",
    "we share no personal data")."""
    if end is not None and cues.grammar.negative_object.match(text, end):
        return True
    plain = _negation_text(text)
    start = max(0, position - cues.grammar.lookback)
    # clause breaks are looked for back to the sentence's start: "if" may open a clause that
    # began before the lookback ("If you believe we have not kept to this policy, contact us")
    ends, subordinate = _clause_breaks(cues.grammar.clause_break, cues.grammar.subordinate, plain)
    last = bisect.bisect_right(ends, position) - 1
    if last >= 0:
        clause_start = ends[last]
        comma = plain.find(",", clause_start, position) if subordinate[last] else -1
        # "although we do not sell it, we share it": the negation stays in its clause, which
        # ends at its first comma
        start = max(start, comma + 1 if comma >= 0 else clause_start)
    return cues.grammar.negation.search(plain, start, position) is not None


@functools.lru_cache(maxsize=4096)
def _clause_breaks(breaks: re.Pattern[str], subordinate: re.Pattern[str], text: str) -> tuple[list[int], list[bool]]:
    """Where each clause break of ``text`` ends, and whether it opens a subordinate clause: a
    sentence is read at many words, and its breaks are found once."""
    found = list(breaks.finditer(text))
    return [b.end() for b in found], [subordinate.fullmatch(b.group().strip()) is not None for b in found]


_ASIDE = re.compile(r"\([^()]{0,200}\)")
# the comma of a company's name ("Acme, Inc. has not ...") ends no clause
_COMPANY_COMMA = re.compile(r",(?=\s*(?:inc|llc|l\.l\.c|ltd|corp|plc|gmbh|llp|s\.a)\b)", re.IGNORECASE)
# a purpose clause before the main one ("so that others cannot view it, contact us at ..."): its
# negation is about the others, and stays in it
_PURPOSE_CLAUSE = re.compile(r"\bso that\b[^,;:.]{0,80},")
_PURPOSE_NEGATION = re.compile(r"n[o']t\b|\bnever\b|\bno\b")


def _without_negation(found: re.Match[str]) -> str:
    return _PURPOSE_NEGATION.sub(lambda word: " " * len(word.group()), found.group())


# "this does not include trusted third parties who assist us": the parties are the exception to a promise
# made before, and what they do is affirmed, not denied
_EXCEPTED_PARTIES = re.compile(
    r"\b(?:does|do) (not) include (?:(?:our|any|the|trusted|certain|website|web ?site) ){0,2}"
    r"(?:third[- ]part(?:y|ies)|(?:hosting )?partners|service providers|vendors|contractors|agents)\b"
)


def _without_exception_negation(found: re.Match[str]) -> str:
    """The match with its "not" (group 1) blanked out, character for character."""
    head = found.start(1) - found.start()
    return found.group()[:head] + "   " + found.group()[head + 3 :]


_DO_NOT_TRACK = re.compile(r"\bdo[- ]not[- ]track\b")
_SIGNAL_BEFORE = re.compile(r"(?:^|\b(?:the|a|an|any|your|browser's|such|these|those|of|to|for|with|and|or)\s+|[\"“‘'(]\s*)$")
_SIGNAL_AFTER = re.compile(
    r"[\"”’')]|\s+(?:\(|signals?|requests?|settings?|browser|feature|preferences?|mechanisms?|standards?|headers?|options?"
    r"|instructions?|technolog(?:y|ies)|polic(?:y|ies)|dnt|we|our)\b"
)


@functools.lru_cache(maxsize=4096)
def _negation_text(text: str) -> str:
    """``text`` as negation is looked for in it (one cached call per sentence: ``negated`` runs at many
    words): bracketed asides blanked out, the comma of a company's name ("If Acme, Inc. has not ...,
    contact us") so that it does not end an "if" clause early, and the "not" of the signal's name "Do
    Not Track" too, since "we support the Do Not Track setting" denies nothing, while "we do not track
    you" still does; the negation of a purpose clause that ends at a comma ("so that others cannot
    view it, contact us"); and the "not" of "this does not include trusted third parties", an exception to a
    promise made before, not a denial of what those parties do. Every character keeps its place."""
    text = _without_asides(text)
    if "," in text:
        text = _COMPANY_COMMA.sub(" ", text)
        if "so that" in text:
            text = _PURPOSE_CLAUSE.sub(_without_negation, text)
    if "not include" in text:
        text = _EXCEPTED_PARTIES.sub(_without_exception_negation, text)
    if "not track" not in text and "not-track" not in text:
        return text
    for found in _DO_NOT_TRACK.finditer(text):
        if _SIGNAL_BEFORE.search(text, 0, found.start()) or _SIGNAL_AFTER.match(text, found.end()):
            not_at = found.start() + 3
            text = text[:not_at] + "   " + text[not_at + 3 :]
    return text


@functools.lru_cache(maxsize=4096)
def _without_asides(text: str) -> str:
    """``text`` with each bracketed aside blanked out, character for character: "your data
    (name, e-mail) is not shared" is one clause, and "(name, e-mail)" breaks nothing."""
    if "(" not in text:
        return text
    return _ASIDE.sub(lambda found: " " * len(found.group()), text)


def clause_of(cues: Cues, text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the clause break before it to the one after it."""
    begin, finish = 0, len(text)
    for found in cues.grammar.clause_break.finditer(_without_asides(text)):
        if found.end() <= start:
            begin = found.end()
        elif found.start() >= end:
            finish = found.start()
            break
    return text[begin:finish]
