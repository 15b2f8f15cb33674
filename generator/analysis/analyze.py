"""Stage 3: answer the practice questions, each answer backed by verbatim quotes.

The analyzer reads the policy sentence by sentence, each in its context: the
headings it sits under and, for list items, the line that introduces the list.
Its vocabulary (cue patterns per question and answer) is data in
``data/rules.yaml``, compiled once by ``cues.py``; this module only knows how to
apply it:

- a rule fires on a sentence when its pivot matches with the right polarity
  (``we do not sell`` is negated, ``we may sell`` affirmed; negation reaches to
  the end of its clause, so ``we do not sell it, but we share it`` negates only
  the selling), its other patterns match and no boilerplate pattern does;
- for scalar questions the first value (in the rules' order of precedence) with
  a firing sentence wins; values declared in ``conflicts`` that are both found
  make the answer ``unclear``, quoting both sides;
- list questions collect every item found in a sentence whose context is about
  the question (a collection verb, a heading such as "Information we collect",
  a list introduced by such a line);
- the ``detail`` is taken from the evidence sentences or their section.

A text that is not in English is not analysed at all (``Analysis.analysed`` is
False, no answers), so the site never shows it as a column of ``not_mentioned``.
"""

from __future__ import annotations

import bisect
import re

from .cues import Cues, QuestionCues, Rule, load_cues
from .negation import clause_of, negated
from .evidence_order import rank_evidence
from .language import detect_language
from .linked_contact import with_linked_ways
from ..models import Analysis, Answer, Document, Evidence, Override
from ..practices import NOT_MENTIONED, UNCLEAR, load_practices
from .prefilter import may_match, requirements
from .reading import Sentences, Unit, units_of

MAX_QUOTES = 3
MAX_LIST_QUOTES = 5
MAX_DETAIL = 160


def analyze(document: Document, overrides: dict[str, Override] | None = None) -> Analysis:
    """Answer every practice question for one policy text.

    Args:
        document: the segmented policy.
        overrides: a person's corrections from front matter; they win.

    Returns:
        One answer per question, in the practices' order; or, for a text that is
        not in English, ``analysed=False`` with its language and no answers.
    """
    language = detect_language(" ".join(p.text for p in document.paragraphs[:20])[:2000])
    if language != "en":
        return Analysis(answers=(), language=language, analysed=False)
    cues = load_cues()
    units = units_of(document)
    index = Sentences(units)
    answers = []
    for question in load_practices().questions:
        spec = cues.questions[question.key]
        if question.is_list:
            answer = _answer_list(cues, spec, index, question.exclusive)
        else:
            answer = _answer_scalar(cues, spec, index)
        if question.key == "contact":
            answer = with_linked_ways(answer, units, document.links, MAX_LIST_QUOTES, spec.unless)
        if overrides and question.key in overrides:
            answer = _apply_override(answer, overrides[question.key], document)
        answers.append(answer)
    return Analysis(answers=tuple(answers))


def fires(cues: Cues, rule: Rule, unit: Unit, paragraph_tests: dict[tuple[int, str], bool] | None = None) -> bool:
    """Whether one rule fires on one sentence: at some pivot with the right polarity, every
    ``also`` pattern matches in the rule's scope, and no ``unless`` pattern matches."""
    if rule.heading is not None and not rule.heading.search(unit.heading):
        return False
    text = unit.folded
    if rule.where == "paragraph":
        # a condition on the whole paragraph: tested once per paragraph, before the pivot
        key = (id(rule), unit.paragraph.anchor)
        passed = paragraph_tests.get(key) if paragraph_tests is not None else None
        if passed is None:
            scope = _scope(rule, unit)
            # every pattern's literals first (substring tests in C), then the patterns themselves
            passed = all(may_match(p, scope) for p in rule.also) and all(p.search(scope) for p in rule.also)
            if paragraph_tests is not None:
                paragraph_tests[key] = passed
        if not passed:
            return False
    for pattern in rule.match:
        for found in pattern.finditer(text):
            denied = negated(cues, text, found.start(), found.end()) if rule.polarity != "any" else False
            if rule.polarity != "any" and (rule.polarity == "negated") != denied:
                continue
            if rule.where == "clause":
                # "we do not sell it, and we do not share it with others": try each pivot's clause
                scope = clause_of(cues, text, found.start(), found.end())
                if not all(p.search(scope) for p in rule.also):
                    continue
            elif rule.where != "paragraph" and not all(p.search(_scope(rule, unit)) for p in rule.also):
                return False
            return not any(p.search(text) for p in rule.unless)
    return False


