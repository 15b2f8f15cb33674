"""Which quote comes first: the one a reader sees and an advocate copies should carry the answer.

The analyzer finds an answer's evidence in the order its rules fire and the text runs. Two orders
are kept here:

- ``hand_order``, written by hand from what the rules already know: a sentence before a fragment;
  a sentence about the question before a way to contact the company (unless the question is how to
  reach it) or a sentence about cookies (unless the question is about cookies, trackers or data
  collected); one that says the answer outright (the question's ``prefer`` pattern); one under a
  heading on the question's topic; for list answers the sentence that proved the most values; then
  the order found.
- ``rank_evidence``, the order shown: each candidate's ``evidence_features`` weighed with the
  weights in ``data/evidence_ranking.yaml``, learned from which quotes of the tuning set's answers
  fall in a paragraph the labellers quoted (``generator.tools.ranking``). The hand order is two of
  those features and breaks ties, so the learned order differs from it only where the tuning set
  says a reader is better served.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from ..schemas import EvidenceRankingFile, checked_yaml
from .cues import Cues, QuestionCues, load_cues
from .evidence_features import COLUMN, FEATURES, candidate_features
from .reading import Unit

RANKING_FILE = "data/evidence_ranking.yaml"


@dataclass(frozen=True)
class Choice:
    """One ranking the analyzer made: what the trainer learns from (``recording``)."""

    key: str
    units: tuple[Unit, ...]
    """The candidates in the hand-written order (which breaks ties in the learned one)."""
    features: tuple[tuple[float, ...], ...]
    """One row of ``FEATURES`` per unit, in the same order."""


_RECORDING: ContextVar[list[Choice] | None] = ContextVar("evidence_choices", default=None)


@contextmanager
def recording() -> Iterator[list[Choice]]:
    """Collect every ranking of two or more candidates made inside the block (for training)."""
    choices: list[Choice] = []
    token = _RECORDING.set(choices)
    try:
        yield choices
    finally:
        _RECORDING.reset(token)


def rank_evidence(
    cues: Cues, spec: QuestionCues, found: Sequence[Unit], proofs: Sequence[tuple[str, Unit]] = ()
) -> list[Unit]:
    """``found`` (in the order the rules found it), best proof first.

    Args:
        cues: every question's compiled rules (the contact question's patterns are used).
        spec: the question's rules.
        found: the evidence units, strongest rule first.
        proofs: for a list answer, each value with the unit that first proved it, in the rules' order.
    """
    if len(found) < 2:
        return list(found)
    read = candidate_features(cues, spec, found, proofs)
    order = hand_order(read, found, proofs)
    hand = [found[n] for n in order]
    steps = len(found) - 1
    rows = [(*read[n], float(place == 0), place / steps) for place, n in enumerate(order)]
    choices = _RECORDING.get()
    if choices is not None:
        # training: what is learned must not depend on weights learned before (or on a stale file)
        choices.append(Choice(spec.key, tuple(hand), tuple(rows)))
        return hand
    return [hand[n] for n in learned_order(load_ranking()[spec.key], rows)]


def learned_order(weights: Sequence[float], rows: Sequence[Sequence[float]]) -> list[int]:
    """Positions of ``rows`` by score, highest first; equal scores keep their order (the hand order)."""
    scores = [sum(w * x for w, x in zip(weights, row)) for row in rows]
    return sorted(range(len(rows)), key=lambda n: -scores[n])


def hand_order(rows: Sequence[Sequence[float]], found: Sequence[Unit], proofs: Sequence[tuple[str, Unit]]) -> list[int]:
    """Positions of ``found`` in the hand-written order (the module's docstring), from their features."""
    first_proof: dict[int, int] = {}
    for n, (_, unit) in enumerate(proofs):
        first_proof.setdefault(unit.index, n)

    def key(position: int) -> tuple:
        row = rows[position]
        outright, plainest = row[_OUTRIGHT], row[_PLAINEST]
        return (
            row[_FRAGMENT], row[_CONTACT], row[_COOKIES], not (outright and plainest), not outright, not plainest,
            not row[_ON_TOPIC], -row[_VALUES], first_proof.get(found[position].index, 99), position,
        )

    return sorted(range(len(found)), key=key)


_FRAGMENT, _CONTACT, _COOKIES, _OUTRIGHT, _PLAINEST, _ON_TOPIC, _VALUES = (
    COLUMN[name]
    for name in ("fragment", "about_contact", "about_cookies", "says_outright", "plainest", "on_topic_heading", "values_proved")
)


@cache
def load_ranking() -> dict[str, tuple[float, ...]]:
    """Each question's weights, one per feature: the shared weights plus the question's own.

    Raises:
        ValueError: the file was trained on another feature list (retrain: ``plainpolicy train-ranking``).
    """
    raw = checked_yaml(RANKING_FILE, EvidenceRankingFile)
    return weights_by_question(raw, RANKING_FILE)


def weights_by_question(raw: dict, source: str) -> dict[str, tuple[float, ...]]:
    """The weights of a checked ranking file's data, summed per question."""
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(
            f"{source}: trained on other features than the analyzer computes; run `plainpolicy train-ranking`"
            f" again (missing {sorted(set(FEATURES) - set(raw['features']))},"
            f" unknown {sorted(set(raw['features']) - set(FEATURES))})"
        )
    keys = set(load_cues().questions)
    unknown = sorted(set(raw["questions"]) - keys)
    if unknown:
        raise ValueError(f"{source}: questions: {unknown} are not practice questions")
    shared = raw["shared"]
    return {
        key: tuple(shared[name] + raw["questions"].get(key, {}).get(name, 0.0) for name in FEATURES) for key in sorted(keys)
    }
