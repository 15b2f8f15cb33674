"""Report every policy version: from the cache when unchanged, in worker processes otherwise.

``report_version`` is a pure function of one file, so it can run anywhere and
in any order; results are put back in input order, so the output is
byte-identical whatever ``jobs`` is and whatever the cache holds (tested).
A progress bar (rich) is shown on long runs when standard error is a terminal.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

from ..analysis.pipeline import report_version
from .cache import ReportCache, version_key
from ..models import Document, Policy, PolicyReport, PolicyVersion, VersionReport

PARALLEL_FROM = 16
"""Below this many versions to analyse, worker start-up costs more than it saves."""
PROGRESS_FROM = 200
"""Below this many versions to analyse, no progress bar."""
CHUNK = 8
"""Versions sent to a worker at a time."""

log = logging.getLogger("plainpolicy")

WARM_MODULE = "generator.build.warm"
"""Imported once by the forkserver: see warm.py."""

START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
"""How worker processes start: forkserver where the platform has it (no inherited state), spawn elsewhere."""

_last_build: dict = {}
"""The entries of this process's last cached build, ``{cache folder: {key: entry}}``: ``mkdocs serve``
rebuilds in one process, and unpickling every unchanged report again on each reload cost about 2 s
at 1,000 policies. Only the last build's entries are kept (immutable, keyed by content like the cache)."""

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class ReportStats:
    versions: int
    cached: int
    """Versions whose report came from the cache."""
    jobs: int
    """Processes used for the others."""


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _entry(version: PolicyVersion):  # noqa: ANN202 - cache.Entry
    report = report_version(version)
    return without_sentences(report.document), report.analysis, report.summary, report.grade, report.readability


def _pickled_entry(version: PolicyVersion) -> bytes:
    """``_entry`` as the cache stores it: a worker's result is pickled to come back anyway, and the
    building process then stores these bytes instead of pickling the entry a second time (about
    3 CPU-s of its serial part at 10,000 policies)."""
    return pickle.dumps(_entry(version), protocol=pickle.HIGHEST_PROTOCOL)


def without_sentences(document: Document) -> Document:
    """``document`` with its paragraphs' sentences dropped: nothing after analysis reads them, and
    at 10,000 policies they cost about 0.5 GB in the building process and in every cache entry."""
    paragraphs = tuple(replace(paragraph, sentences=()) for paragraph in document.paragraphs)
    return replace(document, paragraphs=paragraphs)


def start_workers_early() -> None:
    """Start the forkserver now, so that its warm-up (``warm.py``: about 1.7 CPU-s of imports, rules and
    the pronunciation dictionary, which every analysis worker then starts from) runs in another process
    while this one loads the policies, instead of after. ``map_ordered`` uses the same forkserver."""
    if START_METHOD != "forkserver":
        return
    _worker_context()
    from multiprocessing import forkserver

    forkserver.ensure_running()


def _worker_context() -> multiprocessing.context.BaseContext:
    """The context analysis workers start in; a forkserver reads ``warm.py`` when it starts (once per
    process), so its workers start with the rules compiled and the dictionary loaded."""
    context = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        context.set_forkserver_preload([WARM_MODULE])
    return context


def in_workers(jobs: int, count: int) -> bool:
    """Whether ``map_ordered`` runs ``count`` calls in worker processes rather than in this one."""
    return jobs > 1 and count >= PARALLEL_FROM


def map_ordered(
    function: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int,
    label: str = "Analysing",
    progress: bool | None = None,
) -> Iterator[R]:
    """``map(function, items)`` over ``jobs`` processes, results in input order.

    Args:
        function: a picklable (module-level) function.
        items: picklable inputs.
        jobs: processes; 1 runs in this process.
        label: shown next to the progress bar.
        progress: force the bar on or off; default: on a terminal, for long runs.
    """
    if progress is None:
        progress = len(items) >= PROGRESS_FROM and sys.stderr.isatty()
    if not in_workers(jobs, len(items)):
        results: Iterable[R] = map(function, items)
        pool = None
    else:
        # forkserver: safe under mkdocs serve's threads, and workers do not inherit this process's memory.
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_worker_context())
        results = pool.map(function, items, chunksize=CHUNK)
    try:
        if progress:
            yield from _with_progress(results, len(items), label)
        else:
            yield from results
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


