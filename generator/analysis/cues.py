"""The analyzer's vocabulary: cue patterns from ``data/rules.yaml``, compiled once.

The YAML names reusable fragments under ``vocabulary`` (``SELL``, ``THIRD``...) that
patterns use as ``{SELL}``; ``grammar`` holds the words that negate a verb and the
words that end a clause (negation stops there), ``negative_object`` the words after a verb
that deny it ("we collect nothing"). Every question then lists rules:

- scalar questions: ``rules`` in order of precedence, each ``{value, match, polarity?,
  also?, unless?, heading?, where?}``. ``match`` is the pivot: the rule fires on a
  sentence where it matches with the right ``polarity`` (``negated``: a negation
  word stands before it in the same clause; ``affirmed``: none does), every ``also``
  pattern matches (in the sentence, or in its heading and list lead-in when
  ``where: context``, also in the sentence before it in the section with ``where: nearby``,
  in the whole paragraph with ``where: paragraph``, or only in the pivot's clause with
  ``where: clause``; a ``weak`` rule is tried only when no rule above it found anything), no ``unless`` pattern matches (boilerplate), and the
  section heading matches ``heading`` when given.
- list questions: ``items`` (value -> patterns), with ``trigger`` / ``heading`` for
  the context a sentence must be in, ``unless`` for sentences that don't count and
  ``unlinked`` (``items``, ``patterns``) for paragraphs whose data of those kinds does
  not count ("the logs are not linked to you"), ``item_unless`` (value -> pattern) for
  sentences that do not prove that one value ("you can access your account" is no access control).
- ``conflicts``: value pairs that contradict each other; both found -> ``unclear``.
- ``detail``: patterns whose ``text`` (with ``{1}`` for the first group) becomes
  the answer's detail.

Patterns are case-insensitive (they are lowercased, see ``fold``, and read the
lowercased sentence; ``detail`` patterns read the text as written, with
``re.IGNORECASE``) and must stay linear: bounded gaps (``[^.]{0,60}``),
no nested quantifiers. ``tests/test_analyze.py`` runs every pattern on long
hostile input to keep it so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..practices import load_practices
from ..schemas import RulesFile, checked_yaml
from .prefilter import any_of, prepare_lookups, requirements
from .first_letters import as_written, with_first_letters

Pattern = re.Pattern[str]
_NAME = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True)
class Rule:
    value: str
    match: tuple[Pattern, ...]
    polarity: str = "any"
    """``any``, ``affirmed`` or ``negated``, judged at the ``match`` pivot."""
    also: tuple[Pattern, ...] = ()
    unless: tuple[Pattern, ...] = ()
    heading: Pattern | None = None
    where: str = "sentence"
    weak: bool = False
    """Tried after all other rules, only when none of them found anything; never makes a contradiction."""
    needs: tuple[frozenset[str], ...] = ()
    """Strings a sentence must hold for this rule to fire (see prefilter.py)."""
    """Where ``also`` patterns look: ``sentence``, ``clause`` (the pivot's own clause) or
    ``context`` (heading, lead-in and sentence)."""


@dataclass(frozen=True)
class Detail:
    pattern: Pattern
    text: str
    """Template: ``{1}`` is the first group, ``{0}`` the whole match."""
    scope: str = "hits"
    """``hits`` (the evidence sentences) or ``section`` (their paragraphs and a few sentences around)."""
    collect: bool = False
    """Join every distinct match (``{1}`` or whole) in order, e.g. all the countries named."""
    values: frozenset[str] = frozenset()
    """Only for these answers (all when empty)."""


@dataclass(frozen=True)
class QuestionCues:
    key: str
    rules: tuple[Rule, ...] = ()
    items: tuple[tuple[str, tuple[Pattern, ...]], ...] = ()
    """Each value with its patterns; any one pattern in a sentence in context finds the value."""
    trigger: Pattern | None = None
    """List questions: a sentence counts when this matches it, its lead-in or its heading."""
    trigger_polarity: str = "affirmed"
    """``affirmed``: a negated trigger ("we do not collect") does not count; ``any``: it does."""
    trigger_heading: Pattern | None = None
    trigger_back: Pattern | None = None
    """List questions: a sentence this matches ("this information includes ...") points back to the
    sentence before it, whose trigger then counts for it."""
    unless: tuple[Pattern, ...] = ()
    unlinked: tuple[Pattern, ...] = ()
    """List questions: a paragraph saying this ("the logs are not linked to your name") ..."""
    unlinked_items: frozenset[str] = frozenset()
    """... does not count for these items."""
    held: frozenset[tuple[str, int]] = frozenset()
    """List questions: ``(item, id of pattern)`` for the item patterns (``held`` in the rules, added to
    ``items``) that prove their item in any sentence, whatever its negation or context: the reader's own
    credentials ("so you don't have to enter your password each time") are held by the service either way."""
    item_unless: tuple[tuple[str, Pattern], ...] = ()
    """List questions: a sentence matching an item's pattern here does not prove that item, whatever
    its cues say ("you can access your password-protected account" names no access control)."""
    conflicts: tuple[frozenset[str], ...] = ()
    details: tuple[Detail, ...] = ()
    prefer: Pattern | None = None
    """Evidence order only: a sentence matching it says the answer outright and is quoted first."""
    prefer_first: Pattern | None = None
    """Evidence order only: among the ``prefer`` sentences, those matching this lead."""


@dataclass(frozen=True)
class Grammar:
    negation: Pattern
    clause_break: Pattern
    lookback: int
    subordinate: Pattern
    """Clause breaks that open a subordinate clause ("although", "if"): it ends at its comma."""
    negative_object: Pattern = re.compile("(?!)")
    """Matched right after a verb: a negative object that denies it ("we sell nothing")."""


@dataclass(frozen=True)
class Cues:
    grammar: Grammar
    questions: dict[str, QuestionCues]


def _expand(pattern: str, vocabulary: dict[str, str]) -> str:
    for _ in range(3):  # fragments may use fragments, a few levels deep
        pattern = _NAME.sub(lambda m: f"(?:{vocabulary[m.group(1)]})", pattern)
    return pattern


_ESCAPED = re.compile(r"\\.|[^\\]+", re.DOTALL)


def fold(pattern: str) -> str:
    """The pattern in lowercase, escapes (``\\W``, ``\\S``, ``\\B``...) left as they are.

    The analyzer matches cue patterns against lowercased text without ``re.IGNORECASE``:
    Python's regex engine runs three to four times slower on case-insensitive
    patterns, and the cue patterns are most of the analyzer's time.
    """
    return "".join(piece if piece.startswith("\\") else piece.lower() for piece in _ESCAPED.findall(pattern))


def _compile(pattern: str, vocabulary: dict[str, str]) -> Pattern:
    return with_first_letters(fold(_expand(pattern, vocabulary)))


def _literal_tests(pattern: re.Pattern[str]) -> int:
    """How many substring tests ruling ``pattern`` out may take (``prefilter.may_match``)."""
    return sum(len(options) for options in requirements(pattern))


def _compile_all(patterns: str | list[str] | None, vocabulary: dict[str, str]) -> tuple[Pattern, ...]:
    if patterns is None:
        return ()
    if isinstance(patterns, str):
        patterns = [patterns]
    return tuple(_compile(p, vocabulary) for p in patterns)


def _one_of(patterns: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
    """Patterns of which any one may match, as one alternation: one search instead of many."""
    if len(patterns) <= 1:
        return patterns
    return (with_first_letters("|".join(f"(?:{as_written(p)})" for p in patterns)),)


def _compile_one(pattern: str | None, vocabulary: dict[str, str]) -> Pattern | None:
    return _compile(pattern, vocabulary) if pattern else None


WHERE = ("sentence", "clause", "context", "nearby", "paragraph")


def parse_cues(raw: dict) -> Cues:
    """Compile the YAML structure (already parsed) into cues; raises ValueError on a bad entry."""
    vocabulary = {str(k): str(v) for k, v in (raw.get("vocabulary") or {}).items()}
    grammar_raw = raw["grammar"]
    grammar = Grammar(
        negation=_compile(grammar_raw["negation"], vocabulary),
        clause_break=_compile(grammar_raw["clause_break"], vocabulary),
        lookback=int(grammar_raw.get("lookback", 80)),
        subordinate=_compile(grammar_raw.get("subordinate", "(?!)"), vocabulary),
        negative_object=_compile(grammar_raw.get("negative_object", "(?!)"), vocabulary),
    )
    questions = {}
    for key, spec in raw["questions"].items():
        rules = []
        for item in spec.get("rules", ()):
            polarity = item.get("polarity", "any")
            if polarity not in ("any", "affirmed", "negated"):
                raise ValueError(f"rules.yaml: {key}: polarity {polarity!r} must be any, affirmed or negated")
            where = item.get("where", "sentence")
            if where not in WHERE:
                raise ValueError(f"rules.yaml: {key}: where {where!r} must be one of {', '.join(WHERE)}")
            match = _compile_all(item["match"], vocabulary)
            # all of them must match, so the cheapest to rule out are tried first (the analyzer
            # tests a pattern's literals before running it)
            also = tuple(sorted(_compile_all(item.get("also"), vocabulary), key=_literal_tests))
            needs = any_of(match)
            if where in ("sentence", "clause"):
                needs += tuple(n for pattern in also for n in requirements(pattern))
            rules.append(
                Rule(
                    value=str(item["value"]),
                    match=match,
                    polarity=polarity,
                    also=also,
                    unless=_one_of(
                        _compile_all(item.get("unless"), vocabulary) + _compile_all(spec.get("unless"), vocabulary)
                    ),
                    heading=_compile_one(item.get("heading"), vocabulary),
                    where=where,
                    weak=bool(item.get("weak", False)),
                    needs=tuple(dict.fromkeys(needs)),
                )
            )
        held = {str(k): _compile_all(v, vocabulary) for k, v in (spec.get("held") or {}).items()}
        unknown = set(held) - {str(k) for k in spec.get("items") or {}}
        if unknown:
            raise ValueError(f"rules.yaml: {key}: held {sorted(unknown)[0]!r} is not one of the items")
        items = []
        for value, patterns in (spec.get("items") or {}).items():
            own = _compile_all(patterns, vocabulary)
            # re.compile returns one object for one pattern: an item pattern also under held would become held
            both = [p.pattern for p in held.get(str(value), ()) if any(p is q for q in own)]
            if both:
                raise ValueError(f"rules.yaml: {key}: {value}: {both[0]!r} is both an item pattern and held")
            items.append((str(value), own + held.get(str(value), ())))
        questions[key] = QuestionCues(
            key=key,
            # weak rules come after every other rule, whatever their place in the file
            rules=tuple(sorted(rules, key=lambda rule: rule.weak)),
            items=tuple(items),
            held=frozenset((value, id(pattern)) for value, patterns in held.items() for pattern in patterns),
            trigger=_compile_one(spec.get("trigger"), vocabulary),
            trigger_polarity=spec.get("trigger_polarity", "affirmed"),
            trigger_heading=_compile_one(spec.get("trigger_heading"), vocabulary),
            trigger_back=_compile_one(spec.get("trigger_back"), vocabulary),
            prefer=_compile_one(spec.get("prefer"), vocabulary),
            prefer_first=_compile_one(spec.get("prefer_first"), vocabulary),
            unless=_one_of(_compile_all(spec.get("unless"), vocabulary)),
            unlinked=_one_of(_compile_all((spec.get("unlinked") or {}).get("patterns"), vocabulary)),
            unlinked_items=frozenset((spec.get("unlinked") or {}).get("items", ())),
            item_unless=tuple((str(k), _compile(v, vocabulary)) for k, v in (spec.get("item_unless") or {}).items()),
            conflicts=tuple(frozenset(str(v) for v in pair) for pair in spec.get("conflicts", ())),
            details=tuple(
                Detail(
                    # details quote the text as written, so they read it as written; names of
                    # countries are written with capitals, and ignoring case costs a long list of
                    # them about six times the time (exact_case)
                    re.compile(_expand(d["pattern"], vocabulary), 0 if d.get("exact_case") else re.IGNORECASE),
                    str(d.get("text", "{0}")),
                    d.get("scope", "hits"),
                    bool(d.get("collect", False)),
                    frozenset(str(v) for v in d.get("values", ())),
                )
                for d in spec.get("detail", ())
            ),
        )
    return Cues(grammar, questions)


@cache
def load_cues() -> Cues:
    """Read and compile ``data/rules.yaml`` (once per process)."""
    raw = checked_yaml("data/rules.yaml", RulesFile)
    cues = parse_cues(raw)
    missing = set(load_practices().keys) - set(cues.questions)
    if missing:
        raise ValueError(f"rules.yaml has no rules for: {', '.join(sorted(missing))}")
    # every term the prefilter will look up, numbered before the first document: a term first
    # met in the middle of a document would make that document's term masks again
    prepare_lookups(
        [rule.needs for q in cues.questions.values() for rule in q.rules]
        + [requirements(p) for q in cues.questions.values() for _, patterns in q.items for p in patterns]
    )
    return cues


def all_patterns(cues: Cues) -> list[tuple[str, Pattern]]:
    """Every compiled pattern with a label saying where it comes from (for tests)."""
    found = [
        ("grammar.negation", cues.grammar.negation),
        ("grammar.clause_break", cues.grammar.clause_break),
        ("grammar.subordinate", cues.grammar.subordinate),
        ("grammar.negative_object", cues.grammar.negative_object),
    ]
    for key, q in cues.questions.items():
        for n, rule in enumerate(q.rules):
            for part in (*rule.match, *rule.also, *rule.unless, *([rule.heading] if rule.heading else [])):
                found.append((f"{key}.rules[{n}]", part))
        for value, patterns in q.items:
            found.extend((f"{key}.items.{value}", p) for p in patterns)
        for label, p in (
            ("trigger", q.trigger),
            ("trigger_heading", q.trigger_heading),
            ("trigger_back", q.trigger_back),
            ("prefer", q.prefer),
            ("prefer_first", q.prefer_first),
        ):
            if p is not None:
                found.append((f"{key}.{label}", p))
        found.extend((f"{key}.unless", p) for p in q.unless)
        found.extend((f"{key}.unlinked", p) for p in q.unlinked)
        found.extend((f"{key}.item_unless.{value}", p) for value, p in q.item_unless)
        found.extend((f"{key}.detail", d.pattern) for d in q.details)
    return found