def _scope(rule: Rule, unit: Unit) -> str:
    """Where a rule's ``also`` patterns look, other than the pivot's clause."""
    if rule.where == "context":
        return unit.context
    if rule.where == "nearby":
        return unit.nearby
    if rule.where == "paragraph":
        return unit.around
    return unit.folded


def _answer_scalar(cues: Cues, spec: QuestionCues, index: Sentences) -> Answer:
    units = index.units
    hits: dict[str, list[Unit]] = {}
    rank: dict[str, int] = {}
    """A value ranks by the first rule (in the YAML's order of precedence) that found it."""
    tried: set[int] = set()

    def run(position: int, rule: Rule) -> None:
        tried.add(position)
        for unit in index.candidates(rule.needs):
            if fires(cues, rule, unit, index.paragraph_tests):
                found = hits.setdefault(rule.value, [])
                rank.setdefault(rule.value, position)
                if unit not in found:
                    found.append(unit)
                if len(found) >= MAX_QUOTES:
                    break

    ordered = tuple(enumerate(spec.rules))  # weak rules last (cues.parse_cues)
    for position, rule in ordered:
        if rank and (rule.weak or rule.value not in rank):
            continue  # a value of higher precedence is found already; this one cannot win
        if len(hits.get(rule.value, ())) < MAX_QUOTES:
            run(position, rule)
    if hits:
        # only a value that contradicts the winner can still change the answer (to unclear)
        winner = min(hits, key=rank.__getitem__)
        rivals = {value for pair in spec.conflicts if winner in pair for value in pair} - {winner}
        for position, rule in ordered:
            if rule.value in rivals and not rule.weak and position not in tried:
                run(position, rule)
    if not hits:
        return Answer(spec.key, NOT_MENTIONED)
    for pair in spec.conflicts:
        if pair <= hits.keys():
            first, second = sorted(pair, key=lambda v: hits[v][0].index)
            quotes = _evidence([hits[first][0], hits[second][0]])
            return Answer(spec.key, UNCLEAR, "the policy says both: " + " / ".join(sorted(pair)), quotes)
    value = min(hits, key=rank.__getitem__)
    chosen = hits[value][:MAX_QUOTES]
    if spec.prefer is not None and not any(spec.prefer.search(unit.folded) for unit in chosen):
        chosen = _with_preferred(cues, spec, spec.rules[rank[value]], index, chosen)
    quotes = rank_evidence(cues, spec, chosen)
    return Answer(spec.key, value, _detail(spec, value, chosen, units), _evidence(quotes))


def _with_preferred(cues: Cues, spec: QuestionCues, rule: Rule, index: Sentences, chosen: list[Unit]) -> list[Unit]:
    """``chosen`` led by a later sentence the same rule finds that says the answer outright
    (``prefer``): the first sentences found are often passing mentions ("your Internet
    service provider") while the one that answers comes later."""
    for unit in index.candidates(rule.needs):
        if unit not in chosen and spec.prefer.search(unit.folded) and fires(cues, rule, unit, index.paragraph_tests):
            return [unit, *chosen[: MAX_QUOTES - 1]]
    return chosen


def _preferred_proof(
    cues: Cues, spec: QuestionCues, index: Sentences, found: dict[str, Unit], in_context: dict[int, bool]
) -> Unit | None:
    """A sentence that says the answer outright (``prefer``) and proves one of the values
    already found, for a list answer whose first proofs are passing mentions."""
    for value, patterns in spec.items:
        if value not in found:
            continue
        for pattern in patterns:
            for unit in index.candidates(requirements(pattern)):
                if spec.prefer.search(unit.folded) and _proves(cues, spec, value, pattern, unit, in_context):
                    return unit
    return None


MAX_READINGS = 4
"""Matches of one item pattern tried in one sentence before it counts as denied."""


def _proves(
    cues: Cues, spec: QuestionCues, value: str, pattern: re.Pattern, unit: Unit, in_context: dict[int, bool]
) -> bool:
    """Whether ``unit`` proves a list answer's ``value`` with one of its patterns: matched, not
    denied, in the question's context and, for kinds of data, linked to the reader."""
    text = unit.folded
    if (value, id(pattern)) in spec.held:
        return (
            pattern.search(text) is not None
            and not any(p.search(text) for p in spec.unless)
            and not _item_excluded(spec, value, text)
        )
    found, readings = pattern.search(text), 0
    # "we do not collect precise location" lists no location; but the leftmost reading can start
    # in a clause of its own ("if you no longer use it, we provide a way to delete it"), so a
    # denied reading makes way for the next one that starts later in the sentence
    while found and (negated(cues, text, found.start()) or _denied_after_subject(cues, text, found)):
        readings += 1
        found = pattern.search(text, found.start() + 1) if readings < MAX_READINGS else None
    if not found:
        return False
    if unit.index not in in_context:
        in_context[unit.index] = _in_context(spec, unit, cues)
    if not in_context[unit.index] or (value in spec.unlinked_items and _unlinked(spec, unit)):
        return False
    return not _item_excluded(spec, value, text)


