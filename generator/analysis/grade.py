"""Grades from A to E, computed from the answers by the published rubric (``data/rubric.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..models import Analysis, Answer, Blocker, Contribution, Grade
from ..practices import NOT_MENTIONED, UNCLEAR, load_practices
from ..schemas import RubricFile, checked_yaml


@dataclass(frozen=True)
class Unsaid:
    """A question whose silence could hide a lower grade, and the answer to assume to see how low."""

    question: str
    assume: str
    condition: str
    """The assumption in plain words, completing "as low as D if ...": "it sells your data"."""


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
    unsaid: tuple[Unsaid, ...] = ()
    """Questions whose silence makes the letter uncertain (``unsaid`` in the rubric file)."""
    max_drop: int = 2
    """A letter that silence could lower by more letters than this is not shown."""


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
        unsaid=unsaid_rules((raw.get("unsaid") or {}).get("questions", {})),
        max_drop=int((raw.get("unsaid") or {}).get("max_drop", 2)),
    )


def unsaid_rules(raw: dict) -> tuple[Unsaid, ...]:
    """The ``unsaid.questions`` mapping (shape checked by ``schemas.RubricFile``), checked against the
    practice questions: each names a question and one of its answers.

    Raises:
        ValueError: a key that is not a question, or an answer the question does not have.
    """
    practices = load_practices()
    found = []
    for key, spec in raw.items():
        if key not in practices.keys:
            raise ValueError(f"rubric.yaml: unsaid.questions: {key!r} is not a practice question")
        assume = str(spec["assume"])
        if assume not in practices[key].values:
            raise ValueError(f"rubric.yaml: unsaid.questions.{key}.assume: {assume!r} is not an answer of {key}")
        found.append(Unsaid(key, assume, str(spec["if"]).strip()))
    return tuple(found)


def grade(analysis: Analysis, rubric: Rubric | None = None) -> Grade:
    """Grade one version's answers.

    Returns:
        The grade with the answers that counted and the blockers that capped it;
        no letter when fewer than ``min_answered`` questions are answered. When the
        policy is silent on questions of the rubric's ``unsaid`` list, ``lowest`` is
        the letter if they all had their worst answer, ``unsaid`` says which lower it;
        and when that is more than ``max_drop`` letters lower, no letter is shown
        (``withheld`` keeps the one the answers alone give).
    """
    rubric = rubric or load_rubric()
    result = _rubric_grade(analysis, rubric)
    silent = [u for u in rubric.unsaid if result.letter and analysis.answer(u.question).value == NOT_MENTIONED]
    if not silent:
        return result
    order = [letter for letter, _ in rubric.grades]
    lowest = _rubric_grade(_assuming(analysis, silent), rubric).letter
    if lowest is None or order.index(lowest) <= order.index(result.letter):
        return result
    lowering = [u for u in silent if _rubric_grade(_assuming(analysis, [u]), rubric).letter != result.letter]
    conditions = tuple(u.condition for u in lowering or silent)
    if order.index(lowest) - order.index(result.letter) > rubric.max_drop:
        return replace(result, letter=None, lowest=lowest, unsaid=conditions, withheld=result.letter)
    return replace(result, lowest=lowest, unsaid=conditions)


def _assuming(analysis: Analysis, unsaid: list[Unsaid]) -> Analysis:
    """The answers, with each unsaid question given the answer the rubric assumes."""
    practices = load_practices()
    assumed = {
        u.question: Answer(u.question, (u.assume,) if practices[u.question].is_list else u.assume) for u in unsaid
    }
    return replace(analysis, answers=tuple(assumed.get(a.key, a) for a in analysis.answers))


def _rubric_grade(analysis: Analysis, rubric: Rubric) -> Grade:
    """The rubric's letter for these answers, as they are."""
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
