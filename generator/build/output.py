"""Write generated files into ``docs/`` without ever touching anyone else's files.

A manifest (``docs/.plainpolicy-manifest.json``, hidden from MkDocs) lists what
the generator wrote, with hashes. The build

* refuses to overwrite a file it did not generate (checked before writing anything);
* writes only files whose content changed, each atomically, as each text is made
  (``Deferred``) or piece by piece (``Streamed``), in worker processes that send back only
  hashes, so the whole site is never held in memory;
* does not read back a file whose new hash is the manifest's and whose size and
  modification time are those it had when the last build wrote it (kept in the cache);
* removes a stale generated file only if it is still exactly what was generated.

The manifest is written first with the union of old and new paths, so a build
killed half-way still knows every file it may have written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..characters import scrub_utf8
from ..errors import OutputConflict
from ..files import (
    Deferred, Streamed, confined_all, temporary_target, text_of, write_atomic, write_if_changed, write_parts_if_changed,
)
from .parallel import map_forked

MANIFEST = ".plainpolicy-manifest.json"
log = logging.getLogger("plainpolicy")


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    kept: tuple[str, ...]
    """Stale generated files left in place because someone edited them."""
    stats: Mapping[str, str] = field(default_factory=dict)
    """Size and mtime (``size:mtime_ns``) of each file written or found unchanged, as the build left it."""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(root: Path) -> dict[str, str]:
    try:
        data = json.loads((root / MANIFEST).read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        raise OutputConflict(f"{root / MANIFEST}: unreadable; delete it and the generated files, then build again.")
    return {str(k): str(v) for k, v in data.get("files", {}).items()}


def _write_manifest(root: Path, files: dict[str, str]) -> None:
    text = json.dumps({"generator": "plainpolicy", "files": dict(sorted(files.items()))}, indent=1) + "\n"
    write_if_changed(root / MANIFEST, text.encode("utf-8"))


def _read_stats(path: Path | None) -> dict[str, str]:
    """Size and mtime of each file when the last build wrote or checked it (none without a cache)."""
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_stats(path: Path | None, stats: dict[str, str]) -> None:
    if path is None:
        return
    try:
        write_if_changed(path, json.dumps(stats, sort_keys=True).encode("utf-8"))
    except OSError as error:  # without it the next build reads the files back, nothing worse
        log.warning("plainpolicy cache: cannot write %s: %s", path, error)


def _stat(path: Path) -> str:
    """Size and modification time: a file whose stat is what the build left has the bytes it wrote."""
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}"


def _generated_by_us(path: Path) -> bool:
    """A page carrying our marker was written by an earlier build whose manifest is gone."""
    try:
        head = path.read_bytes()[:4096].decode("utf-8", "replace")
    except OSError:
        return False
    return head.startswith("---\n") and "\ngenerated_by: plainpolicy\n" in head


def write_outputs(
    root: Path, outputs: Mapping[str, str | Deferred | Streamed], stats_file: Path | None = None, *, jobs: int = 1
) -> WriteResult:
    """Bring ``root`` in line with ``outputs`` (``{relative path: text}``).

    Every path is checked before anything is written; texts given as ``Deferred``
    are made one at a time as they are written, so only their hashes are kept.
    ``stats_file`` (in the build cache, never in ``root``: the site's bytes must not
    depend on clocks) keeps each file's size and mtime: a file whose new hash is
    the manifest's and whose stat is unchanged is not read back.

    ``jobs`` processes make and write the files (``parallel.map_forked``); the manifest is written here.

    Raises:
        OutputConflict: a path is taken by a file the generator did not write.
    """
    root.mkdir(parents=True, exist_ok=True)
    old, old_stats = read_manifest(root), _read_stats(stats_file)
    paths = sorted(outputs)
    seen: dict[str, os.stat_result | None] = {}
    targets = confined_all(root, sorted({*paths, *old}), seen)
    conflicts = [
        rel
        for rel in paths
        if rel not in old and targets[rel].exists() and not _generated_by_us(targets[rel])
    ]
    if conflicts:
        raise OutputConflict(
            "these files were not generated by plainpolicy and would be overwritten: "
            + ", ".join(str(root / rel) for rel in sorted(conflicts))
            + ". Move or rename them (hand-written pages need other names)."
        )
    unfinished = _unfinished_marker(stats_file)
    if unfinished is None or unfinished.exists() or not stats_file.exists():
        # the last write into root may have been cut short: look for the temporary files it left
        _remove_interrupted_writes([root / MANIFEST, *targets.values()])
    if unfinished is not None:
        _mark(unfinished, stats_file)
    _write_manifest(root, {**old, **{rel: old.get(rel, "") for rel in paths}})
    written, digests, stats = [], {}, {}
    to_make = []
    for rel in paths:
        value, known = outputs[rel], old.get(rel)
        digest = _digest_at_hand(value)
        if digest and digest == known and _same_stat(rel, seen, targets[rel], old_stats.get(rel, "")):
            digests[rel], stats[rel] = known, old_stats[rel]
        else:
            to_make.append(rel)

    def make_and_write(index: int) -> tuple[str, bool, str]:
        rel = to_make[index]
        return _make_and_write(outputs[rel], targets[rel], old.get(rel), old_stats.get(rel, ""))

    # made and written by the workers, which send back only hashes and stats: no page's bytes cross processes
    made = map_forked(make_and_write, len(to_make), jobs=jobs, fork_from=FORK_FROM)
    for rel, (digest, was_written, stat) in zip(to_make, made):
        digests[rel], stats[rel] = digest, stat
        if was_written:
            written.append(rel)
    removed, kept = [], []
    for rel, digest in sorted(old.items()):
        if rel in outputs:
            continue
        path = targets[rel]
        if not path.exists():
            continue
        if digest and _sha(path.read_bytes()) == digest:
            path.unlink()
            removed.append(rel)
            _remove_empty_parents(path.parent, root)
        else:
            log.warning("kept %s: it changed since plainpolicy generated it", path)
            kept.append(rel)
    _write_manifest(root, digests | {rel: "" for rel in kept})
    _write_stats(stats_file, stats)
    if unfinished is not None:
        unfinished.unlink(missing_ok=True)
    return WriteResult(tuple(written), len(paths) - len(written), tuple(removed), tuple(kept), stats)


def _make_and_write(value: str | Deferred | Streamed, target: Path, known: str | None, old_stat: str) -> tuple[str, bool, str]:
    """Make one file's text and write it unless unchanged: ``(SHA-256 of its bytes, written?, its stat)``.

    A file whose new hash is the manifest's (``known``) and whose stat is what the last build
    left (``old_stat``) is not read back.
    """

    def untouched(digest: str) -> bool:
        return digest == known and _unchanged(target, old_stat)

    # the loader refuses control characters; scrub() keeps any that arrive by another road from breaking a file
    if isinstance(value, Streamed):
        digest, was_written = write_parts_if_changed(target, map(scrub_utf8, value.parts()), keep=untouched)
        return digest, was_written, _stat(target)
    data = scrub_utf8(text_of(value))
    digest = _sha(data)
    if untouched(digest):
        return digest, False, old_stat
    return digest, write_if_changed(target, data, durable=False), _stat(target)


FORK_FROM = 100
"""Files to make before the writer forks workers. A forked worker that renders a listing touches
every report, and so copies the memory pages they sit on: the 35 files an edit remakes at 1,000
policies took 0.34 s over two workers and 0.28 s in this process."""

SMALL_TEXT = 4096
"""Characters: a text this short is hashed here, so an unchanged one (a badge's JSON, one per
policy) costs no worker; longer texts are hashed by the workers that may write them."""


def _digest_at_hand(value: str | Deferred | Streamed) -> str | None:
    """The file's hash when it costs nothing to know here: a cached page's, or a short text's."""
    if isinstance(value, Deferred):
        return value.digest
    if isinstance(value, str) and len(value) <= SMALL_TEXT:
        return _sha(scrub_utf8(value))
    return None


