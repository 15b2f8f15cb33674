"""The whole pipeline, as a straight list of stages (like ``mkdocs/commands/build.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .analyze import analyze
from .errors import PolicyError, PolicyErrors
from .evaluate import evaluate, to_json
from .export import export_data
from .feeds import build_feeds
from .grade import grade
from .history import PolicyHistory, policy_history
from .history_pages import render_history_pages
from .load import load_policies
from .models import Policy, PolicyReport, PolicyVersion, VersionReport
from .output import WriteResult, write_outputs
from .readability import measure
from .render import Renderer
from .segment import segment
from .similarity import LookAlike, find_look_alikes
from .summarize import summarize


@dataclass(frozen=True)
class BuildConfig:
    policies: Path
    templates: Path
    docs: Path
    keep_going: bool = False
    repo_url: str | None = None
    site_url: str = ""
    evaluation: tuple[tuple[str, Path, Path], ...] = ()
    """(label, gold answers folder, texts folder) to score the analyzer on for the methodology page."""


@dataclass(frozen=True)
class BuildResult:
    reports: tuple[PolicyReport, ...]
    look_alikes: tuple[LookAlike, ...]
    write: WriteResult
    problems: tuple[PolicyError, ...] = field(default_factory=tuple)
    histories: tuple[PolicyHistory, ...] = field(default_factory=tuple)
    """What changed between consecutive versions of each policy."""


def report_version(version: PolicyVersion) -> VersionReport:
    """Segment, analyze and summarize one version: a pure function of the file.

    Raises:
        PolicyErrors: an override quotes words that are not in the policy text.
    """
    document = segment(version.body)
    analysis = analyze(document, version.meta.overrides)
    missing = [
        PolicyError(
            version.path,
            None,
            f"overrides.{answer.key}.evidence",
            f"{evidence.quote[:80]!r} is not in the policy text; quote it exactly as it stands.",
        )
        for answer in analysis.answers
        if answer.reviewed
        for evidence in answer.evidence
        if not evidence.anchor
    ]
    if missing:
        raise PolicyErrors(missing)
    summary = summarize(analysis, version.meta.name, version.meta.archived)
    return VersionReport(version, document, analysis, summary, grade(analysis), measure(document))


def report_policy(policy: Policy) -> PolicyReport:
    return PolicyReport(policy.slug, tuple(report_version(v) for v in policy.versions))


def build_site(config: BuildConfig) -> BuildResult:
    """Load, analyze, render and export every policy into ``config.docs``.

    Raises:
        PolicyErrors: invalid policies (unless ``keep_going``); nothing is written then.
        OutputConflict: a generated path is taken by a hand-written file.
    """
    policies, problems = load_policies(config.policies, keep_going=config.keep_going)
    reports, unsupported = [], []
    for policy in policies:
        try:
            reports.append(report_policy(policy))
        except PolicyErrors as failed:
            unsupported.extend(failed.errors)
    if unsupported and not config.keep_going:
        raise PolicyErrors(unsupported)
    problems = [*problems, *unsupported]
    look_alikes = find_look_alikes(reports)
    histories = [
        policy_history(report, grades=[v.grade.letter for v in report.versions]) for report in reports
    ]
    renderer = Renderer(config.templates, repo_url=config.repo_url)
    scores = [
        (label, to_json(evaluate(gold, texts))) for label, gold, texts in config.evaluation if gold.is_dir()
    ]
    outputs = renderer.render_all(reports, look_alikes=look_alikes, evaluation=scores)
    outputs.update(render_history_pages(renderer, histories))
    outputs.update(build_feeds(histories, site_url=config.site_url))
    outputs.update(export_data(reports, look_alikes, site_url=config.site_url, histories=histories))
    written = write_outputs(config.docs, outputs)
    return BuildResult(tuple(reports), look_alikes, written, tuple(problems), tuple(histories))
