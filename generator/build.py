"""The whole pipeline, as a straight list of stages (like ``mkdocs/commands/build.py``)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from .analyze import analyze
from .cache import PageCache, ReportCache, cached_json, folder_fingerprint, generator_fingerprint
from .errors import BuildBusy, PolicyError, PolicyErrors
from .evaluate import evaluate, to_json
from .export import export_data
from .feeds import build_feeds
from .grade import grade
from .history import PolicyHistory, policy_history
from .history_pages import render_history_pages
from .load import load_policies
from .models import Policy, PolicyReport, PolicyVersion, VersionReport
from .output import WriteResult, write_outputs
from .pagination import DEFAULT_PAGE_ROWS
from .parallel import ReportStats, report_policies
from .readability import measure
from .render import Renderer
from .stamp import Stamp, clear_stamp, input_stamp, output_stamp, read_stamp, write_stamp
from .segment import segment
from .similarity import LookAlike, find_look_alikes
from .summarize import summarize

log = logging.getLogger("plainpolicy")


@dataclass(frozen=True)
class EvaluationSet:
    """Hand-checked answers (``gold``) for the policy texts in ``texts``, shown on the methodology page."""

    label: str
    gold: Path
    texts: Path
    about: str = ""
    """What the set is and how far to trust it (written for readers)."""


DEFAULT_EVALUATION = (
    {
        "label": "Written policies, never tuned on",
        "gold": "tests/data/written/blind/gold",
        "texts": "tests/data/written/blind/texts",
        "about": "policies written for testing, with their answers, by AI assistants that never saw the rules;"
        " only ever measured, so the fairest estimate for a policy the site has not seen",
    },
    {
        "label": "Development set",
        "gold": "tests/data/gold",
        "texts": "tests/data/texts",
        "about": "ten real policies archived 2003 to 2016; the rules were written while reading them, so this is an"
        " upper bound",
    },
    {
        "label": "2019 versions",
        "gold": "tests/data/heldout",
        "texts": "tests/data/texts",
        "about": "two real 2019 policies labelled before any tuning; three of their errors were later fixed in the rules",
    },
    {
        "label": "Written policies, tuned on",
        "gold": "tests/data/written/tuning/gold",
        "texts": "tests/data/written/tuning/texts",
        "about": "policies of other sectors and decades written the same way; the rules were tuned on them",
    },
)
"""The sets the methodology page shows, folders relative to the project (dicts, as in mkdocs.yml)."""


def evaluation_sets(items: Sequence[dict], root: Path) -> tuple[EvaluationSet, ...]:
    """``{label, gold, texts, about?}`` items (folders relative to ``root``) as evaluation sets.

    Raises:
        ValueError: an item is not a mapping with label, gold and texts.
    """
    sets = []
    for item in items:
        if not isinstance(item, dict) or not {"label", "gold", "texts"} <= item.keys():
            raise ValueError(f"evaluation: each item needs label, gold and texts: {item!r}")
        gold, texts = root / str(item["gold"]), root / str(item["texts"])
        sets.append(EvaluationSet(str(item["label"]), gold, texts, str(item.get("about", ""))))
    return tuple(sets)


@dataclass(frozen=True)
class BuildConfig:
    policies: Path
    templates: Path
    docs: Path
    keep_going: bool = False
    repo_url: str | None = None
    site_url: str = ""
    evaluation: tuple[EvaluationSet, ...] = ()
    """Sets of hand-checked answers to score the analyzer on for the methodology page."""
    jobs: int = 1
    """Processes analysing the policies that are not in the cache (``parallel.default_jobs()``: all cores)."""
    cache: Path | None = None
    """Folder of the report cache (``cache.DEFAULT_CACHE``); None analyses every policy."""
    page_rows: int = DEFAULT_PAGE_ROWS
    """Listings longer than this are split into pages."""
    progress: bool | None = None
    """Progress bar: None shows it on a terminal for long runs."""
    lock_wait: float = 600.0
    """Seconds to wait for another build of the same ``docs`` before giving up (``build_lock``)."""


@dataclass(frozen=True)
class BuildResult:
    reports: tuple[PolicyReport, ...]
    look_alikes: tuple[LookAlike, ...]
    write: WriteResult
    problems: tuple[PolicyError, ...] = field(default_factory=tuple)
    histories: tuple[PolicyHistory, ...] = field(default_factory=tuple)
    """What changed between consecutive versions of each policy."""
    stats: ReportStats | None = None
    up_to_date: Stamp | None = None
    """Set when nothing had changed since the last build, which was then not repeated (``stamp``)."""

    @property
    def policy_count(self) -> int:
        return self.up_to_date.policies if self.up_to_date else len(self.reports)


def report_version(version: PolicyVersion) -> VersionReport:
    """Segment, analyze, summarize, grade and measure one version: a pure function of the file."""
    document = segment(version.body)
    analysis = analyze(document, version.meta.overrides)
    summary = summarize(analysis, version.meta.name, version.meta.archived)
    return VersionReport(version, document, analysis, summary, grade(analysis), measure(document))


def report_policy(policy: Policy) -> PolicyReport:
    return PolicyReport(policy.slug, tuple(report_version(v) for v in policy.versions))


def override_problems(report: PolicyReport) -> list[PolicyError]:
    """A person's override must quote words that stand in the policy text."""
    return [
        PolicyError(
            version.version.path,
            None,
            f"overrides.{answer.key}.evidence",
            f"{evidence.quote[:80]!r} is not in the policy text; quote it exactly as it stands.",
        )
        for version in report.versions
        for answer in version.analysis.answers
        if answer.reviewed
        for evidence in answer.evidence
        if not evidence.anchor
    ]


