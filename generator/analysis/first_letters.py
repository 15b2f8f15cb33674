"""A first test that lets the regex engine pass over most places a cue pattern cannot match.

Python's ``re`` jumps straight to the places where a match can begin only when a pattern opens
on a literal or a set of characters. Most cue patterns open on ``\\b``, a lookbehind
(``(?<!non-)``) or a long alternation instead, and the engine then tries every alternative at
every position of the sentence: the widest pattern (kinds of contractor, some sixty
alternatives) cost about 15 microseconds a sentence. Put in front of such a pattern, a
lookahead of the characters its matches can begin with, ``(?=[abc])``, makes most positions
fail on one test. The matches are the same: the lookahead takes no text and only rules out
positions where no match could begin.

A pattern the engine already scans ahead for (one that opens on a literal, a set or ``^``) is
left alone: there the lookahead is an extra test at every position it already skips.
"""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse

MAX_LETTERS = 20
"""A set of more first characters than this rules out too few positions to pay for itself."""

_DIGITS = frozenset("0123456789")


def with_first_letters(text: str) -> re.Pattern[str]:
    """``text`` compiled, led by a lookahead of the characters its matches begin with when that helps."""
    tree = sre_parse.parse(text)
    parsed = list(tree)
    # a pattern that ignores case (an inline "(?i)") would need both cases of every letter
    if parsed and not tree.state.flags & re.IGNORECASE and not _engine_scans_ahead(parsed):
        letters = _first(parsed)
        if letters and len(letters) <= MAX_LETTERS:
            ahead = "".join(re.escape(letter) for letter in sorted(letters))
            text = f"(?=[{ahead}])(?:{text})"
    return re.compile(text)


_LED = re.compile(r"\(\?=\[(?:\\.|[^\]\\])+\]\)\(\?:(.*)\)", re.DOTALL)


def as_written(pattern: re.Pattern[str]) -> str:
    """The pattern's text without the lookahead ``with_first_letters`` put in front of it."""
    led = _LED.fullmatch(pattern.pattern)
    return led.group(1) if led else pattern.pattern


def _engine_scans_ahead(parsed: list) -> bool:
    """Whether ``re`` finds a literal or character-set prefix itself (``sre_compile._compile_info``)."""
    op, arg = parsed[0]
    while op is sc.SUBPATTERN and arg[3]:
        op, arg = list(arg[3])[0]
    if op in (sc.LITERAL, sc.IN):
        return True
    if op is sc.AT and arg is sc.AT_BEGINNING:
        return True
    return op is sc.BRANCH and all(branch and list(branch)[0][0] is sc.LITERAL for branch in arg[1])


def _first(items: list) -> frozenset[str] | None:
    """The characters a match of ``items`` can begin with; None when any may, or a match may be empty."""
    if not items:
        return None
    op, arg = items[0]
    rest = items[1:]
    if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
        return _first(rest)  # these take no text
    if op is sc.LITERAL:
        return frozenset(chr(arg))
    if op is sc.IN:
        return _set_members(arg)
    if op is sc.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        if add_flags & re.IGNORECASE:
            return None
        return _first(list(inner) + rest)
    if op is sc.BRANCH:
        letters: set[str] = set()
        for branch in arg[1]:
            found = _first(list(branch) + rest)
            if found is None:
                return None
            letters |= found
        return frozenset(letters)
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        low, _high, inner = arg
        found = _first(list(inner))
        if found is None:
            return None
        if low == 0:
            after = _first(rest)
            return None if after is None else found | after
        return found
    return None


def _set_members(members: list) -> frozenset[str] | None:
    letters: set[str] = set()
    for op, arg in members:
        if op is sc.LITERAL:
            letters.add(chr(arg))
        elif op is sc.RANGE:
            letters.update(chr(code) for code in range(arg[0], arg[1] + 1))
        elif op is sc.CATEGORY and arg is sc.CATEGORY_DIGIT:
            letters |= _DIGITS
        else:
            return None  # a negated set, \w, \s: too many
    return frozenset(letters)
