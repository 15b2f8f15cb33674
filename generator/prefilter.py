"""Find, cheaply, the few sentences a pattern could match, before running it.

Python's regex engine spends ~100 ns per character per pattern when a pattern
starts with ``\\b`` or an alternation, so running ~300 cue patterns over every
sentence of a long policy costs far more than the 10 ms budget. But almost every
cue pattern contains words without which it cannot match. ``requirements`` reads
them out of the compiled pattern (via the regex parser): a tuple of sets of
literal strings, such that any match contains at least one string of *each* set.
``Index`` finds, with plain substring search (fast, in C), the sentences holding
each string; a pattern is then run only on the sentences that hold one string of
every set. The regex still decides: this only skips sentences it could not match.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse


class Term(NamedTuple):
    """A literal string any match must contain, and whether it stands at word edges."""

    text: str
    """Lowercase."""
    word_start: bool
    """A word boundary stands before it (``\\b`` in the pattern)."""
    word_end: bool


Needs = tuple[frozenset[Term], ...]
"""Conjunction of disjunctions: every set must have one of its terms in the text."""

FEW = 60
"""Below this many (sentences left × strings to test), substring tests beat index lookups."""
FEW_WORD_HITS = 8
"""A word in more sentences than this is too common to stand for a longer phrase."""
_ZERO_WIDTH = {sc.AT, sc.ASSERT, sc.ASSERT_NOT}
_REPEATS = {sc.MAX_REPEAT, sc.MIN_REPEAT}
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_NONE: frozenset[int] = frozenset()


def _score(options: frozenset[Term]) -> tuple[int, int]:
    """Longer and fewer words make a better filter."""
    return (min(_quality(o) for o in options), -len(options))


def _best(needs: Needs) -> frozenset[Term] | None:
    return max(needs, key=_score) if needs else None


def _is_boundary(item: tuple) -> bool:
    return item[0] == sc.AT and item[1] == sc.AT_BOUNDARY


def _glued(prefix: str, start: bool, branches: Sequence, after: bool) -> frozenset[Term]:
    """``prefix`` followed by the leading literals of each branch, when every branch has some."""
    options = set()
    for branch in branches:
        lead = []
        for op, arg in branch:
            if op != sc.LITERAL:
                break
            lead.append(chr(arg))
        whole = len(lead) == len(branch)
        options.add(Term((prefix + "".join(lead)).lower(), start, whole and after))
    return frozenset(options)


def _sequence(items: Sequence, before: bool = False, after: bool = False) -> list[frozenset[Term]]:
    needs: list[frozenset[Term]] = []
    run: list[str] = []
    run_start = False
    items = list(items)

    def boundary_at(position: int) -> bool:
        if position < 0:
            return before
        if position >= len(items):
            return after
        return _is_boundary(items[position])

    def close(end: bool) -> None:
        if run:
            needs.append(frozenset({Term("".join(run).lower(), run_start, end)}))
            run.clear()

    for position, (op, arg) in enumerate(items):
        if op == sc.BRANCH and run:
            # The regex parser moves a prefix common to all branches out in front
            # ("sell|sold" -> "s" + "ell|old"): glue it back on to each branch.
            joined = _glued("".join(run), run_start, arg[1], boundary_at(position + 1))
            run.clear()
            if joined:
                needs.append(joined)
        if op == sc.LITERAL:
            if not run:
                run_start = boundary_at(position - 1)
            run.append(chr(arg))
            continue
        if op in _ZERO_WIDTH:
            if _is_boundary((op, arg)) and run:
                close(True)
            continue  # takes no text: literals on both sides stay adjacent
        close(False)
        edges = boundary_at(position - 1), boundary_at(position + 1)
        if op == sc.SUBPATTERN:
            needs.extend(_sequence(arg[-1], *edges))
        elif op == sc.BRANCH:
            options: set[Term] = set()
            for branch in arg[1]:
                best = _best(tuple(_sequence(branch, *edges)))
                if best is None:
                    options = set()
                    break
                options |= best
            if options:
                needs.append(frozenset(options))
        elif op in _REPEATS:
            low, _high, sub = arg
            if low >= 1:
                if list(sub) == [(sc.IN, [(sc.CATEGORY, sc.CATEGORY_DIGIT)])]:
                    needs.append(frozenset({DIGIT}))
                needs.extend(_sequence(sub, edges[0], False))
    close(boundary_at(len(items)))
    return needs


@cache
def requirements(pattern: re.Pattern[str]) -> Needs:
    """Literal strings (lowercase) that any match of ``pattern`` must contain."""
    if not pattern.flags & re.IGNORECASE:
        return ()  # the index is lowercase: only case-insensitive patterns can use it
    return tuple(dict.fromkeys(_sequence(sre_parse.parse(pattern.pattern, pattern.flags))))


def any_of(patterns: Sequence[re.Pattern[str]]) -> Needs:
    """What a match of at least one of ``patterns`` needs (one set, or nothing)."""
    options: set[Term] = set()
    for pattern in patterns:
        best = _best(requirements(pattern))
        if best is None:
            return ()
        options |= best
    return (frozenset(options),) if options else ()


DIGIT = Term("0-9", False, False)
"""Stands for "some digit": required by patterns such as phone numbers."""


@cache
def _plan(term: Term) -> tuple[str, tuple[str, ...]]:
    """How to look a term up: ``words`` (any of these whole words will do, take the
    rarest), ``prefix`` (a word beginning), ``digit`` or ``find`` (substring search)."""
    if term == DIGIT:
        return "digit", ()
    text = term.text
    whole = []
    tokens = list(_WORD.finditer(text))
    for token in tokens:
        # A token is a whole word of the sentence when a non-word character (or a
        # word boundary of the pattern) stands on each side of it.
        left = token.start() > 0 or term.word_start
        right = token.end() < len(text) or term.word_end
        if left and right:
            whole.append(token.group())
    if whole:
        return "words", tuple(whole)
    if tokens and tokens[0].start() == 0 and term.word_start:
        return "prefix", (tokens[0].group(),)
    return "find", (text,)


@cache
def _quality(term: Term) -> int:
    """How selective a term is likely to be: the length of the word it is looked up by."""
    how, keys = _plan(term)
    if how == "words":
        return max(len(k) for k in keys)
    return len(keys[0]) if keys else 1


def _holds(text: str, term: Term) -> bool:
    """Whether one (lowercase) sentence holds a term."""
    if term == DIGIT:
        return _DIGIT.search(text) is not None
    return term.text in text


@cache
def _ordered(needs: Needs) -> Needs:
    return tuple(sorted(needs, key=_score, reverse=True))


class Index:
    """Which sentences hold which terms, for one document.

    Words are indexed once (word -> sentences); a term that is a whole word, or a
    word's beginning, is then a dictionary or sorted-vocabulary lookup. Other terms
    (inside words, or punctuation such as ``@``) fall back to substring search.
    """

    def __init__(self, texts: Sequence[str]):
        self.count = len(texts)
        self.lowered = [t.lower() for t in texts]
        self.words: dict[str, set[int]] = {}
        for number, text in enumerate(self.lowered):
            for word in _WORD.findall(text):
                found = self.words.get(word)
                if found is None:
                    self.words[word] = {number}
                else:
                    found.add(number)
        self.vocabulary = sorted(self.words)
        self._text: str | None = None
        self._starts: list[int] = []
        self._holding: dict[Term, frozenset[int]] = {}
        self._candidates: dict[Needs, list[int]] = {}
        self._holding_any: dict[frozenset[Term], frozenset[int]] = {}

    def holding_any(self, options: frozenset[Term]) -> frozenset[int]:
        """Indexes of the sentences that contain at least one of ``options``."""
        found = self._holding_any.get(options)
        if found is None:
            hits: set[int] = set()
            for term in options:
                hits |= self.holding(term)
            found = self._holding_any[options] = frozenset(hits)
        return found

    def holding(self, term: Term) -> frozenset[int]:
        """Indexes of the sentences that contain ``term`` (a superset when not exact)."""
        found = self._holding.get(term)
        if found is None:
            found = self._holding[term] = frozenset(self._lookup(term))
        return found

    def _lookup(self, term: Term) -> set[int]:
        how, keys = _plan(term)
        if how == "words":
            found = min((self.words.get(k, _NONE) for k in keys), key=len)
            if len(found) > FEW_WORD_HITS and len(term.text) > max(len(k) for k in keys):
                return self._find(term.text)  # a common word: the exact phrase is rarer
            return set(found)
        if how == "prefix":
            return self._prefixed(keys[0])
        if how == "digit":
            return {i for i, text in enumerate(self.lowered) if _DIGIT.search(text)}
        return self._find(keys[0])

    def _prefixed(self, prefix: str) -> set[int]:
        hits: set[int] = set()
        position = bisect_left(self.vocabulary, prefix)
        while position < len(self.vocabulary) and self.vocabulary[position].startswith(prefix):
            hits |= self.words[self.vocabulary[position]]
            position += 1
        return hits

    def _find(self, literal: str) -> set[int]:
        if self._text is None:
            offset = 0
            for text in self.lowered:
                self._starts.append(offset)
                offset += len(text) + 1
            self._text = "\n".join(self.lowered)
        hits = set()
        text, starts, position = self._text, self._starts, 0
        while True:
            position = text.find(literal, position)
            if position < 0:
                break
            sentence = bisect_right(starts, position) - 1
            hits.add(sentence)
            if sentence + 1 >= len(starts):
                break
            position = starts[sentence + 1]  # one hit per sentence is enough
        return hits

    def candidates(self, needs: Needs) -> list[int]:
        """Sentences (in order) that satisfy every set of ``needs``; all when there are none.

        The most selective-looking set is looked up in the index; the others are then
        checked only in the few sentences left, by plain substring tests.
        """
        if not needs:
            return list(range(self.count))
        cached = self._candidates.get(needs)
        if cached is not None:
            return cached
        ordered = _ordered(needs)
        result = set(self.holding_any(ordered[0]))
        for options in ordered[1:]:
            if not result:
                break
            if len(result) * len(options) <= FEW:
                lowered = self.lowered
                result = {i for i in result if any(_holds(lowered[i], term) for term in options)}
            else:
                result &= self.holding_any(options)
        found = self._candidates[needs] = sorted(result)
        return found
