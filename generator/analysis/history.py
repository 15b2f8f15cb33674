"""What changed between consecutive versions of a policy, in plain words.

For each pair of consecutive versions the answers are compared question by
question; every difference becomes one plain sentence ("Now says it may sell or
rent your personal data (was: does not sell).") with the evidence quotes of both
versions. The text itself is compared paragraph by paragraph in ``diffing``.

Grades are someone else's stage: ``compare_versions`` and ``policy_history``
accept the grades when there are any and call a change out, but never compute one.

Pure functions of the reports; nothing here reads files or renders pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .diffing import TextDiff, diff_documents
from ..models import Answer, AnswerValue, Evidence, PolicyReport, VersionReport
from ..practices import NOT_MENTIONED, UNCLEAR, Practices, Question, load_practices, load_presentation
from .summarize import answer_sentence, join_words

Direction = Literal["better", "worse", "neutral"]
"""For the reader: ``better`` when the new answer is one ``practices.yaml`` calls good, or less bad."""


@dataclass(frozen=True)
class FactChange:
    """One question whose answer differs between two versions."""

    key: str
    """The practice question (``data/practices.yaml``)."""
    sentence: str
    """What changed, as a plain sentence."""
    old: AnswerValue
    new: AnswerValue
    added: tuple[str, ...] = ()
    """List questions: values the new version adds."""
    removed: tuple[str, ...] = ()
    """List questions: values the new version no longer has."""
    direction: Direction = "neutral"
    old_evidence: tuple[Evidence, ...] = ()
    """Quotes behind the old answer (anchors on the old version's page)."""
    new_evidence: tuple[Evidence, ...] = ()
    """Quotes behind the new answer (anchors on the new version's page)."""


@dataclass(frozen=True)
class GradeChange:
    old: str | None
    new: str | None
    sentence: str


@dataclass(frozen=True)
class VersionChange:
    """Everything that changed from one version to the next."""

    old: dt.date
    """Archive date of the earlier version."""
    new: dt.date
    """Archive date of the later version."""
    facts: tuple[FactChange, ...]
    """In the order of the practice questions; empty when nothing the site answers changed."""
    text: TextDiff
    grade: GradeChange | None = None
    """Set only when both versions have grades and they differ (or one has none)."""
    comparable: bool = True
    """False when one of the versions was not analysed (not English): no fact changes then."""


@dataclass(frozen=True)
class PolicyHistory:
    slug: str
    name: str
    """The organisation's name, as the current version gives it."""
    versions: tuple[dt.date, ...]
    """Archive dates, oldest first; the last is the current version."""
    changes: tuple[VersionChange, ...]
    """One per pair of consecutive versions, oldest first."""

    @property
    def newest_first(self) -> tuple[VersionChange, ...]:
        return tuple(reversed(self.changes))


def policy_history(report: PolicyReport, *, grades: Sequence[str | None] | None = None) -> PolicyHistory:
    """Compare every version of a policy with the one before it.

    Args:
        report: the policy's versions, oldest first.
        grades: optional, one grade (or None) per version in the same order, from the grading stage.

    Returns:
        The history, with one change per consecutive pair.
    """
    if grades is not None and len(grades) != len(report.versions):
        raise ValueError(f"{report.slug}: {len(grades)} grades for {len(report.versions)} versions")
    versions = report.versions
    changes = tuple(
        compare_versions(
            versions[n - 1], versions[n], grades=(grades[n - 1], grades[n]) if grades is not None else None
        )
        for n in range(1, len(versions))
    )
    return PolicyHistory(
        slug=report.slug,
        name=report.current.version.meta.name,
        versions=tuple(v.version.meta.archived for v in versions),
        changes=changes,
    )


def compare_versions(
    old: VersionReport, new: VersionReport, *, grades: tuple[str | None, str | None] | None = None
) -> VersionChange:
    """What changed from ``old`` to ``new``: answers, text and (when given) the grade."""
    comparable = old.analysis.analysed and new.analysis.analysed
    facts = fact_changes(old.analysis.answers, new.analysis.answers) if comparable else ()
    return VersionChange(
        old=old.version.meta.archived,
        new=new.version.meta.archived,
        facts=facts,
        text=diff_documents(old.document, new.document),
        grade=grade_change(*grades) if grades is not None else None,
        comparable=comparable,
    )


def fact_changes(old: Sequence[Answer], new: Sequence[Answer]) -> tuple[FactChange, ...]:
    """Compare two versions' answers question by question.

    A question counts as changed when its value or its detail differs; new
    quotes for the same answer are not a change of fact.
    """
    practices = load_practices()
    before = {answer.key: answer for answer in old}
    changes = []
    for answer in new:
        previous = before.get(answer.key)
        if previous is None or (previous.value == answer.value and previous.detail == answer.detail):
            continue
        question = practices[answer.key]
        added, removed = _list_delta(question, previous, answer)
        changes.append(
            FactChange(
                key=answer.key,
                sentence=change_sentence(practices, question, previous, answer),
                old=previous.value,
                new=answer.value,
                added=added,
                removed=removed,
                direction=direction(question, previous, answer),
                old_evidence=previous.evidence,
                new_evidence=answer.evidence,
            )
        )
    return tuple(changes)


def grade_change(old: str | None, new: str | None) -> GradeChange | None:
    """The grade hook: a change worth calling out, or None when the grade is the same (or there is none)."""
    if old == new:
        return None
    if old is None:
        return GradeChange(old, new, f"Now graded {new}.")
    if new is None:
        return GradeChange(old, new, f"No longer graded (was {old}).")
    return GradeChange(old, new, f"Grade changed from {old} to {new}.")


def change_sentence(practices: Practices, question: Question, old: Answer, new: Answer) -> str:
    """One plain sentence saying what the new version says instead of the old one (words: ``data/presentation.yaml``)."""
    wording = load_presentation().changes
    was = was_words(practices, question, old)
    if new.value == NOT_MENTIONED:
        return wording.no_longer_says.format(was=was)
    if new.value == UNCLEAR:
        return wording.now_unclear.format(was=was)
    says = _lower_first(answer_sentence(practices, replace(new, detail=None))).rstrip(".")
    if old.value == new.value:
        return wording.new_detail.format(
            says=says, detail=new.detail or wording.no_detail_now, old_detail=old.detail or wording.no_detail
        )
    added, removed = _list_delta(question, old, new)
    if added or removed:
        parts = []
        if added:
            parts.append(wording.now_also.format(items=_lower_first(_items_sentence(question, added))))
        if removed:
            parts.append(wording.no_longer_lists.format(items=_lower_first(_items_sentence(question, removed))))
        return " ".join(parts)
    detail = f"{new.detail.rstrip('.')}; " if new.detail else ""
    return wording.now_says.format(says=says, detail=detail, was=was)


def was_words(practices: Practices, question: Question, answer: Answer) -> str:
    """A few words for the old answer: its short label, or its sentence when the label is a bare yes/no."""
    if answer.value in (NOT_MENTIONED, UNCLEAR):
        words = practices.common[str(answer.value)].short.lower()
    elif question.is_list:
        words = join_words([_lower_first(question.values[v].short) for v in answer.values])
    else:
        wording = question.values[answer.values[0]]
        bare = wording.short.lower() in ("yes", "no")
        words = _lower_first(wording.sentence).rstrip(".") if bare else _lower_first(wording.short)
    return f"{words}, {answer.detail.rstrip('.')}" if answer.detail else words


def direction(question: Question, old: Answer, new: Answer) -> Direction:
    """Better or worse for the reader, by the good and bad values of ``practices.yaml``."""
    before, after = _score(question, old), _score(question, new)
    if after != before:
        return "better" if after > before else "worse"
    added, removed = _list_delta(question, old, new)
    if len(added) == len(removed) or question.better not in ("fewer kinds", "more", "all", "any"):
        return "neutral"
    grew = len(added) > len(removed)
    return "worse" if grew == (question.better == "fewer kinds") else "better"


def _score(question: Question, answer: Answer) -> int:
    values = set(answer.values)
    if values & set(question.bad):
        return -1
    if values & set(question.good):
        return 1
    return 0


def _plain_list(question: Question, answer: Answer) -> bool:
    """A list answer of ordinary values (not 'not mentioned', 'unclear' or an exclusive value)."""
    return (
        question.is_list
        and answer.value not in (NOT_MENTIONED, UNCLEAR)
        and not set(answer.values) & set(question.exclusive)
    )


def _list_delta(question: Question, old: Answer, new: Answer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not (_plain_list(question, old) and _plain_list(question, new)):
        return (), ()
    added = tuple(v for v in new.values if v not in old.values)
    removed = tuple(v for v in old.values if v not in new.values)
    return added, removed


def _items_sentence(question: Question, values: Sequence[str]) -> str:
    return question.list_sentence.format(items=join_words([question.values[v].sentence for v in values]))


def _lower_first(text: str) -> str:
    """'Says it...' -> 'says it...', but acronyms ('ID', 'DNT') keep their capitals."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def text_summary(diff: TextDiff) -> str:
    """The text change in one line: 'Text: 3 paragraphs changed, 2 added, 1 moved.'"""
    counts = diff.counts()
    parts = [(counts[s], s) for s in ("changed", "added", "removed", "moved") if counts[s]]
    if not parts:
        return "The text is the same."
    first, status = parts[0]
    words = [f"{first} paragraph{'s' if first != 1 else ''} {status}"] + [f"{n} {s}" for n, s in parts[1:]]
    return "Text: " + ", ".join(words) + "."
