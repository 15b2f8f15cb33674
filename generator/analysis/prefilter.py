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
from functools import cache, reduce
from itertools import repeat
from operator import and_, or_
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

FEW = 4
"""With this many sentences left or fewer, a set of needs is checked by substring tests."""
BRANCH_SETS = 2
"""At most this many sets of needs are read out of one alternation."""
_ZERO_WIDTH = {sc.AT, sc.ASSERT, sc.ASSERT_NOT}
_REPEATS = {sc.MAX_REPEAT, sc.MIN_REPEAT}
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_ZEROS = repeat(0)
"""Default of every lookup in ``map(masks.get, words, _ZEROS)``."""
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
def _plan(term: Term) -> tuple[str, tuple[str, ...]]:
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


Plan = tuple[str, tuple[str, ...]]


class Lookup(NamedTuple):
    """One set of ``needs``, ready to look up in a document's index."""

    words: tuple[str, ...]
    """Its terms that are one whole word: a dictionary lookup each (most terms are)."""
    phrases: tuple[tuple[str, ...], ...]
    """Its terms of several whole words, every one of which the sentence must hold."""
    others: tuple[Plan, ...]
    """Its other terms' plans: looked up once per document, at some cost."""
    texts: tuple[str, ...]
    """Every term's literal text, for a plain substring test on a few sentences."""


@cache
def _compiled(needs: Needs) -> tuple[Lookup, ...]:
    """``needs`` as lookups: the sets made only of whole words first, then the most
    selective first, so that cheap lookups often leave nothing for the costly ones."""
    compiled = []
    for options in needs:
        plans = list(dict.fromkeys(_plan(term) for term in options))
        words = tuple(keys[0] for how, keys in plans if how == "words" and len(keys) == 1)
        phrases = tuple(keys for how, keys in plans if how == "words" and len(keys) > 1)
        others = tuple(plan for plan in plans if plan[0] != "words")
        texts = tuple(term.text for term in options) if DIGIT not in options else ()
        compiled.append((bool(others), _score(options), Lookup(words, phrases, others, texts)))
    compiled.sort(key=lambda entry: (entry[0], (-entry[1][0], -entry[1][1])))
    return tuple(entry[2] for entry in compiled)


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
    ands and ors of ``candidates`` run in C. Words are indexed once (word -> mask); a
    term made of whole words is the *and* of their masks, a word's beginning the *or*
    of the words that begin so. Other terms (inside words, or punctuation such as
    ``@``) fall back to substring search.
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
        self._vocabulary: list[str] | None = None
        self._sorted: list[str] | None = None
        self._reversed: list[str] | None = None
        self._vocabulary_text = ""
        self._vocabulary_starts: list[int] = []
        self._term: dict[Plan, int] = {}
        self._candidates: dict[Needs, list[int]] = {}

    def _mask(self, plan: Plan) -> int:
        found = self._term.get(plan)
        if found is None:
            found = self._term[plan] = self._lookup(*plan)
        return found

    def _lookup(self, how: str, keys: tuple[str, ...]) -> int:
        if how == "words":
            masks = self.masks
            found = -1
            for key in keys:
                found &= masks.get(key, 0)
            return found
        if how == "prefix":
            return self._prefixed(keys[0])
        if how == "suffix":
            return self._suffixed(keys[0])
        if how == "inside":
            return self._words_around(keys[0])
        if how == "digit":
            # a digit is always part of a word: the document's distinct words, not its sentences, are searched
            found = 0
            for word, mask in self.masks.items():
                if not word.isalpha() and _DIGIT.search(word):
                    found |= mask
            return found
        return sum(1 << i for i, text in enumerate(self.lowered) if keys[0] in text)

    def _prefixed(self, prefix: str) -> int:
        """Sentences with a word that begins with ``prefix``: a range of the sorted vocabulary."""
        if self._sorted is None:
            self._sorted = sorted(self.masks)
        vocabulary, masks, found = self._sorted, self.masks, 0
        position = bisect_left(vocabulary, prefix)
        while position < len(vocabulary) and vocabulary[position].startswith(prefix):
            found |= masks[vocabulary[position]]
            position += 1
        return found

    def _suffixed(self, suffix: str) -> int:
        """Sentences with a word that ends with ``suffix``: a range of the sorted reversed vocabulary."""
        if self._reversed is None:
            self._reversed = sorted(word[::-1] for word in self.masks)
        vocabulary, masks, found = self._reversed, self.masks, 0
        backwards = suffix[::-1]
        position = bisect_left(vocabulary, backwards)
        while position < len(vocabulary) and vocabulary[position].startswith(backwards):
            found |= masks[vocabulary[position][::-1]]
            position += 1
        return found

    def _words_around(self, piece: str) -> int:
        """Sentences with a word holding ``piece`` (``\\n`` marks a word's edge), found in
        the document's list of distinct words: a common word costs one hit, not one per sentence."""
        if self._vocabulary is None:
            self._vocabulary = list(self.masks)
            self._vocabulary_text = "\n" + "\n".join(self._vocabulary) + "\n"
            offset = 0
            for word in self._vocabulary:
                self._vocabulary_starts.append(offset)
                offset += len(word) + 1
        text, starts, masks, words = self._vocabulary_text, self._vocabulary_starts, self.masks, self._vocabulary
        found, position = 0, 0
        while True:
            position = text.find(piece, position)
            if position < 0:
                return found
            number = bisect_right(starts, position) - 1
            found |= masks[words[number]]
            if number + 1 >= len(starts):
                return found
            position = starts[number + 1]  # the next word

    def candidates(self, needs: Needs) -> list[int]:
        """Sentences (in order) that satisfy every set of ``needs``; all when there are none."""
        if not needs:
            return list(range(self.count))
        found = self._candidates.get(needs)
        if found is None:
            mask = (1 << self.count) - 1
            get = self.masks.get
            for lookup in _compiled(needs):
                if lookup.others and lookup.texts and mask.bit_count() <= FEW:
                    # a few sentences left: testing them costs less than a lookup
                    lowered = self.lowered
                    for number in members(mask):
                        if not any(text in lowered[number] for text in lookup.texts):
                            mask ^= 1 << number
                    continue
                either = reduce(or_, map(get, lookup.words, _ZEROS), 0)  # the loop runs in C
                for keys in lookup.phrases:
                    either |= reduce(and_, map(get, keys, _ZEROS), -1)
                for plan in lookup.others:
                    either |= self._mask(plan)
                mask &= either
                if not mask:
                    break
            found = self._candidates[needs] = members(mask)
        return found
