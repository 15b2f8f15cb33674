"""Typed objects handed from one stage to the next.

Every stage returns new frozen objects instead of filling placeholders, so a
later stage never has to wonder whether an earlier one ran.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .domains import normalise_domain
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
"""Slugs are lowercase ASCII words joined by single hyphens: safe as a path and a URL."""


RESERVED_POLICY_NAMES = frozenset(
    {"index", "history", "feed", "data", "api", "changes", "compare", "practices", "methodology", "assets", "search",
     "tags", "pagefind"}
)
"""Names the site uses, or may use, beside the policy pages (``pages/paths.py``): a slug may not be one of them.

``policies/index.md`` lists the policies; the rest name the site's sections, feeds,
data and API, so a policy can never take (or be taken for) a generated page.
"""

_RESERVED_SHAPES = re.compile(r"page-\d+|\d{4}-\d{2}-\d{2}")
"""Listing pages (``policies/page-2.md``, ``pagination.page_path``) and version dates."""


def reserved_slug(slug: str) -> bool:
    """True when ``slug`` is, or is shaped like, a name the site generates pages under."""
    return slug in RESERVED_POLICY_NAMES or _RESERVED_SHAPES.fullmatch(slug) is not None


MAX_OVERRIDE_EVIDENCE = 20
"""Quotes per overridden answer: a reviewer cites one to three; the bound keeps locating them cheap."""


class Override(BaseModel):
    """A person's correction of one answer; it wins over the analyzer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    answer: str | list[str]
    detail: str | None = None
    evidence: list[str] = Field(default_factory=list, max_length=MAX_OVERRIDE_EVIDENCE)
    reviewer: str
    reason: str
    date: dt.date


class FrontMatter(BaseModel):
    """The declared schema of a policy file's front matter; unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    """The organisation, as a reader would say it."""
    slug: str = Field(pattern=SLUG_PATTERN, max_length=100)
    """Stable identifier, derived from the domain (``kaspersky-com``)."""
    domain: str = Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}$", max_length=253)
    domains: list[str] = Field(default_factory=list, max_length=100)
    """Other domains the same policy covers (``[example.co.uk, example.de]``), for the lookup API."""
    url: HttpUrl
    """The policy's original address."""
    archived: dt.date
    """The day the archive captured this version."""
    snapshot: HttpUrl | None = None
    """The archive snapshot this text was taken from."""
    title: str | None = None
    """The page title the text carried, kept for reference."""
    tags: list[str] = Field(default_factory=list)
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    overrides: dict[str, Override] = Field(default_factory=dict)

    @field_validator("domains")
    @classmethod
    def _domains_are_normal(cls, domains: list[str]) -> list[str]:
        for domain in domains:
            normal = normalise_domain(domain)
            if normal != domain:
                raise ValueError(f"write {domain!r} as {normal!r} (lower case, no www., IDNA form)")
        return domains

    @property
    def lookup_domains(self) -> tuple[str, ...]:
        """Every domain this policy covers, normalised (``domains.normalise_domain``), ``domain`` first."""
        found: dict[str, None] = {}
        for domain in (self.domain, *self.domains):
            found.setdefault(normalise_domain(domain), None)
        return tuple(found)

    @field_validator("tags")
    @classmethod
    def _tags_are_slugs(cls, tags: list[str]) -> list[str]:
        import re

        for tag in tags:
            if not re.fullmatch(SLUG_PATTERN, tag):
                raise ValueError(f"tag {tag!r} must be lowercase words joined by hyphens")
        return tags


@dataclass(frozen=True)
class PolicyVersion:
    """One archived version of one policy, as read from ``policies/<slug>/<date>.md``."""

    path: Path
    """Where it was read from (relative to the project when possible)."""
    meta: FrontMatter
    body: str
    """The policy text (Markdown), front matter removed. Empty in the build's reports
    (``build.parallel.report_policies``): once analysed, the report's document holds the text."""
    body_line: int
    """Line number of the file at which the body starts (1-based)."""

    @property
    def slug(self) -> str:
        return self.meta.slug


@dataclass(frozen=True)
class Policy:
    """All versions of one policy, oldest first; the last one is current."""

    slug: str
    versions: tuple[PolicyVersion, ...]

    @property
    def current(self) -> PolicyVersion:
        return self.versions[-1]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    """Offset of the sentence in its paragraph's plain text."""


