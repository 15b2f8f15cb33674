"""``plainpolicy analyze --corpus DIR --out FILE.jsonl``: a whole archive, streamed and resumable.

Built for the public archive of over a million policies: the tree is walked
lazily in a stable (sorted) order and analysed in batches, so memory stays
bounded by one batch plus the set of ids already done. Each result is one JSON
line ``{"id": <path relative to DIR>, "slug": ..., "answers": ...}`` (the
``analyze --format json`` contract plus the id), or ``{"id", "error"}`` for a
file that cannot be read as a policy. A line is appended with a single
``write`` on a file opened for appending, so a run killed at any moment
leaves at most one torn last line; the next run cuts it off and skips every
id already in the file.

Engines: ``local`` (worker processes on this machine) or ``dask`` (a Dask
cluster, ``--scheduler tcp://host:8786``). Both run the same pure function,
``analysis_io.analyze_file``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from ..errors import SiteError

SUFFIXES = (".md", ".txt")
BATCH_PER_WORKER = 32


@dataclass(frozen=True)
class CorpusStats:
    analysed: int
    skipped: int
    """Ids already in the output (a resumed run)."""
    failed: int


def walk(root: Path) -> Iterator[str]:
    """Ids (POSIX paths relative to ``root``) of every policy file, sorted, without listing the tree first."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder).relative_to(root)
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.startswith("."):
                yield (base / name).as_posix()


def done_ids(out: Path) -> set[str]:
    """Ids already in ``out``; a torn last line (a killed run) is cut off first."""
    if not out.exists():
        return set()
    with out.open("rb+") as stream:
        data = stream.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            stream.truncate(end)
    ids = set()
    for line in data[:end].splitlines():
        if line.strip():
            ids.add(json.loads(line)["id"])
    return ids


def analyze_record(root: str, record_id: str) -> dict:
    """One output record; a module-level function so processes and Dask workers can run it."""
    from .analysis_io import analyze_file

    try:
        result = analyze_file(Path(root) / record_id)
    except SiteError as error:
        return {"id": record_id, "error": str(error)}
    return {"id": record_id, **result}


def _append(descriptor: int, record: dict) -> None:
    line = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    written = os.write(descriptor, line)
    while written < len(line):  # a short write on a regular file is rare; finish it
        written += os.write(descriptor, line[written:])


def _batches(ids: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(ids)
    while batch := list(islice(iterator, size)):
        yield batch


def analyze_corpus(
    root: Path,
    out: Path,
    *,
    engine: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
    progress=None,  # noqa: ANN001 - callable(done: int)
) -> CorpusStats:
    """Analyse every policy file under ``root`` into the JSON Lines file ``out``, resuming.

    Args:
        root: the corpus folder (any depth; ``.md`` and ``.txt`` files).
        out: the JSON Lines output, appended to.
        engine: ``local`` or ``dask``.
        jobs: local worker processes.
        scheduler: the Dask scheduler address (``engine="dask"``).
        progress: called with the number of records written so far.

    Raises:
        SiteError: no such folder, or Dask missing / unreachable.
    """
    if not root.is_dir():
        raise SiteError(f"{root}: corpus folder not found. Pass a folder of policy files with --corpus.")
    out.parent.mkdir(parents=True, exist_ok=True)
    done = done_ids(out)
    skipped = 0

    def todo() -> Iterator[str]:
        nonlocal skipped
        for record_id in walk(root):
            if record_id in done:
                skipped += 1
            else:
                yield record_id

    runner = _DaskRunner(scheduler) if engine == "dask" else _LocalRunner(jobs)
    analysed = failed = 0
    descriptor = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        with runner as run:
            for batch in _batches(todo(), runner.width * BATCH_PER_WORKER):
                for record in run(str(root), batch):
                    _append(descriptor, record)
                    analysed += 1
                    failed += "error" in record
                if progress:
                    progress(analysed)
    finally:
        os.close(descriptor)
    return CorpusStats(analysed, skipped, failed)


class _LocalRunner:
    """Worker processes on this machine; entering gives ``run(root, batch)``."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.width = max(1, jobs)
        self.pool = None

    def __enter__(self):  # noqa: ANN204
        if self.jobs > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from ..build.parallel import START_METHOD

            self.pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(START_METHOD))
        return self.run

    def run(self, root: str, batch: list[str]) -> Iterator[dict]:
        if self.pool is None:
            return (analyze_record(root, record_id) for record_id in batch)
        return self.pool.map(analyze_record, [root] * len(batch), batch, chunksize=4)

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


class _DaskRunner:
    """A Dask cluster; entering connects and gives ``run(root, batch)``."""

    def __init__(self, scheduler: str | None):
        if not scheduler:
            raise SiteError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786).")
        self.scheduler = scheduler
        self.client = None
        self.width = 1

    def __enter__(self):  # noqa: ANN204
        try:
            from dask.distributed import Client
        except ImportError:
            raise SiteError("the dask engine needs Dask: pip install 'plainpolicy[dask]'.") from None
        try:
            self.client = Client(self.scheduler, timeout=30)
        except OSError as error:
            raise SiteError(f"cannot reach the Dask scheduler at {self.scheduler}: {error}.") from None
        self.width = max(1, sum(self.client.nthreads().values()))
        return self.run

    def run(self, root: str, batch: list[str]) -> list[dict]:
        futures = self.client.map(analyze_record, [root] * len(batch), batch, pure=False)
        return self.client.gather(futures)  # in input order, so the output order is stable

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