def page_salt(config: BuildConfig) -> str:
    """What a policy page depends on besides its policy: generator, templates, site settings."""
    return f"{generator_fingerprint()}|{folder_fingerprint(config.templates)}|{config.repo_url}|{config.site_url}"


def build_site(config: BuildConfig) -> BuildResult:
    """Load, analyze, render and export every policy into ``config.docs``, one build at a time.

    Two builds writing one ``docs/`` at once (two commands, or ``mkdocs serve`` while
    ``make site`` runs) would remove each other's temporary files; the second one waits
    for the first (``build_lock``).

    Raises:
        PolicyErrors: invalid policies (unless ``keep_going``); nothing is written then.
        OutputConflict: a generated path is taken by a hand-written file.
        BuildBusy: another build held the lock for longer than ``config.lock_wait`` seconds.
    """
    with build_lock(config.docs, config.lock_wait):
        return _build_site(config)


def lock_path(docs: Path) -> Path:
    """The lock of one output folder: in the temporary folder, not in the project, where
    ``mkdocs serve`` would see it change and rebuild."""
    key = hashlib.sha256(str(docs.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"plainpolicy-{key}.lock"


@contextlib.contextmanager
def build_lock(docs: Path, wait: float) -> Iterator[None]:
    """Hold the lock of ``docs`` for one build; say so when another build has it and wait for it."""
    lock = FileLock(lock_path(docs))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        log.warning("plainpolicy: another build is writing %s; waiting for it to finish", docs)
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            raise BuildBusy(
                f"{docs}: another build has been writing here for over {wait:.0f} s (lock {lock.lock_file});"
                " wait for it or stop it, then build again."
            ) from None
    try:
        yield
    finally:
        lock.release()


def _build_site(config: BuildConfig) -> BuildResult:
    sets = [
        (s, folder_fingerprint(s.gold) if s.gold.is_dir() else "", folder_fingerprint(s.texts) if s.texts.is_dir() else "")
        for s in config.evaluation
    ]
    evaluation = "|".join(f"{s.label}:{s.about}:{gold}:{texts}" for s, gold, texts in sets)
    settings = (
        f"{config.docs.resolve()}|{config.repo_url}|{config.site_url}|{config.page_rows}|{config.keep_going}|{evaluation}"
    )
    inputs = input_stamp(config.policies, config.templates, settings) if config.cache else ""
    if config.cache:
        previous = read_stamp(config.cache)
        if previous and previous.inputs == inputs and previous.outputs == output_stamp(config.docs):
            return BuildResult((), (), WriteResult((), previous.files, (), ()), up_to_date=previous)
        clear_stamp(config.cache)
    policies, problems = load_policies(config.policies, keep_going=config.keep_going)
    cache = ReportCache(config.cache) if config.cache else None
    all_reports, stats = report_policies(policies, jobs=config.jobs, cache=cache, progress=config.progress)
    reports, unsupported = [], []
    for report in all_reports:
        missing = override_problems(report)
        if missing:
            unsupported.extend(missing)
        else:
            reports.append(report)
    if unsupported and not config.keep_going:
        raise PolicyErrors(unsupported)
    problems = [*problems, *unsupported]
    look_alikes = find_look_alikes(reports)
    histories = [
        policy_history(report, grades=[v.grade.letter for v in report.versions]) for report in reports
    ]
    pages = PageCache(config.cache, page_salt(config)) if config.cache else None
    renderer = Renderer(config.templates, repo_url=config.repo_url, page_rows=config.page_rows, page_cache=pages)
    # the same gold, texts and generator give the same scores: evaluate again only when one changed
    scores = [
        (
            s.label,
            s.about,
            cached_json(
                config.cache,
                hashlib.sha256(f"evaluation|{generator_fingerprint()}|{gold}|{texts}".encode()).hexdigest(),
                lambda s=s: to_json(evaluate(s.gold, s.texts)),
            ),
        )
        for s, gold, texts in sets
        if s.gold.is_dir()
    ]
    outputs = renderer.render_all(reports, look_alikes=look_alikes, evaluation=scores)
    outputs.update(render_history_pages(renderer, histories))
    outputs.update(build_feeds(histories, site_url=config.site_url))
    outputs.update(export_data(reports, look_alikes, site_url=config.site_url, histories=histories))
    written = write_outputs(config.docs, outputs)
    if config.cache and not problems and not written.kept:
        write_stamp(config.cache, Stamp(inputs, output_stamp(config.docs), len(reports), len(outputs)))
    return BuildResult(tuple(reports), look_alikes, written, tuple(problems), tuple(histories), stats)
