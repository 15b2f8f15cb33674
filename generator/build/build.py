"""The whole pipeline, as a straight list of stages (like ``mkdocs/commands/build.py``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import itertools
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from .cache import (
    PageCache, ReportCache, folder_fingerprint, generator_fingerprint, read_front_matter, read_similarity,
    write_front_matter, write_similarity,
)
from ..errors import BuildBusy, PolicyError, PolicyErrors
from ..analysis.history import PolicyHistory, policy_history
from ..read.load import load_policies
from ..models import EvaluationScores, PolicyReport
from .output import WriteResult, read_manifest, write_outputs
from ..pages.pagination import DEFAULT_PAGE_ROWS
from .parallel import PARALLEL_FROM, ReportStats, map_forked, release_freed_memory, report_policies, start_workers_early
from ..pages.opendata import source_date
from ..pages.producers import SiteData, produce_all
from ..pages.render import Renderer
from .stamp import Stamp, clear_stamp, input_stamp, output_stamp, read_stamp, write_stamp
from ..analysis.similarity import LookAlike, look_alikes_with_index

log = logging.getLogger("plainpolicy")


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
    reliability: EvaluationScores | None = None
    """The scores shown beside every answer: how often the site is right on each question
    (``tools.accuracy.reliability_scores``)."""
    jobs: int = 1
    """Processes analysing the policies that are not in the cache (``parallel.default_jobs()``: all cores)."""
    cache: Path | None = None
    """Folder of the report cache (``cache.DEFAULT_CACHE``); None analyses every policy."""
    page_rows: int = DEFAULT_PAGE_ROWS
    """Listings longer than this are split into pages."""
    progress: bool | None = None
    """Progress bar: None shows it on a terminal for long runs."""
    build_date: dt.datetime | None = field(default_factory=lambda: source_date(os.environ))
    """The build date the data package states: ``SOURCE_DATE_EPOCH``, or none (never the clock)."""
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


def page_salt(config: BuildConfig, templates: str) -> str:
    """What a policy page depends on besides its policy: generator, templates (``folder_fingerprint``),
    site settings."""
    return (
        f"{generator_fingerprint()}|{templates}|{config.repo_url}|{config.site_url}"
        f"|{_reliability_hash(config)}"
    )


def _reliability_hash(config: BuildConfig) -> str:
    """Policy pages show these figures beside every answer."""
    return hashlib.sha256(json.dumps(config.reliability.scores).encode()).hexdigest() if config.reliability else ""


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
    with build_lock(config.docs, config.lock_wait), _long_lived_objects_frozen():
        return _build_site(config)


@contextlib.contextmanager
def _long_lived_objects_frozen() -> Iterator[None]:
    """Keep the cycle collector off the build (``gc.disable`` and ``gc.freeze``).

    A build holds every report (documents of thousands of sentences each), and each full
    collection walked all of them: 12 collections cost 3.1 of 6 s in a 1,000-policy
    rebuild under ``mkdocs serve``. What the build makes is freed by reference counting;
    the few cycles it leaves (tracebacks, template contexts) wait until it ends, and the
    collector runs as usual again. Freezing what exists when the pages are made also keeps
    forked workers (``parallel.map_forked``) from touching, and so copying, the pages they share.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def _cold(config: BuildConfig) -> bool:
    """Every policy will be analysed, in worker processes: no report cache yet (or none used), more
    than one job, and enough version files for ``report_policies`` to use workers."""
    if config.jobs <= 1 or (config.cache is not None and ReportCache(config.cache).folder.is_dir()):
        return False
    return sum(1 for _ in itertools.islice(config.policies.glob("*/*.md"), PARALLEL_FROM)) >= PARALLEL_FROM


def stats_file(cache: Path, docs: Path) -> Path:
    """Size and mtime of the files written into ``docs`` (``output.write_outputs``); one cache may serve several."""
    key = hashlib.sha256(str(docs.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return cache / f"outputs-{key}.json"


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
    evaluation = "|".join(
        f"{s.label}:{s.about}:{hashlib.sha256(json.dumps(s.scores).encode()).hexdigest()}" for s in config.evaluation
    )
    settings = (
        f"{config.docs.resolve()}|{config.repo_url}|{config.site_url}|{config.page_rows}|{config.keep_going}"
        f"|{evaluation}|{config.build_date}|{_reliability_hash(config)}"
    )
    inputs = input_stamp(config.policies, config.templates, settings) if config.cache else ""
    if config.cache:
        previous = read_stamp(config.cache)
        if previous and previous.inputs == inputs and previous.outputs == output_stamp(config.docs):
            return BuildResult((), (), WriteResult((), previous.files, (), ()), up_to_date=previous)
        clear_stamp(config.cache)
    if _cold(config):
        start_workers_early()
    memo = read_front_matter(config.cache) if config.cache else None
    policies, problems = load_policies(config.policies, keep_going=config.keep_going, memo=memo)
    if memo is not None:
        write_front_matter(config.cache, memo)
    cache = ReportCache(config.cache) if config.cache else None
    all_reports, stats = report_policies(policies, jobs=config.jobs, cache=cache, progress=config.progress)
    del policies  # their bodies (about 0.5 GB at 10,000 policies): the reports' documents hold the text
    release_freed_memory()  # before the look-alike workers fork
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
    look_alikes, similarity = look_alikes_with_index(
        reports, previous=previous, mapper=lambda task, count: map_forked(task, count, jobs=config.jobs, chunk=1)
    )
    if config.cache:
        write_similarity(config.cache, similarity, previous)
    del similarity, previous  # every version's shingle hashes (about 210 MB at 10,000 policies): not needed for the pages
    release_freed_memory()  # the hashes just dropped, before the page workers fork
    gc.freeze()  # what the pages are made from: forked workers then leave the pages they share alone
    histories = [
        policy_history(report, grades=[v.grade.letter for v in report.versions]) for report in reports
    ]
    templates = folder_fingerprint(config.templates)
    pages = PageCache(config.cache, page_salt(config, templates)) if config.cache else None
    renderer = Renderer(
        config.templates, repo_url=config.repo_url, site_url=config.site_url, page_rows=config.page_rows,
        page_cache=pages, reliability=config.reliability, templates_key=templates,
    )
    site = SiteData(reports, look_alikes, histories, config.evaluation, config.site_url, renderer, config.build_date)
    outputs = produce_all(site)
    written = write_outputs(
        config.docs, outputs, stats_file(config.cache, config.docs) if config.cache else None, jobs=config.jobs
    )
    if pages is not None:
        pages.save(read_manifest(config.docs))
    if config.cache and not problems and not written.kept:
        write_stamp(config.cache, Stamp(inputs, output_stamp(config.docs, written.stats), len(reports), len(outputs)))
    return BuildResult(tuple(reports), look_alikes, written, tuple(problems), tuple(histories), stats)