BlockKind = Literal["heading", "paragraph", "table", "code"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the policy text: the unit evidence links point at."""

    anchor: str
    """Derived from the text, not the position, so links survive edits elsewhere."""
    kind: BlockKind
    text: str
    """Plain text: Markdown markup removed, whitespace collapsed."""
    line: int
    """Line in the body where the block starts (1-based)."""
    section: tuple[str, ...]
    """Plain text of the headings this block sits under, outermost first."""
    sentences: tuple[Sentence, ...]
    """Empty in a build's reports (``parallel.without_sentences``): only analysis reads them, and they
    were a third of a report's memory."""
    level: int = 0
    """Heading level for headings, 0 otherwise."""
    list_depth: int = 0
    """How many lists the paragraph's item sits in (0: not in a list; 2: an item of a nested list)."""

    @property
    def in_list(self) -> bool:
        """A paragraph of a list item."""
        return self.list_depth > 0


ParagraphLinks = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
"""``((anchor, ((href, text), ...)), ...)`` in the order of the text (``read.links``)."""


@dataclass(frozen=True)
class Document:
    """A policy body cut into anchored paragraphs, plus its safe HTML rendering."""

    paragraphs: tuple[Paragraph, ...]
    packed_html: bytes
    """``html``, UTF-8 and zlib-compressed: a build holds every policy's document, and at 10,000
    policies the HTML as text took about 430 MB (a fifth of that packed); it is read once or
    twice per policy, when its pages are made."""
    word_count: int
    links: ParagraphLinks = ()
    """The links in each anchored block of ``html`` (``read.links.paragraph_links``), for the
    reader's routes (``pages.actions``)."""

    @classmethod
    def of(
        cls, paragraphs: tuple[Paragraph, ...], html: str, word_count: int, links: ParagraphLinks = ()
    ) -> Document:
        return cls(paragraphs, zlib.compress(html.encode("utf-8"), 1), word_count, links)

    @property
    def html(self) -> str:
        """Sanitised HTML of the whole text; every anchored block has ``id`` and class ``pp-para``."""
        return zlib.decompress(self.packed_html).decode("utf-8")

    def paragraph(self, anchor: str) -> Paragraph:
        for paragraph in self.paragraphs:
            if paragraph.anchor == anchor:
                return paragraph
        raise KeyError(anchor)


@dataclass(frozen=True, slots=True)
class Evidence:
    quote: str
    """Verbatim sentence or clause of the policy's plain text."""
    anchor: str
    """Anchor of the paragraph the quote stands in."""


AnswerValue = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Answer:
    key: str
    value: AnswerValue
    """One value, or a tuple of values for list questions."""
    detail: str | None = None
    evidence: tuple[Evidence, ...] = ()
    reviewed: Override | None = None
    """Set when a person's override replaced the analyzer's answer."""

    @property
    def values(self) -> tuple[str, ...]:
        return self.value if isinstance(self.value, tuple) else (self.value,)


@dataclass(frozen=True)
class Analysis:
    answers: tuple[Answer, ...]
    """One answer per practice question, in the order of the practices file."""
    language: str = "en"
    analysed: bool = True
    """False when the text is not in a language the rules understand."""

    def answer(self, key: str) -> Answer:
        for answer in self.answers:
            if answer.key == key:
                return answer
        raise KeyError(key)


@dataclass(frozen=True)
class Summary:
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Blocker:
    question: str
    answer: str
    cap: str
    reason: str


@dataclass(frozen=True)
class Contribution:
    """One answer that counted towards the grade."""

    key: str
    weight: float
    points: float


@dataclass(frozen=True)
class Grade:
    letter: str | None
    """A (best) to E, or None when the policy says too little to grade."""
    score: float | None
    answered: int
    contributions: tuple[Contribution, ...]
    blockers: tuple[Blocker, ...]
    """Blockers that capped this grade."""
    lowest: str | None = None
    """The letter if every question the policy is silent on (``unsaid``) had its worst answer; None when
    silence cannot lower the letter."""
    unsaid: tuple[str, ...] = ()
    """What the policy did not say that could lower the letter, as conditions ("it sells your data")."""
    withheld: str | None = None
    """The letter the answers alone would give, when silence could lower it too far to show one."""

    @property
    def label(self) -> str:
        return self.letter or "Not enough information"

    @property
    def rubric_letter(self) -> str | None:
        """The letter the rubric gives these answers, shown or not (what evaluation compares)."""
        return self.letter or self.withheld

    @property
    def text(self) -> str:
        """The grade in plain words, with its uncertainty: "B, or as low as D if it sells your data"."""
        if self.letter and self.lowest:
            return f"{self.letter}, or as low as {self.lowest} if {_either(self.unsaid)}: the policy does not say"
        if self.withheld:
            return f"Not enough information: {self.withheld}, but as low as {self.lowest} if {_either(self.unsaid)}"
        return self.label


def _either(conditions: tuple[str, ...]) -> str:
    """"a", "a or b", "a, b or c"."""
    return conditions[0] if len(conditions) == 1 else ", ".join(conditions[:-1]) + " or " + conditions[-1]


@dataclass(frozen=True)
class Readability:
    words: int
    minutes: int
    """Estimated reading time, rounded up to whole minutes."""
    flesch_reading_ease: float
    """0-100; higher is easier. Below 30 is 'very difficult' (university graduate)."""
    grade_level: float
    """Flesch-Kincaid US school grade needed to follow the text."""


@dataclass(frozen=True)
class VersionReport:
    """Everything the site says about one version of a policy."""

    version: PolicyVersion
    document: Document
    analysis: Analysis
    summary: Summary
    grade: Grade
    readability: Readability
    key: str = ""
    """The content key of the version (``build.cache.version_key``) when the build computed it."""


@dataclass(frozen=True)
class PolicyReport:
    slug: str
    versions: tuple[VersionReport, ...] = field(default_factory=tuple)

    @property
    def current(self) -> VersionReport:
        return self.versions[-1]


@dataclass(frozen=True)
class EvaluationScores:
    """How the analyzer scored on one set of hand-checked answers, as the methodology page shows it."""

    label: str
    about: str
    """What the set is and how far to trust it (written for readers)."""
    scores: dict
    """``tools.evaluate.to_json`` of the evaluation: summary, per-question metrics, per-policy misses."""