def _item_excluded(spec: QuestionCues, value: str, text: str) -> bool:
    """Whether the sentence matches one of the item's ``item_unless`` patterns."""
    return any(p.search(text) for item, p in spec.item_unless if item == value)


SUBJECT_REACH = 30
"""How far after the start of a match that opens on its subject a negation still governs the verb."""


def _denied_after_subject(cues: Cues, text: str, found: re.Match[str]) -> bool:
    """"You cannot delete your data": the match opens on its subject, and the negation sits between
    the subject and the verb, inside the match where ``negated`` (which looks before it) cannot see it."""
    if not _SUBJECT_FIRST.match(found.group()):
        return False
    window = text[found.start() : min(found.end(), found.start() + SUBJECT_REACH)]
    breaks = list(cues.grammar.clause_break.finditer(window))
    if breaks:
        window = window[: breaks[0].start()]
    denial = cues.grammar.negation.search(window)
    # "users who have not logged in can delete ...": the negation is in a clause about the subject
    return denial is not None and not _RELATIVE.search(window, 0, denial.start())


_RELATIVE = re.compile(r"\b(?:who|whom|whose|that|which|if|when|whether)\b")

_SUBJECT_FIRST = re.compile(r"(?:you|users?|customers?|members?|parents?|guardians?|individuals|consumers|residents)\b")


def _in_context(spec: QuestionCues, unit: Unit, cues: Cues) -> bool:
    if any(p.search(unit.folded) for p in spec.unless):
        return False
    if spec.trigger_heading is not None and spec.trigger_heading.search(unit.section):
        return True
    if spec.trigger is None:
        return True
    scopes = (unit.folded, unit.lead)
    if spec.trigger_back is not None and unit.previous and spec.trigger_back.match(unit.folded):
        scopes = (*scopes, unit.previous)
    for scope in scopes:
        for found in spec.trigger.finditer(scope):
            if spec.trigger_polarity == "any" or not negated(cues, scope, found.start(), found.end()):
                return True
    return False


def _unlinked(spec: QuestionCues, unit: Unit) -> bool:
    """Whether the sentence's paragraph says its data is not linked to a person."""
    return any(p.search(unit.paragraph_folded) for p in spec.unlinked)


def _answer_list(cues: Cues, spec: QuestionCues, index: Sentences, exclusive: tuple[str, ...]) -> Answer:
    units = index.units
    pairs: list[tuple[str, Unit]] = []
    in_context: dict[int, bool] = {}
    for value, patterns in spec.items:
        first: Unit | None = None
        for pattern in patterns:
            for unit in index.candidates(requirements(pattern)):
                if first is not None and unit.index >= first.index:
                    break
                if _proves(cues, spec, value, pattern, unit, in_context):
                    first = unit
                    break
        if first is not None:
            pairs.append((value, first))
    if not pairs:
        unclear = [rule for rule in spec.rules if rule.value == UNCLEAR]
        mentions = [u for rule in unclear for u in index.candidates(rule.needs) if fires(cues, rule, u, index.paragraph_tests)]
        if mentions:
            return Answer(spec.key, UNCLEAR, None, _evidence(mentions[:1]))
        return Answer(spec.key, NOT_MENTIONED)
    if len(pairs) > 1:
        pairs = [pair for pair in pairs if pair[0] not in exclusive] or pairs
    quotes: list[Unit] = []
    for _, unit in sorted(pairs, key=lambda pair: pair[1].index):
        if unit not in quotes:
            quotes.append(unit)
    values = tuple(value for value, _ in pairs)
    if spec.prefer is not None and not any(spec.prefer.search(unit.folded) for unit in quotes):
        outright = _preferred_proof(cues, spec, index, dict(pairs), in_context)
        if outright is not None:
            quotes.insert(0, outright)
    ranked = rank_evidence(cues, spec, quotes, pairs)
    return Answer(spec.key, values, _detail(spec, "", quotes, units), _evidence(ranked[:MAX_LIST_QUOTES]))


