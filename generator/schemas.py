"""The declared schema of every YAML data file in ``generator/data/``, and the one way to read them.

Each file is validated with pydantic (``extra="forbid"``, like a policy's front
matter) before its loader uses it, so a misspelled key (``unles:`` for
``unless:``) stops the build with ``file:line: key: problem`` instead of
silently changing what a rule does. The loaders (``practices``, ``analysis.cues``,
``analysis.grade``, ``analysis.language``) keep turning the validated data
into their own typed objects.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Annotated, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, RootModel, StringConstraints, ValidationError, ValidationInfo, field_validator, model_validator

from .errors import PolicyError, PolicyErrors


class DataFileErrors(PolicyErrors):
    """Problems in one of the generator's own data files, each as ``file:line: key: problem``."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Patterns = str | list[str]
"""One regular expression or several (any one may match)."""


# --- data/practices.yaml -----------------------------------------------------------------------


class WordingSpec(Strict):
    short: str
    sentence: str


class QuestionSpec(Strict):
    key: str = Field(pattern=r"^[a-z_]+$")
    label: str
    question: str
    counts: str
    kind: Literal["scalar", "list"]
    category: str
    values: dict[str, WordingSpec]
    good: list[str] = []
    bad: list[str] = []
    exclusive: list[str] = []
    list_sentence: str = "{items}"
    better: str = ""
    looked_for: str = ""


class PracticesFile(Strict):
    common: dict[Literal["not_mentioned", "unclear", "not_analysed"], WordingSpec]
    questions: list[QuestionSpec]


# --- data/rules.yaml ---------------------------------------------------------------------------


class GrammarSpec(Strict):
    negation: str
    clause_break: str
    lookback: int = 80
    subordinate: str = "(?!)"
    negative_object: str = "(?!)"


class RuleSpec(Strict):
    value: str
    match: Patterns
    polarity: Literal["any", "affirmed", "negated"] = "any"
    also: Patterns | None = None
    unless: Patterns | None = None
    heading: str | None = None
    where: Literal["sentence", "clause", "context", "nearby", "paragraph"] = "sentence"
    weak: bool = False


class UnlinkedSpec(Strict):
    items: list[str]
    patterns: Patterns


class DetailSpec(Strict):
    pattern: str
    text: str = "{0}"
    scope: Literal["hits", "section"] = "hits"
    collect: bool = False
    values: list[str] = []
    exact_case: bool = False
    """Match capitals as written (proper names: countries); otherwise case is ignored."""


class QuestionRulesSpec(Strict):
    rules: list[RuleSpec] = []
    items: dict[str, Patterns] | None = None
    trigger: str | None = None
    trigger_polarity: Literal["affirmed", "any"] = "affirmed"
    trigger_heading: str | None = None
    trigger_back: str | None = None
    """List questions: a sentence opening like this ("this information includes") points back, and the
    trigger may be in the sentence before it."""
    unless: Patterns | None = None
    unlinked: UnlinkedSpec | None = None
    held: dict[str, Patterns] = {}
    """List questions: more patterns of an item (one of ``items``) that prove it whatever the sentence's
    negation or context."""
    item_unless: dict[str, str] = {}
    """List questions: an item is not found in a sentence matching its pattern."""
    conflicts: list[list[str]] = []
    detail: list[DetailSpec] = []
    prefer: str | None = None
    """Evidence order only: a found sentence matching this carries the answer and is quoted first."""
    prefer_first: str | None = None
    """Evidence order only: among the sentences ``prefer`` finds, those matching this say the answer most
    plainly (the company giving the data to the hired party, not only naming one) and lead."""


class RulesFile(Strict):
    vocabulary: dict[str, str] = {}
    grammar: GrammarSpec
    questions: dict[str, QuestionRulesSpec]


# --- data/rubric.yaml --------------------------------------------------------------------------


class BlockerSpec(Strict):
    question: str
    answer: str
    cap: str
    reason: str


class WeightSpec(Strict):
    weight: float
    points: dict[str, float] = {}


class UnsaidQuestionSpec(Strict):
    assume: str
    condition: str = Field(alias="if", min_length=1)


class UnsaidSpec(Strict):
    max_drop: int = Field(2, ge=0)
    questions: dict[str, UnsaidQuestionSpec] = {}


class RubricFile(Strict):
    min_answered: int
    grades: dict[str, float]
    silence: dict[str, float] = {}
    unsaid: UnsaidSpec | None = None
    blockers: list[BlockerSpec] = []
    questions: dict[str, WeightSpec]


# --- data/evidence_ranking.yaml ----------------------------------------------------------------


class RankingTraining(Strict):
    """Where the weights came from, so a reader of the file can check it (``plainpolicy train-ranking``)."""

    gold: str
    policies: int = Field(ge=1)
    choices: int = Field(ge=1)
    """Answers with two or more candidate quotes, one of them in a paragraph the labellers quoted."""
    pairs: int = Field(ge=1)
    regularization: float = Field(gt=0)
    first_landed_by_hand: int = Field(ge=0)
    first_landed_learned: int = Field(ge=0)


class EvidenceRankingFile(Strict):
    """Learned weights of the evidence order: ``shared`` for every question, plus each question's own."""

    trained_on: RankingTraining
    features: list[str] = Field(min_length=1)
    shared: dict[str, FiniteFloat]
    questions: dict[str, dict[str, FiniteFloat]] = {}

    @field_validator("features")
    @classmethod
    def _listed_once(cls, features: list[str]) -> list[str]:
        if len(set(features)) != len(features):
            raise ValueError("a feature is listed twice")
        return features

    @field_validator("shared")
    @classmethod
    def _weighs_every_feature(cls, shared: dict[str, float], info: ValidationInfo) -> dict[str, float]:
        named = set(info.data.get("features") or ())
        if named and set(shared) != named:
            raise ValueError(f"must weigh exactly the features listed: {sorted(named ^ set(shared))}")
        return shared

    @field_validator("questions")
    @classmethod
    def _weighs_listed_features(cls, questions: dict[str, dict[str, float]], info: ValidationInfo) -> dict:
        named = set(info.data.get("features") or ())
        for key, weights in questions.items():
            if named and not set(weights) <= named:
                raise ValueError(f"{key}: weighs features not listed: {sorted(set(weights) - named)}")
        return questions


