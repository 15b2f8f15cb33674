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
from collections.abc import Iterable, Sequence
from functools import cache, reduce
from operator import and_, or_
from typing import NamedTuple

from .word_terms import WORD_TERMS, Plan

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

BRANCH_SETS = 2
"""At most this many sets of needs are read out of one alternation."""
_ZERO_WIDTH = {sc.AT, sc.ASSERT, sc.ASSERT_NOT}
_REPEATS = {sc.MAX_REPEAT, sc.MIN_REPEAT}
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_NOT_WORD = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")})


def _words(text: str) -> list[str]:
    """``\\w+`` tokens; for ASCII text the same tokens by translate and split, twice as fast."""
    return text.translate(_NOT_WORD).split() if text.isascii() else _WORD.findall(text)


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


def _edge_is_non_word(items: Sequence, step: int) -> bool:
    """Whether the last (``step`` -1) or first (``step`` 1) character of ``items`` is a literal
    non-word character, looking into groups."""
    items = list(items)
    if not items:
        return False
    op, arg = items[-1] if step < 0 else items[0]
    if op == sc.SUBPATTERN:
        return _edge_is_non_word(arg[-1], step)
    return op == sc.LITERAL and not (chr(arg).isalnum() or chr(arg) == "_")


def _is_digit_class(members: list) -> bool:
    """Whether a character class is the digits: ``\\d`` or ``[0-9]``."""
    return members in ([(sc.CATEGORY, sc.CATEGORY_DIGIT)], [(sc.RANGE, (ord("0"), ord("9")))])


def _sequence(items: Sequence, before: bool = False, after: bool = False) -> list[frozenset[Term]]:
    needs: list[frozenset[Term]] = []
    run: list[str] = []
    run_start = False
    items = list(items)

    def boundary_at(position: int, step: int = 0) -> bool:
        """Whether a word edge stands at item ``position``; ``step`` -1 (1) looks through an
        optional group that ends (starts) with a non-word character: "\\b(?:site )?usage"."""
        if position < 0:
            return before
        if position >= len(items):
            return after
        op, arg = items[position]
        if step and op in _REPEATS and arg[0] == 0 and _edge_is_non_word(arg[2], step):
            return boundary_at(position + step, step)
        return _is_boundary((op, arg))

    def close(end: bool) -> None:
        if run:
            needs.append(frozenset({Term("".join(run).lower(), run_start, end)}))
            run.clear()

    for position, (op, arg) in enumerate(items):
        if op == sc.BRANCH and run:
            # The regex parser moves a prefix common to all branches out in front
            # ("sell|sold" -> "s" + "ell|old"): glue it back on to each branch.
            joined = _glued("".join(run), run_start, arg[1], boundary_at(position + 1, 1))
            run.clear()
            if joined:
                needs.append(joined)
        if op == sc.LITERAL:
            if not run:
                run_start = boundary_at(position - 1, -1)
            run.append(chr(arg))
            continue
        if op in _ZERO_WIDTH:
            if _is_boundary((op, arg)) and run:
                close(True)
            continue  # takes no text: literals on both sides stay adjacent
        close(False)
        edges = boundary_at(position - 1, -1), boundary_at(position + 1, 1)
        if op == sc.SUBPATTERN:
            needs.extend(_sequence(arg[-1], *edges))
        elif op == sc.BRANCH:
            # every branch needs all of its sets, so one set from each, joined, is needed: the
            # best of each, then the second best of each... (a branch short of sets repeats its last)
            ranked = [sorted(_sequence(branch, *edges), key=_score, reverse=True) for branch in arg[1]]
            if all(ranked):
                for rank in range(min(BRANCH_SETS, max(map(len, ranked)))):
                    needs.append(frozenset().union(*(sets[min(rank, len(sets) - 1)] for sets in ranked)))
        elif op == sc.IN and _is_digit_class(arg):
            needs.append(frozenset({DIGIT}))  # a lone digit, as in a postcode
        elif op in _REPEATS:
            low, _high, sub = arg
            if low >= 1:
                if len(sub) == 1 and sub[0][0] == sc.IN and _is_digit_class(sub[0][1]):
                    needs.append(frozenset({DIGIT}))
                needs.extend(_sequence(sub, edges[0], False))
    close(boundary_at(len(items)))
    return needs


@cache
def requirements(pattern: re.Pattern[str]) -> Needs:
    """Literal strings (lowercase) that any match of ``pattern`` must contain."""
    # Terms are lowercased, as the index is: a match of a case-sensitive pattern in a
    # text still holds the lowercased literal in the lowercased text.
    return tuple(dict.fromkeys(_sequence(sre_parse.parse(pattern.pattern, pattern.flags))))


def any_of(patterns: Sequence[re.Pattern[str]]) -> Needs:
    """What a match of at least one of ``patterns`` needs: every set of a single pattern's needs;
    for several, one set (the best of each pattern's, joined), or nothing."""
    if len(patterns) == 1:
        return requirements(patterns[0])
    options: set[Term] = set()
    for pattern in patterns:
        best = _best(requirements(pattern))
        if best is None:
            return ()
        options |= best
    return (frozenset(options),) if options else ()


