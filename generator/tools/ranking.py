"""Learn the order of an answer's quotes from the tuning set (``plainpolicy train-ranking``).

For every answer with two or more candidate quotes, the labellers' own evidence says which
candidates are right: those in a paragraph they quoted. A pairwise logistic regression (each
right candidate against each wrong one of the same answer) learns weights for the features of
``analysis.evidence_features``: one set shared by every question, plus each question's own
(the shared set carries what holds everywhere; a question's own set, what holds for it only, and
regularisation keeps that small where its answers are few).

Only the tuning set may be trained on: the blind set measures the result. Training needs
scikit-learn (``pip install -e '.[train]'``); the site build never does: it reads the weights
from ``data/evidence_ranking.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..analysis.analyze import analyze
from ..analysis.evidence_features import FEATURES
from ..analysis.evidence_order import learned_order, recording, weights_by_question
from ..read.segment import segment
from .analysis_io import policy_text
from .evaluate import gold_anchors, load_gold

REGULARIZATION = 0.1
"""The inverse strength C of scikit-learn's L2 penalty. Chosen by five-fold cross-validation by
policy on the tuning set (0.1 and 1.0 tried; 0.1 kept more first quotes)."""
DECIMALS = 4


@dataclass(frozen=True)
class Example:
    """One answer's candidates, in the hand-written order, with which ones the labellers quoted."""

    slug: str
    key: str
    features: tuple[tuple[float, ...], ...]
    landed: tuple[bool, ...]


@dataclass(frozen=True)
class Training:
    weights: dict
    """The data of ``evidence_ranking.yaml``."""
    examples: int
    policies: int


def collect(gold_dir: Path, texts_dir: Path) -> tuple[list[Example], int]:
    """Every ranking the analyzer makes on the gold set's texts, where one candidate or more lands
    in a paragraph the labellers quoted; and the number of policies read."""
    examples = []
    golds = load_gold(gold_dir, texts_dir)
    for gold in golds:
        _, body, _ = policy_text(gold.text)
        document = segment(body)
        with recording() as choices:
            analyze(document)
        final = {choice.key: choice for choice in choices}  # a question ranked again: its last ranking is shown
        for key, choice in sorted(final.items()):
            quoted = gold.answers[key].evidence
            paragraphs = gold_anchors(document, quoted) if quoted else set()
            landed = tuple(unit.paragraph.anchor in paragraphs for unit in choice.units)
            if any(landed):
                examples.append(Example(gold.slug, key, choice.features, landed))
    return examples, len(golds)


@dataclass(frozen=True)
class Fitted:
    """Learned weights, rounded to ``DECIMALS`` places: shared by every question, and each question's own."""

    shared: dict[str, float]
    questions: dict[str, dict[str, float]]
    pairs: int
    """Pairs of a right and a wrong candidate of the same answer it learned from."""

    def data(self) -> dict:
        """The weights' part of ``evidence_ranking.yaml``."""
        return {"features": list(FEATURES), "shared": self.shared, "questions": self.questions}

    def weights(self) -> dict[str, tuple[float, ...]]:
        """Each question's weights, as the analyzer sums them."""
        return weights_by_question(self.data(), "training")


def fit(examples: Sequence[Example], regularization: float = REGULARIZATION) -> Fitted:
    """A pairwise logistic regression over ``examples`` (see the module's docstring)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    keys = sorted({example.key for example in examples})
    width = len(FEATURES)
    differences = []
    for example in examples:
        column = (keys.index(example.key) + 1) * width
        for right, right_row in zip(example.landed, example.features):
            if not right:
                continue
            for wrong, wrong_row in zip(example.landed, example.features):
                if wrong:
                    continue
                difference = np.zeros(width * (len(keys) + 1))
                step = np.subtract(right_row, wrong_row)
                difference[:width] = step
                difference[column : column + width] = step
                differences.append(difference)
    if not differences:
        raise ValueError("no answer has both a right and a wrong candidate quote: nothing to learn from")
    # each pair both ways round: the classes balance and no intercept is needed
    pairs = np.vstack(differences)
    model = LogisticRegression(C=regularization, fit_intercept=False, max_iter=10_000, tol=1e-8)
    model.fit(np.vstack([pairs, -pairs]), np.r_[np.ones(len(pairs)), np.zeros(len(pairs))])
    weights = [round(float(w), DECIMALS) + 0.0 for w in model.coef_[0]]  # + 0.0: no "-0.0" in the file
    questions = {key: dict(zip(FEATURES, weights[n * width : (n + 1) * width])) for n, key in enumerate(keys, start=1)}
    return Fitted(dict(zip(FEATURES, weights[:width])), questions, len(pairs))


def first_landed(examples: Sequence[Example], weights: dict[str, tuple[float, ...]] | None) -> int:
    """How many examples' first quote lands: in the learned order, or the hand order (``None``)."""
    count = 0
    for example in examples:
        first = 0 if weights is None else learned_order(weights[example.key], example.features)[0]
        count += example.landed[first]
    return count


def train(gold_dir: Path, texts_dir: Path, regularization: float = REGULARIZATION) -> Training:
    """Read the gold set and learn from it: ``train_on(*collect(...))``."""
    return train_on(*collect(gold_dir, texts_dir), gold_dir, regularization)


def train_on(
    examples: Sequence[Example], policies: int, gold_dir: Path, regularization: float = REGULARIZATION
) -> Training:
    """The data of ``evidence_ranking.yaml`` learned from ``examples`` (collected from ``gold_dir``)."""
    fitted = fit(examples, regularization)
    facts = {
        "gold": gold_dir.as_posix(),
        "policies": policies,
        "choices": len(examples),
        "pairs": fitted.pairs,
        "regularization": regularization,
        "first_landed_by_hand": first_landed(examples, None),
        "first_landed_learned": first_landed(examples, fitted.weights()),
    }
    return Training({"trained_on": facts, **fitted.data()}, len(examples), policies)


def cross_validated(examples: Sequence[Example], folds: int, regularization: float = REGULARIZATION) -> int:
    """First quotes landed when each policy's answers are ranked by weights learned without it. Policies go
    to folds by their place in name order."""
    slugs = sorted({example.slug for example in examples})
    fold_of = {slug: n % folds for n, slug in enumerate(slugs)}
    learned = 0
    for fold in range(folds):
        rest = [e for e in examples if fold_of[e.slug] != fold]
        learned += first_landed([e for e in examples if fold_of[e.slug] == fold], fit(rest, regularization).weights())
    return learned


HEADER = """\
# The order of an answer's quotes, learned: which candidate is shown first
# (generator/analysis/evidence_order.py). Written by `plainpolicy train-ranking` from the tuning
# set's answers; do not edit by hand (a test trains again and compares).
"""


def ranking_yaml(data: dict) -> str:
    return HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
