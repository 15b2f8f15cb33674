"""The practice questions, their answer values and the words the site uses for them.

Loaded from ``data/practices.yaml`` so that wording changes are data changes; how
the site presents each question (summary order, label card, words for silence and
for changes) is ``data/presentation.yaml``. Both are validated (``schemas``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import PolicyError
from .schemas import ChangeWording, DataFileErrors, PracticesFile, PresentationFile, checked_yaml, read_data_file

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
    raw = checked_yaml("data/practices.yaml", PracticesFile)
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
        )
        for item in raw["questions"]
    )
    common = {k: Wording(**v) for k, v in raw["common"].items()}
    return Practices(questions, common)


@dataclass(frozen=True)
class Presentation:
    """How the site presents the questions (``data/presentation.yaml``)."""

    summary_order: tuple[str, ...]
    """Questions the summary takes, in order, when the policy answers them."""
    card: frozenset[str]
    """Questions on the label card at the top of the policy page."""
    always_say: dict[str, str]
    """Silence on these is itself worth telling the reader."""
    silence: dict[str, str]
    """Used, in this order, to reach the summary's minimum length when a policy says little."""
    changes: ChangeWording
    """The sentences for an answer that changed between two versions."""


@cache
def load_presentation() -> Presentation:
    """Read ``data/presentation.yaml``; refuses a practice question it does not list (or one it invents).

    Raises:
        DataFileErrors: the file is invalid or its questions are not exactly the practice questions.
    """
    return presentation_from(read_data_file("data/presentation.yaml", PresentationFile), load_practices().keys)


def presentation_from(data: PresentationFile, keys: tuple[str, ...]) -> Presentation:
    """The presentation of exactly the questions ``keys`` (see ``load_presentation``)."""
    missing = [key for key in keys if key not in data.questions]
    unknown = [key for key in data.questions if key not in keys]
    if missing or unknown:
        raise DataFileErrors(
            [PolicyError("generator/data/presentation.yaml", None, f"questions.{key}", "missing; every practice"
                         " question needs summary and card.") for key in missing]
            + [PolicyError("generator/data/presentation.yaml", None, f"questions.{key}", "not a practice question"
                           " (data/practices.yaml).") for key in unknown]
        )
    ranked = sorted((spec.summary, keys.index(key), key) for key, spec in data.questions.items() if spec.summary)
    order = tuple(key for _, _, key in ranked)
    silent = [key for key in order if data.questions[key].silence]
    return Presentation(
        summary_order=order,
        card=frozenset(key for key, spec in data.questions.items() if spec.card),
        always_say={key: data.questions[key].silence for key in silent if data.questions[key].silence_always},
        silence={key: data.questions[key].silence for key in silent if not data.questions[key].silence_always},
        changes=data.changes,
    )
