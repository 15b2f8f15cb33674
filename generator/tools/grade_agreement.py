"""Grade agreement: the letter the site prints against the letter the rubric gives the gold answers.

A missed answer is rarely neutral: a missed "shares for marketing" becomes silence, which
costs the policy little, so the letter flatters it. These figures measure that, beside the
per-question accuracy, for ``plainpolicy evaluate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..analysis.grade import grade, load_rubric
from ..models import Analysis, Answer, Grade
from ..practices import load_practices


@dataclass(frozen=True)
class GradePair:
    """One policy's grade from the analyzer's answers and from the gold answers."""

    got: Grade
    expected: Grade

    @property
    def exact(self) -> bool:
        return self.got.rubric_letter == self.expected.rubric_letter

    @property
    def within_one(self) -> bool:
        return self.exact or _distance(self.got.rubric_letter, self.expected.rubric_letter) <= 1

    @property
    def claim_holds(self) -> bool:
        """What the page says is true: the gold letter is the one shown, or within the range it shows.

        "Not enough information" claims no letter, so it holds; it is counted apart (``withheld``).
        """
        got, gold = self.got, self.expected.rubric_letter
        if got.letter is None:
            return got.withheld is not None or gold is None
        if gold is None:
            return False
        low = got.lowest or got.letter
        return _position(got.letter) <= _position(gold) <= _position(low)


def gold_grade(answers: dict[str, str | tuple[str, ...]]) -> Grade:
    """The rubric's grade for a policy's gold answers (``{key: value}``)."""
    analysis = Analysis(tuple(Answer(q.key, answers[q.key]) for q in load_practices().questions))
    return grade(analysis)


def grade_pair(analysis: Analysis, gold_answers: dict[str, str | tuple[str, ...]]) -> GradePair:
    return GradePair(grade(analysis), gold_grade(gold_answers))


def grade_summary(pairs: Sequence[GradePair]) -> dict:
    """Exact and within-one agreement of the rubric letters, and how often the page's claim holds."""
    n = len(pairs)

    def share(count: int) -> float | None:
        return round(count / n, 4) if n else None

    flattering = sum(_distance(p.got.rubric_letter, p.expected.rubric_letter) > 0 and _kinder(p) for p in pairs)
    return {
        "grade_exact": share(sum(p.exact for p in pairs)),
        "grade_exact_count": sum(p.exact for p in pairs),
        "grade_within_one": share(sum(p.within_one for p in pairs)),
        "grade_within_one_count": sum(p.within_one for p in pairs),
        "grade_kinder_than_gold": flattering,
        "grade_claim_holds": share(sum(p.claim_holds for p in pairs)),
        "grade_with_range": sum(p.got.letter is not None and p.got.lowest is not None for p in pairs),
        "grade_withheld": sum(p.got.withheld is not None for p in pairs),
    }


def _position(letter: str) -> int:
    return [g for g, _ in load_rubric().grades].index(letter)


def _distance(a: str | None, b: str | None) -> int:
    """Letters apart; a letter and no letter are far apart (two missing letters agree)."""
    if a is None or b is None:
        return 0 if a == b else 99
    return abs(_position(a) - _position(b))


def _kinder(pair: GradePair) -> bool:
    got, gold = pair.got.rubric_letter, pair.expected.rubric_letter
    return got is not None and gold is not None and _position(got) < _position(gold)