DIGIT = Term("0-9", False, False)
"""Stands for "some digit": required by patterns such as phone numbers."""


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when ``text`` (lowercase) lacks a literal every match of ``pattern`` needs:
    a few substring tests, in C, instead of running the pattern over a long text."""
    for options in requirements(pattern):
        if not any(_DIGIT.search(text) if term == DIGIT else term.text in text for term in options):
            return False
    return True


@cache
def _plan(term: Term) -> Plan:
    """How to look a term up in a document's index.

    - ``words``: every one of these whole words is in the sentence;
    - ``prefix`` / ``suffix`` / ``inside``: some word of the sentence begins with,
      ends with or contains this string;
    - ``digit``: the sentence has a digit; ``find``: substring search in the sentences
      (a term with no word characters, such as ``@``).
    """
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
    if not tokens:
        return "find", (text,)
    # No whole word: the longest piece that begins or ends a word, or lies inside one.
    first, last = tokens[0], tokens[-1]
    if first.start() > 0 or term.word_start:
        return "prefix", (first.group(),)
    if len(tokens) > 1 and len(last.group()) >= len(first.group()):
        return "prefix", (last.group(),)
    if last.end() < len(text) or term.word_end:
        return "suffix", (last.group(),)
    if len(tokens) > 1:
        return "suffix", (first.group(),)
    return "inside", (first.group(),)


@cache
def _quality(term: Term) -> int:
    """How selective a term is likely to be: the length of the word it is looked up by."""
    how, keys = _plan(term)
    if how == "words":
        return max(len(k) for k in keys)
    return len(keys[0]) if keys else 1


class Lookup(NamedTuple):
    """One set of ``needs``, ready to look up in a document's index."""

    terms: tuple[int, ...]
    """Its terms looked up by word (``word_terms``): the or of their masks."""
    phrases: tuple[tuple[int, ...], ...]
    """Its terms of several whole words (each word's term number): every one must be there."""
    found: tuple[str, ...]
    """Its terms without word characters (such as ``@``): substring search in the sentences."""


@cache
def _compiled(needs: Needs) -> tuple[Lookup, ...]:
    """``needs`` as lookups, the most selective first, so that a set no sentence meets
    often leaves nothing for the rest."""
    number = WORD_TERMS.number
    compiled = []
    for options in needs:
        plans = list(dict.fromkeys(_plan(term) for term in options))
        terms, phrases, found = [], [], []
        for plan in plans:
            how, keys = plan
            if how == "words" and len(keys) > 1:
                phrases.append(tuple(number(("words", (key,))) for key in keys))
            elif how == "find":
                found.append(keys[0])
            else:
                terms.append(number(plan))
        lookup = Lookup(tuple(terms), tuple(phrases), tuple(found))
        compiled.append((bool(found), _score(options), lookup))
    compiled.sort(key=lambda entry: (entry[0], (-entry[1][0], -entry[1][1])))
    return tuple(entry[2] for entry in compiled)


def prepare_lookups(needs: Iterable[Needs]) -> None:
    """Compile (and so number the terms of) every set of needs that will be looked up."""
    for one in needs:
        _compiled(one)


def members(mask: int) -> list[int]:
    """The positions of the set bits of ``mask``, lowest first."""
    found = []
    while mask:
        lowest = mask & -mask
        found.append(lowest.bit_length() - 1)
        mask ^= lowest
    return found


class Index:
    """Which sentences hold which terms, for one document.

    A set of sentences is a bit mask (an ``int``: bit *i* is sentence *i*), so the
    ands and ors of ``candidates`` run in C. Words are indexed once (word -> mask); the
    masks of every term looked up by word (a whole word, a word's beginning, end or a
    piece inside it) are made in one pass over the document's distinct words
    (``word_terms``); terms without word characters (``@``) fall back to substring search.
    """

    def __init__(self, texts: Sequence[str]):
        self.count = len(texts)
        self.lowered = [t.lower() for t in texts]
        masks: dict[str, int] = {}
        get = masks.get
        for number, text in enumerate(self.lowered):
            bit = 1 << number
            for word in _words(text):  # a repeated word sets the same bit again: cheaper than a set
                masks[word] = get(word, 0) | bit
        self.masks = masks
        self._term_masks: list[int] = []
        self._found: dict[str, int] = {}
        self._candidates: dict[Needs, list[int]] = {}

    def _substring(self, text: str) -> int:
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = sum(1 << i for i, sentence in enumerate(self.lowered) if text in sentence)
        return found

    def candidates(self, needs: Needs) -> list[int]:
        """Sentences (in order) that satisfy every set of ``needs``; all when there are none."""
        if not needs:
            return list(range(self.count))
        found = self._candidates.get(needs)
        if found is None:
            lookups = _compiled(needs)
            if len(self._term_masks) != len(WORD_TERMS.numbers):  # first use, or terms registered since
                self._term_masks = WORD_TERMS.masks(self.masks)
            term = self._term_masks.__getitem__
            mask = (1 << self.count) - 1
            for lookup in lookups:
                either = reduce(or_, map(term, lookup.terms), 0)  # the loop runs in C
                for numbers in lookup.phrases:
                    either |= reduce(and_, map(term, numbers), -1)
                for text in lookup.found:
                    either |= self._substring(text)
                mask &= either
                if not mask:
                    break
            found = self._candidates[needs] = members(mask)
        return found
