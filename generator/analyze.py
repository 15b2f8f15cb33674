"""Stage 3: answer the practice questions, each answer backed by verbatim quotes.

The vocabulary (cue patterns per question and answer) is data in
``data/rules.yaml``, compiled once. This module only knows how to apply it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from .models import Analysis, Answer, Document, Evidence, Override, Paragraph, Sentence
from .practices import NOT_MENTIONED, load_practices
from .prefilter import Cue

MAX_QUOTES = 3


@dataclass(frozen=True)
class AnswerRule:
    answer: str
    patterns: tuple[Cue, ...]


@dataclass(frozen=True)
class DetailRule:
    pattern: re.Pattern[str]
    text: str | None
    """Fixed detail text; without it the first group (or whole match) is the detail."""


@dataclass(frozen=True)
class QuestionRules:
    key: str
    answers: tuple[AnswerRule, ...] = ()
    items: tuple[AnswerRule, ...] = ()
    trigger: Cue | None = None
    details: tuple[DetailRule, ...] = ()


def _compile(patterns: list[str]) -> tuple[Cue, ...]:
    return tuple(Cue.compile(p, re.IGNORECASE) for p in patterns)


@cache
def load_rules() -> dict[str, QuestionRules]:
    """Read and compile ``data/rules.yaml`` (once per process)."""
    raw = yaml.safe_load(resources.files("generator").joinpath("data/rules.yaml").read_text("utf-8"))
    rules = {}
    for key, spec in raw["questions"].items():
        rules[key] = QuestionRules(
            key=key,
            answers=tuple(AnswerRule(str(a["answer"]), _compile(a["patterns"])) for a in spec.get("answers", ())),
            items=tuple(AnswerRule(str(k), _compile(v)) for k, v in spec.get("items", {}).items()),
            trigger=Cue.compile(spec["trigger"], re.IGNORECASE) if spec.get("trigger") else None,
            details=tuple(
                DetailRule(re.compile(d["pattern"], re.IGNORECASE), d.get("text")) for d in spec.get("detail", ())
            ),
        )
    missing = set(load_practices().keys) - set(rules)
    if missing:
        raise ValueError(f"rules.yaml has no rules for: {', '.join(sorted(missing))}")
    return rules


def analyze(document: Document, overrides: dict[str, Override] | None = None) -> Analysis:
    """Answer every practice question for one policy text.

    Args:
        document: the segmented policy.
        overrides: a person's corrections from front matter; they win.

    Returns:
        One answer per question, in the practices' order.
    """
    rules = load_rules()
    sentences = list(_sentences(document))
    answers = []
    for question in load_practices().questions:
        rule = rules[question.key]
        answer = _answer_list(rule, sentences) if question.is_list else _answer_scalar(rule, sentences)
        if overrides and question.key in overrides:
            answer = _apply_override(answer, overrides[question.key], document)
        answers.append(answer)
    return Analysis(answers=tuple(answers))


def _sentences(document: Document) -> Iterator[tuple[Paragraph, Sentence]]:
    for paragraph in document.paragraphs:
        for sentence in paragraph.sentences:
            yield paragraph, sentence


def _answer_scalar(rule: QuestionRules, sentences: list[tuple[Paragraph, Sentence]]) -> Answer:
    for candidate in rule.answers:
        hits = [(p, s) for p, s in sentences if any(pattern.search(s.text) for pattern in candidate.patterns)]
        if hits:
            evidence = tuple(Evidence(s.text, p.anchor) for p, s in hits[:MAX_QUOTES])
            return Answer(rule.key, candidate.answer, _detail(rule, hits), evidence)
    return Answer(rule.key, NOT_MENTIONED)


def _answer_list(rule: QuestionRules, sentences: list[tuple[Paragraph, Sentence]]) -> Answer:
    found: list[str] = []
    evidence: list[Evidence] = []
    for item in rule.items:
        for paragraph, sentence in sentences:
            if rule.trigger and not rule.trigger.search(sentence.text):
                continue
            if any(pattern.search(sentence.text) for pattern in item.patterns):
                found.append(item.answer)
                quote = Evidence(sentence.text, paragraph.anchor)
                if quote not in evidence:
                    evidence.append(quote)
                break
    question = load_practices()[rule.key]
    if len(found) > 1:
        found = [value for value in found if value not in question.exclusive]
    if not found:
        return Answer(rule.key, NOT_MENTIONED)
    return Answer(rule.key, tuple(found), None, tuple(evidence[:MAX_QUOTES + 2]))


def _detail(rule: QuestionRules, hits: list[tuple[Paragraph, Sentence]]) -> str | None:
    for detail in rule.details:
        for _, sentence in hits:
            match = detail.pattern.search(sentence.text)
            if match:
                if detail.text:
                    return detail.text
                return (match.group(1) if match.groups() else match.group(0)).strip()
    return None


def _apply_override(answer: Answer, override: Override, document: Document) -> Answer:
    """A person's answer replaces the analyzer's; quotes are located in the text for their anchors."""
    value = tuple(override.answer) if isinstance(override.answer, list) else override.answer
    evidence = tuple(Evidence(quote, locate_quote(document, quote) or "") for quote in override.evidence)
    return Answer(answer.key, value, override.detail, evidence, reviewed=override)


def locate_quote(document: Document, quote: str) -> str | None:
    """Anchor of the first paragraph whose plain text contains the quote (whitespace-insensitive)."""
    wanted = " ".join(quote.split()).lower()
    for paragraph in document.paragraphs:
        if wanted in paragraph.text.lower():
            return paragraph.anchor
    return None
