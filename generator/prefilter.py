"""Cheap necessary conditions in front of the analyzer's regular expressions.

Most sentences of a policy match none of a rule's patterns, yet Python's ``re``
has to try each pattern at every position of every sentence to find that out:
that was 80% of the generator's time. Many patterns need certain words to be
present (``\\b(sell|rent)\\w*`` needs "sell" or "rent"). ``required_literals``
reads that requirement off the parsed pattern as an AND of ORs of lowercase
strings; ``Cue.search`` checks it with substring tests on the lowercased
sentence first and runs the pattern only when it passes.

The check is exact, never a heuristic: a sentence that fails it cannot match.
It is applied to ASCII sentences only, where lowercasing agrees with the
case-insensitive matching of ``re`` (Unicode has folds such as the Kelvin sign
for which it would not); other sentences go straight to the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

try:  # Python 3.11+: the parser moved under re
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

Requirement = tuple[frozenset[str], ...]
"""Every set must have one member in the (lowercased) text."""

_MAX_ALTERNATIVES = 64


def _any_of(items, flags: int) -> frozenset[str] | None:  # noqa: ANN001 - sre_parse.SubPattern
    """Strings one of which every match of ``items`` contains, or None when unknown."""
    options = _sequence(list(items), flags)
    return _best(options)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective single requirement: fewest, longest strings."""
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x in s), -len(s)))


def _sequence(items: list, flags: int) -> list[frozenset[str]]:  # noqa: ANN001
    """Requirements of a concatenation: runs of literals and each item's own requirement."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    literal_run: list[str] = []
    """The run just flushed, while nothing else has come after it."""

    def flush() -> None:
        literal_run.clear()
        if run:
            literal_run.append("".join(run).lower())
            found.append(frozenset(literal_run))
            run.clear()

    for op, arg in items:
        if op is sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre_constants.AT:  # \b, ^, $: zero-width, the run continues
            continue
        flush()
        if op is not sre_constants.BRANCH:
            literal_run.clear()
        if op is sre_constants.SUBPATTERN:
            group_flags = flags | (arg[1] or 0)
            if group_flags & re.VERBOSE:
                continue
            found.extend(_sequence(list(arg[3]), group_flags))
        elif op is sre_constants.BRANCH:
            prefix = found.pop() if found and found[-1] == frozenset({"".join(literal_run)}) else None
            heads = [_leading_literal(list(branch)) for branch in arg[1]]
            if prefix and all(heads):
                # "no|never" is parsed as "n" + (o|ever): glue the shared prefix back on.
                found.append(frozenset(next(iter(prefix)) + head.lower() for head in heads))
                literal_run.clear()
                continue
            if prefix:
                found.append(prefix)
            literal_run.clear()
            alternatives = [_any_of(branch, flags) for branch in arg[1]]
            if all(alternatives) and sum(len(a) for a in alternatives) <= _MAX_ALTERNATIVES:  # type: ignore[arg-type]
                found.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            low, _high, item = arg
            if low >= 1:
                found.extend(_sequence(list(item), flags))
        elif op is sre_constants.IN:
            literals = [chr(value) for kind, value in arg if kind is sre_constants.LITERAL]
            if literals and len(literals) == len(arg):
                found.append(frozenset(c.lower() for c in literals))
        # anything else (ANY, NOT_LITERAL, categories, lookarounds...) requires nothing we can name
    flush()
    return [option for option in found if all(option)]


def _leading_literal(items: list) -> str:  # noqa: ANN001
    """The literal text a branch starts with ('' when it starts with anything else)."""
    chars = []
    for op, arg in items:
        if op is not sre_constants.LITERAL:
            break
        chars.append(chr(arg))
    return "".join(chars)


def required_literals(pattern: re.Pattern[str]) -> Requirement:
    """What every match of ``pattern`` must contain, as lowercase strings (AND of ORs).

    Empty when nothing can be said (the pattern then always runs).
    """
    flags = pattern.flags
    if not flags & re.IGNORECASE or flags & re.VERBOSE:
        # Case-sensitive patterns could be handled too, but the rules are all case-insensitive.
        return ()
    try:
        parsed = sre_parse.parse(pattern.pattern, flags)
    except (re.error, RecursionError):  # pragma: no cover - it compiled already
        return ()
    requirements = _sequence(list(parsed), flags)
    # Drop single characters (they filter nothing) and non-ASCII strings (see the module docstring).
    kept = {r for r in requirements if min(len(x) for x in r) > 1 and all(x.isascii() for x in r)}
    return tuple(sorted(kept, key=sorted))


@lru_cache(maxsize=8192)
def _ascii_lower(text: str) -> str | None:
    """The lowercased text, once per sentence however many patterns test it; None if not ASCII."""
    return text.lower() if text.isascii() else None


def _checker(requires: Requirement) -> Callable[[str], bool] | None:
    """Turn a requirement into one straight-line function of the lowercased text.

    ``("sell" in s or "rent" in s) and ("data" in s)`` is several times faster
    than looping over the sets. Only ``repr`` of plain strings goes into the
    generated source, so the rules cannot inject code.
    """
    if not requires:
        return None
    clauses = (" or ".join(f"{option!r} in s" for option in sorted(options)) for options in requires)
    source = "lambda s: " + " and ".join(f"({clause})" for clause in clauses)
    return eval(source, {"__builtins__": {}})  # noqa: S307 - literals only, see above


@dataclass(frozen=True)
class Cue:
    """A compiled pattern with its necessary condition; use like ``re.Pattern.search``."""

    pattern: re.Pattern[str]
    requires: Requirement = field(default=())
    check: Callable[[str], bool] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def compile(cls, source: str, flags: int = re.IGNORECASE) -> Cue:
        pattern = re.compile(source, flags)
        requires = required_literals(pattern)
        return cls(pattern, requires, _checker(requires))

    def possible(self, text: str) -> bool:
        """False only when ``text`` certainly has no match."""
        if self.check is None:
            return True
        lower = _ascii_lower(text)
        return lower is None or self.check(lower)

    def search(self, text: str) -> re.Match[str] | None:
        if self.check is not None:
            lower = _ascii_lower(text)
            if lower is not None and not self.check(lower):
                return None
        return self.pattern.search(text)
