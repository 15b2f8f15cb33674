"""The practice questions, their answer values and the words the site uses for them.

Loaded from ``data/practices.yaml`` so that wording changes are data changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

NOT_MENTIONED = "not_mentioned"
UNCLEAR = "unclear"


@dataclass(frozen=True)
class Wording:
    short: str
    """One or two words, for tables."""
    sentence: str
    """A plain sentence (scalar) or a phrase to list (list questions)."""


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    """A column heading of two or three words."""
    question: str
    kind: str
    """``scalar`` or ``list``."""
    category: str
    values: dict[str, Wording]
    good: tuple[str, ...] = ()
    bad: tuple[str, ...] = ()
    exclusive: tuple[str, ...] = ()
    """List values that stand alone (``no``, ``no_guarantee``)."""
    list_sentence: str = "{items}"
    better: str = ""
    counts: str = ""
    """What counts as each answer, in plain words (methodology page)."""
    looked_for: str = ""
    """What the site looks for, in plain words (beside a ``not_mentioned`` answer)."""

    @property
    def is_list(self) -> bool:
        return self.kind == "list"

    def allowed(self) -> set[str]:
        return set(self.values) | {NOT_MENTIONED, UNCLEAR}


@dataclass(frozen=True)
class Practices:
    questions: tuple[Question, ...]
    common: dict[str, Wording]

    def __getitem__(self, key: str) -> Question:
        for question in self.questions:
            if question.key == key:
                return question
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.questions)

    def wording(self, key: str, value: str) -> Wording:
        if value in self.common:
            return self.common[value]
        return self[key].values[value]


@cache
def load_practices() -> Practices:
    raw = yaml.safe_load(resources.files("generator").joinpath("data/practices.yaml").read_text("utf-8"))
    questions = tuple(
        Question(
            key=item["key"],
            label=item["label"],
            question=item["question"],
            kind=item["kind"],
            category=item["category"],
            values={str(k): Wording(**v) for k, v in item["values"].items()},
            good=tuple(str(v) for v in item.get("good", ())),
            bad=tuple(str(v) for v in item.get("bad", ())),
            exclusive=tuple(str(v) for v in item.get("exclusive", ())),
            list_sentence=item.get("list_sentence", "{items}"),
            better=item.get("better", ""),
            counts=item.get("counts", ""),
            looked_for=item.get("looked_for", ""),
        )
        for item in raw["questions"]
    )
    common = {k: Wording(**v) for k, v in raw["common"].items()}
    return Practices(questions, common)