def _evidence(units: list[Unit]) -> tuple[Evidence, ...]:
    return tuple(Evidence(u.text, u.paragraph.anchor) for u in units)


def _detail(spec: QuestionCues, value: str, hits: list[Unit], units: list[Unit]) -> str | None:
    """The specific thing a reader wants: from the evidence first, then its section."""
    if not spec.details:
        return None
    near: list[Unit] | None = None
    for detail in spec.details:
        if detail.values and value not in detail.values:
            continue
        if detail.scope == "hits":
            scope = hits
        else:
            if near is None:
                near = _nearby(hits, units)
            scope = near
        if detail.collect:
            seen: list[str] = []
            for unit in scope:
                for match in detail.pattern.finditer(unit.text):
                    piece = " ".join((match.group(1) if match.groups() else match.group(0)).split())
                    if piece.lower() not in (s.lower() for s in seen):
                        seen.append(piece)
            if seen:
                return _tidy(detail.text.replace("{all}", ", ".join(seen)))
            continue
        for unit in scope:
            match = detail.pattern.search(unit.text)
            if match:
                groups = [_whole_words(unit.text, match.start(), match.end()), *(g or "" for g in match.groups())]
                return _tidy(_fill(detail.text, groups))
    return None


_CLAUSE_END = re.compile(r"[,;:.!?)]|\s(?:and|or|but|We|we)\s")
MAX_EXTENSION = 40


def _whole_words(text: str, start: int, end: int) -> str:
    """The matched text; when a pattern's bounded gap stopped inside a word, run on to
    the end of the clause (or cut back to the last whole word)."""
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        stop = _CLAUSE_END.search(text, end, min(len(text), end + MAX_EXTENSION))
        if stop:
            return text[start : stop.start()]
        return text[start:end].rsplit(" ", 1)[0]
    return text[start:end]


NEARBY = 3
"""How many sentences on each side of an evidence sentence a ``section`` detail may come from."""


def _nearby(hits: list[Unit], units: list[Unit]) -> list[Unit]:
    """The evidence sentences, the rest of their paragraphs and a few sentences around them."""
    chosen: set[int] = set()
    for hit in hits:
        low, high = max(0, hit.index - NEARBY), min(len(units), hit.index + NEARBY + 1)
        chosen.update(range(low, high))
        position = hit.index
        while position + 1 < len(units) and units[position + 1].paragraph is hit.paragraph:
            position += 1
            chosen.add(position)
    return [units[i] for i in sorted(chosen)]


def _fill(template: str, groups: list[str]) -> str:
    """``{0}``, ``{1}``... in a detail template, from the match's groups."""
    return re.sub(r"\{(\d)\}", lambda m: groups[int(m.group(1))] if int(m.group(1)) < len(groups) else "", template)


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:.")
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1].rsplit(" ", 1)[0] + "…"


def _apply_override(answer: Answer, override: Override, document: Document) -> Answer:
    """A person's answer replaces the analyzer's; quotes are located in the text for their anchors."""
    value = tuple(override.answer) if isinstance(override.answer, list) else override.answer
    evidence = tuple(Evidence(quote, locate_quote(document, quote) or "") for quote in override.evidence)
    return Answer(answer.key, value, override.detail, evidence, reviewed=override)


def locate_quote(document: Document, quote: str) -> str | None:
    """Anchor of the first paragraph whose plain text contains the quote (whitespace-insensitive)."""
    wanted = " ".join(quote.split()).lower()
    text, starts = _quote_index(document)
    found = text.find(wanted)
    if found < 0 or not starts:
        return None
    return document.paragraphs[bisect.bisect_right(starts, found) - 1].anchor


_LAST_INDEX: list = [None, ("", [])]
"""The document last indexed and its index: an analysis asks for every override quote of one document."""


def _quote_index(document: Document) -> tuple[str, list[int]]:
    """Every paragraph's lowercased text in one string, and where each starts.

    One search of this string per quote replaces a search of every paragraph per quote
    (quadratic: 7,900 quotes against 200,000 paragraphs took two minutes). A quote has its
    whitespace collapsed, so it cannot span the line feed between two paragraphs.
    """
    if _LAST_INDEX[0] is not document:
        texts = [paragraph.text.lower() for paragraph in document.paragraphs]
        starts, offset = [], 0
        for text in texts:
            starts.append(offset)
            offset += len(text) + 1
        _LAST_INDEX[:] = [document, ("\n".join(texts), starts)]
    return _LAST_INDEX[1]
