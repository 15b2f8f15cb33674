"""Grades from A to E, computed from the answers by the published rubric (``data/rubric.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..models import Analysis, Blocker, Contribution, Grade
from ..practices import NOT_MENTIONED, UNCLEAR, load_practices
from ..schemas import RubricFile, checked_yaml


@dataclass(frozen=True)
class Rubric:
    min_answered: int
    grades: tuple[tuple[str, float], ...]
    """(grade, lowest score), best first."""
    blockers: tuple[Blocker, ...]
    weights: dict[str, float]
    points: dict[str, dict[str, float]]
    silence: dict[str, float]
    """Points for saying nothing (``not_mentioned``) on questions where silence leaves the reader unprotected."""


@cache
def load_rubric() -> Rubric:
    raw = checked_yaml("data/rubric.yaml", RubricFile)
    keys = set(load_practices().keys)
    if set(raw["questions"]) != keys:
        raise ValueError(f"rubric.yaml must weigh exactly the practice questions: {sorted(keys ^ set(raw['questions']))}")
    return Rubric(
        min_answered=int(raw["min_answered"]),
        grades=tuple((str(letter), float(low)) for letter, low in raw["grades"].items()),
        blockers=tuple(Blocker(b["question"], str(b["answer"]), b["cap"], b["reason"]) for b in raw["blockers"]),
        weights={k: float(v["weight"]) for k, v in raw["questions"].items()},
        points={k: {str(a): float(p) for a, p in v.get("points", {}).items()} for k, v in raw["questions"].items()},
        silence={str(k): float(v) for k, v in raw.get("silence", {}).items()},
    )


def grade(analysis: Analysis, rubric: Rubric | None = None) -> Grade:
    """Grade one version's answers.

    Returns:
        The grade with the answers that counted and the blockers that capped it;
        no letter when fewer than ``min_answered`` questions are answered.
    """
    rubric = rubric or load_rubric()
    if not analysis.analysed:
        return Grade(None, None, 0, (), ())
    answered = [a for a in analysis.answers if a.value not in (NOT_MENTIONED, UNCLEAR)]
    contributions = []
    for answer in answered:
        weight = rubric.weights[answer.key]
        table = rubric.points[answer.key]
        points = max(-1.0, min(1.0, sum(table.get(v, 0.0) for v in answer.values)))
        if weight:
            contributions.append(Contribution(answer.key, weight, round(points, 3)))
    for key, points in rubric.silence.items():
        if analysis.answer(key).value == NOT_MENTIONED and rubric.weights[key]:
            contributions.append(Contribution(key, rubric.weights[key], points))
    if len(answered) < rubric.min_answered or not any(c.key in {a.key for a in answered} for c in contributions):
        return Grade(None, None, len(answered), tuple(contributions), ())
    total_weight = sum(c.weight for c in contributions)
    score = round(sum(c.weight * c.points for c in contributions) / total_weight, 3)
    letter = next(letter for letter, low in rubric.grades if score >= low)
    order = [letter for letter, _ in rubric.grades]
    applied = []
    for blocker in rubric.blockers:
        if blocker.answer in analysis.answer(blocker.question).values:
            applied.append(blocker)
            if order.index(letter) < order.index(blocker.cap):
                letter = blocker.cap
    return Grade(letter, score, len(answered), tuple(contributions), tuple(applied))