# --- data/stopwords.yaml -----------------------------------------------------------------------


LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


class StopwordsFile(RootModel[dict[LanguageCode, str]]):
    """Language code (ISO 639-1, two letters) -> its common words, separated by spaces; English must be there."""

    @model_validator(mode="after")
    def _has_english(self) -> StopwordsFile:
        if "en" not in self.root:
            raise ValueError("en is missing: English is the language the rules read")
        return self


# --- data/presentation.yaml --------------------------------------------------------------------


class PresentationSpec(Strict):
    summary: int | None = Field(ge=1)
    """Place in the summary (1 first); None: never in the summary."""
    card: bool
    """Shown on the label card at the top of the policy page."""
    silence: str | None = None
    """What the summary says when the policy does not mention this."""
    silence_always: bool = False
    """Say ``silence`` in any summary; otherwise only to reach the minimum length."""


class ChangeWording(Strict):
    no_longer_says: str
    now_unclear: str
    new_detail: str
    no_detail_now: str
    no_detail: str
    now_also: str
    no_longer_lists: str
    now_says: str


class PresentationFile(Strict):
    questions: dict[str, PresentationSpec]
    changes: ChangeWording


# --- reading -----------------------------------------------------------------------------------

Model = TypeVar("Model", bound=BaseModel)


def read_data_file(name: str, schema: type[Model]) -> Model:
    """Parse ``generator/<name>`` and validate it against ``schema``.

    Raises:
        DataFileErrors: invalid YAML, or data the schema refuses, located by file, line and key.
    """
    return checked(name, schema)[0]


def checked_yaml(name: str, schema: type[BaseModel]) -> object:
    """The plain YAML data of ``generator/<name>``, once ``schema`` has accepted it (for loaders that
    build their own objects from it)."""
    return checked(name, schema)[1]


@cache
def checked(name: str, schema: type[Model]) -> tuple[Model, object]:
    """The validated model and the plain data of one data file, read once per process."""
    return parse_data_text(f"generator/{name}", resources.files("generator").joinpath(name).read_text("utf-8"), schema)


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (its wheels are): the same tokens, nodes and
values as the pure-Python one, about ten times faster (YAML was 60% of loading 1,000 policies; rules.yaml
takes 0.008 s instead of 0.1 s). Text it refuses is read again by the pure-Python loader, so that errors
keep its messages, which say more (a lone surrogate escape is "invalid Unicode character escape code" to
libyaml)."""


def _read_yaml(path: str, text: str) -> object:
    """The data of a data file, parsed once; a key given twice is an error, as in policy front matter (YAML
    keeps the last one without a word: a second ``item_unless:`` in rules.yaml would drop the first one's
    patterns)."""
    for loader_class in dict.fromkeys((YAML_LOADER, yaml.SafeLoader)):
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            repeated = duplicate_keys(node)
            data = loader.construct_document(node) if node is not None else None
        except yaml.MarkedYAMLError as error:
            refused = error
            continue
        finally:
            loader.dispose()
        if repeated:
            raise DataFileErrors([PolicyError(path, line, "YAML", message) for line, message in repeated])
        return data
    mark = refused.problem_mark or refused.context_mark
    raise DataFileErrors(
        [PolicyError(path, mark.line + 1 if mark else None, "YAML", f"invalid: {refused.problem}.")]
    ) from None


def parse_data_text(path: str, text: str, schema: type[Model]) -> tuple[Model, object]:
    """Validate the text of a data file (``path`` names it in messages): the model and the plain data.

    Raises:
        DataFileErrors: invalid YAML, or data the schema refuses, located by file, line and key.
    """
    data = _read_yaml(path, text)
    try:
        return schema.model_validate(data), data
    except ValidationError as error:
        raise DataFileErrors(
            [
                PolicyError(
                    path,
                    key_line(text, problem["loc"]),
                    ".".join(str(part) for part in problem["loc"] if part != "[key]") or "(file)",
                    _problem(problem),
                )
                for problem in error.errors()
            ]
        ) from None


def duplicate_keys(node: yaml.Node | None) -> list[tuple[int, str]]:
    """``(line, message)`` for every key repeated in one mapping (YAML keeps the last one silently)."""
    found: list[tuple[int, str]] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key, line = str(key_node.value), key_node.start_mark.line + 1
            if key in seen:
                found.append((line, f"key {key!r} appears twice (first on line {seen[key]}); keep one."))
            seen.setdefault(key, line)
            found.extend(duplicate_keys(value_node))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found.extend(duplicate_keys(item))
    return found


def _problem(problem: dict) -> str:
    if problem["type"] == "extra_forbidden" or problem["loc"][-1:] == ("[key]",):
        return "unknown key; check its spelling (see generator/schemas.py for the keys this file takes)."
    if problem["type"] == "missing":
        return "missing; every entry needs it."
    return problem["msg"][:1].lower() + problem["msg"][1:] + "."


def key_line(text: str, loc: tuple) -> int | None:
    """The line of the YAML node at ``loc`` (mapping keys and list indexes), or of the nearest one above it."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    line = 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
            if found is None:
                return line
            line = found[0].start_mark.line + 1
            node = found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line