_forked_function: Callable[[int], object] | None = None
"""What ``map_forked``'s workers run: set before the fork, so they inherit it instead of unpickling it."""


def _call_forked(index: int) -> object:
    assert _forked_function is not None
    return _forked_function(index)


def can_fork() -> bool:
    """A fork is safe here: the platform has it and this process runs one thread. A fork copies
    only the calling thread, and a lock another thread held at that moment (``mkdocs serve``'s
    server, logging) would stay taken in the child for ever."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl). Looked up among the
    symbols this process has loaded already: no search for the library on disk."""
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except (OSError, TypeError):  # TypeError: Windows takes no None
        return None


def release_freed_memory() -> bool:
    """Give the memory of freed objects back to the system before ``map_forked`` forks (the
    look-alike workers after the policy bodies are dropped, the page workers after the hashes).

    Python frees strings of a few kilobytes to the C allocator, which keeps them in its heap:
    at 10,000 policies the building process held about 440 MiB of freed policy bodies and
    look-alike hashes when it forked its page workers, and every worker started with them in
    its resident memory. ``malloc_trim(0)`` returns them (0.03 s). Returns whether it ran."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def map_forked(
    function: Callable[[int], R], count: int, *, jobs: int, chunk: int = CHUNK, fork_from: int = PARALLEL_FROM
) -> Iterator[R]:
    """``function(0) ... function(count - 1)`` over ``jobs`` forked processes, results in order.

    For work on what this process already holds (the build's reports and the pages made
    from them): forked workers share it as it is, where forkserver workers would need
    all of it pickled to them. Runs in this process when ``jobs`` is 1, the work is small,
    or ``can_fork()`` says no; the results are the same either way. ``chunk``: calls sent to a
    worker at a time (1 for a few long tasks). ``fork_from``: calls below which forking costs
    more than it saves.
    """
    global _forked_function
    worth_it = jobs > 1 and count >= fork_from
    if not (worth_it and can_fork()):
        if worth_it:
            log.debug("plainpolicy: %d threads running, so %d files are made in this process", threading.active_count(), count)
        yield from map(function, range(count))
        return
    _forked_function = function
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_call_forked, range(count), chunksize=chunk)
    finally:
        _forked_function = None


def _with_progress(results: Iterable[R], total: int, label: str) -> Iterator[R]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)
        for result in results:
            bar.advance(task)
            yield result


def report_policies(
    policies: Sequence[Policy], *, jobs: int = 1, cache: ReportCache | None = None, progress: bool | None = None
) -> tuple[list[PolicyReport], ReportStats]:
    """The report of every version of every policy, in the policies' order.

    Args:
        policies: as loaded.
        jobs: processes for the versions not in the cache.
        cache: where reports of unchanged versions are kept; None to analyse everything.
        progress: see ``map_ordered``.
    """
    global _last_build
    versions = [version for policy in policies for version in policy.versions]
    keys = [version_key(version) for version in versions]
    last = _last_build.get(cache.root, {}) if cache else {}
    entries = [(last.get(key) or cache.get(key)) if cache else None for key in keys]
    missing = [index for index, entry in enumerate(entries) if entry is None]
    # the entries are stored here, while the workers analyse the next ones (in the workers it made the build slower)
    pickled = cache is not None and in_workers(jobs, len(missing))
    computed = map_ordered(_pickled_entry if pickled else _entry, [versions[i] for i in missing], jobs=jobs, progress=progress)
    for index, result in zip(missing, computed):
        if pickled:
            entries[index] = pickle.loads(result)  # noqa: S301 - made by this build's own workers
            cache.put_pickled(keys[index], result)
        else:
            entries[index] = result
            if cache:
                cache.put(keys[index], result)
    if cache:
        _last_build = {cache.root: dict(zip(keys, entries))}
    # the body is dropped: the document holds the text, and at 10,000 policies the bodies took about 0.5 GB
    reports_by_version = iter(
        VersionReport(replace(version, body=""), *entry, key=key) for version, entry, key in zip(versions, entries, keys)
    )
    reports = [
        PolicyReport(policy.slug, tuple(next(reports_by_version) for _ in policy.versions)) for policy in policies
    ]
    used = jobs if in_workers(jobs, len(missing)) else 1
    return reports, ReportStats(len(versions), len(versions) - len(missing), used)
