"""The whole pipeline, as a straight list of stages (like ``mkdocs/commands/build.py``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .cache import (
    PageCache, ReportCache, folder_fingerprint, generator_fingerprint, read_similarity, write_similarity,
)
from ..errors import PolicyError, PolicyErrors
from ..pages.export import export_data
from ..pages.feeds import build_feeds
from ..analysis.history import PolicyHistory, policy_history
from ..pages.history_pages import render_history_pages
from ..read.load import load_policies
from ..models import EvaluationScores, PolicyReport
from .output import WriteResult, write_outputs
from ..pages.pagination import DEFAULT_PAGE_ROWS
from .parallel import ReportStats, report_policies
from ..pages.render import Renderer
from .stamp import Stamp, clear_stamp, input_stamp, output_stamp, read_stamp, write_stamp
from ..analysis.similarity import LookAlike, look_alikes_with_index


@dataclass(frozen=True)
class BuildConfig:
    policies: Path
    templates: Path
    docs: Path
    keep_going: bool = False
    repo_url: str | None = None
    site_url: str = ""
    evaluation: tuple[EvaluationScores, ...] = ()
    """The analyzer's scores on hand-checked answers, for the methodology page (``tools.accuracy``)."""
    jobs: int = 1
    """Processes analysing the policies that are not in the cache (``parallel.default_jobs()``: all cores)."""
    cache: Path | None = None
    """Folder of the report cache (``cache.DEFAULT_CACHE``); None analyses every policy."""
    page_rows: int = DEFAULT_PAGE_ROWS
    """Listings longer than this are split into pages."""
    progress: bool | None = None
    """Progress bar: None shows it on a terminal for long runs."""


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
    """Load, analyze, render and export every policy into ``config.docs``.

    Raises:
        PolicyErrors: invalid policies (unless ``keep_going``); nothing is written then.
        OutputConflict: a generated path is taken by a hand-written file.
    """
    evaluation = "|".join(
        f"{s.label}:{s.about}:{hashlib.sha256(json.dumps(s.scores).encode()).hexdigest()}" for s in config.evaluation
    )
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
    previous = read_similarity(config.cache) if config.cache else None
    look_alikes, similarity = look_alikes_with_index(reports, previous=previous)
    if config.cache:
        write_similarity(config.cache, similarity, previous)
    histories = [
        policy_history(report, grades=[v.grade.letter for v in report.versions]) for report in reports
    ]
    pages = PageCache(config.cache, page_salt(config)) if config.cache else None
    renderer = Renderer(config.templates, repo_url=config.repo_url, page_rows=config.page_rows, page_cache=pages)
    scores = [(s.label, s.about, s.scores) for s in config.evaluation]
    outputs = renderer.render_all(reports, look_alikes=look_alikes, evaluation=scores)
    outputs.update(render_history_pages(renderer, histories))
    outputs.update(build_feeds(histories, site_url=config.site_url))
    outputs.update(export_data(reports, look_alikes, site_url=config.site_url, histories=histories))
    written = write_outputs(config.docs, outputs)
    if config.cache and not problems and not written.kept:
        write_stamp(config.cache, Stamp(inputs, output_stamp(config.docs), len(reports), len(outputs)))
    return BuildResult(tuple(reports), look_alikes, written, tuple(problems), tuple(histories), stats)