def _same_stat(rel: str, seen: dict[str, os.stat_result | None], target: Path, stat: str) -> bool:
    """``_unchanged``, from the ``lstat`` taken when the path was checked when there is one."""
    if rel not in seen:
        return _unchanged(target, stat)
    info = seen[rel]
    return bool(stat) and info is not None and f"{info.st_size}:{info.st_mtime_ns}" == stat


def _unfinished_marker(stats_file: Path | None) -> Path | None:
    """A file in the build cache that stands while files are written into the site's folder: found
    at the start of a build, it says the last one was cut short (and may have left temporary files).

    A build cut short without a cache, or with another cache folder, leaves no mark in this one:
    its temporary files stay until a build without this cache's stats runs. They are hidden files
    (``.<name>.<random>.tmp``), which MkDocs does not publish."""
    return stats_file.with_name(stats_file.name + ".unfinished") if stats_file is not None else None


def _mark(path: Path, stats_file: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    except OSError as error:
        # without the mark, a build cut short would not be noticed: without the stats either,
        # the next build scans for leftovers
        log.warning("plainpolicy cache: cannot write %s: %s", path, error)
        with contextlib.suppress(OSError):
            stats_file.unlink()


def _unchanged(target: Path, stat: str) -> bool:
    """``target`` has the size and mtime (``stat``) the last build left, so it holds the bytes it wrote."""
    return bool(stat) and _stat(target) == stat


def _remove_interrupted_writes(paths: list[Path]) -> None:
    """Delete temporary files that a killed build left next to files it generates."""
    by_folder: dict[Path, set[str]] = {}
    for path in paths:
        by_folder.setdefault(path.parent, set()).add(path.name)
    for folder, names in sorted(by_folder.items()):
        try:
            found = os.listdir(folder)  # names only: a folder of a thousand pages holds few temporary files
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in sorted(n for n in found if n.endswith(".tmp") and temporary_target(n) in names):
            entry = folder / name
            if entry.is_file():
                log.info("removed %s, left by an interrupted build", entry)
                entry.unlink()


def _remove_empty_parents(folder: Path, root: Path) -> None:
    root = root.resolve()
    folder = folder.resolve()
    while folder != root and root in folder.parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


__all__ = ["MANIFEST", "WriteResult", "read_manifest", "write_atomic", "write_outputs"]
