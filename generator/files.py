"""Safe file writing: atomic, confined to one folder, and only when content changed."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import SiteError


def confined(root: Path, relative: str) -> Path:
    """Resolve ``relative`` under ``root``, refusing anything that would escape it."""
    if not relative or relative.startswith(("/", "\\")) or "\\" in relative or "\x00" in relative:
        raise SiteError(f"refusing to write {relative!r}: not a plain relative path")
    base = root.resolve()
    target = (base / relative).resolve()
    if target != base and base not in target.parents:
        raise SiteError(f"refusing to write {relative!r}: it points outside {root}")
    return target


def confined_all(
    root: Path, relatives: list[str], seen: dict[str, os.stat_result | None] | None = None
) -> dict[str, Path]:
    """``confined`` for many paths, resolving each folder once from its parent (thousands of pages
    share a few folders, and a thousand policy folders share one parent).

    ``seen``, when given, receives the ``lstat`` of each path that is not a symbolic link (None when
    missing): the check made to find links doubles as the file's stat, one system call instead of two.
    """
    base = root.resolve()
    folders: dict[str, Path] = {"": base}

    def folder_of(folder: str) -> Path:
        if folder not in folders:
            parent, _, name = folder.rpartition("/")
            candidate = folder_of(parent) / name if _plain_name(name) else None
            # a symbolic link may point anywhere: resolve it in full
            plain = candidate is not None and not candidate.is_symlink()
            folders[folder] = candidate if plain else confined(root, folder)
        return folders[folder]

    found = {}
    for relative in relatives:
        folder, _, name = relative.rpartition("/")
        if relative.startswith(("/", "\\")) or "\\" in relative or "\x00" in relative or not _plain_name(name):
            found[relative] = confined(root, relative)
            continue
        target = folder_of(folder) / name
        try:
            info: os.stat_result | None = os.lstat(target)
        except OSError:
            info = None
        if info is not None and stat.S_ISLNK(info.st_mode):
            found[relative] = confined(root, relative)
            continue
        found[relative] = target
        if seen is not None:
            seen[relative] = info
    return found


def _plain_name(name: str) -> bool:
    return name not in ("", ".", "..")


@dataclass(frozen=True)
class Deferred:
    """A generated file's text, made only when the writer reaches it.

    Output producers give these instead of text so that the build holds one
    page at a time, not the whole site (``build.output.write_outputs``).
    """

    render: Callable[[], str]
    digest: str | None = None
    """SHA-256 of the file's bytes when known without rendering (a cached page): the writer
    then leaves an unchanged file alone without making its text at all."""


@dataclass(frozen=True)
class Streamed:
    """A generated file too large to hold as one text (a data export of every policy), as the parts
    ``parts()`` gives: the writer makes, hashes and writes them one at a time (``write_parts_if_changed``).

    At 10,000 policies the JSON export is about 190 MB, and holding it whole (its parts, the joined
    text and its bytes) cost the build over 1 GB.
    """

    parts: Callable[[], Iterable[str]]


def text_of(value: str | Deferred | Streamed) -> str:
    if isinstance(value, Streamed):
        return "".join(value.parts())
    return value.render() if isinstance(value, Deferred) else value


_TEMP_SUFFIX = ".tmp"
_TEMP_RANDOM = 8
"""Length of the random part ``tempfile.mkstemp`` puts in a name."""


def temporary_target(candidate: str) -> str | None:
    """The file name whose temporary file ``write_atomic`` named ``candidate``, or None."""
    cut = 1 + _TEMP_RANDOM + len(_TEMP_SUFFIX)
    if candidate.startswith(".") and candidate.endswith(_TEMP_SUFFIX) and len(candidate) > cut + 1:
        if candidate[-cut] == ".":
            return candidate[1:-cut]
    return None


@dataclass
class _Pending:
    """The temporary file ``replacing`` hands out: write to ``stream``; set ``discard`` to keep the old file."""

    stream: BinaryIO
    discard: bool = False


@contextlib.contextmanager
def replacing(path: Path, *, durable: bool) -> Iterator[_Pending]:
    """A hidden temporary file beside ``path`` (``temporary_target`` names it) that replaces ``path`` when
    the block ends, unless the block sets ``discard``; removed if the block fails. Errors name ``path``.
    For a file written by a library that takes a file object (``numpy.savez``), so that its bytes are
    never held whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=_TEMP_SUFFIX)
    except OSError as error:  # a read-only or full disk: name the file the build was writing, not its temporary
        raise OSError(error.errno, error.strerror, str(path)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            pending = _Pending(stream)
            yield pending
            if durable and not pending.discard:
                stream.flush()
                os.fsync(stream.fileno())
        if pending.discard:
            Path(temporary).unlink()
        else:
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(path)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file.

    A process killed between the two leaves only the hidden temporary file
    (``.<name>.<random>.tmp``, see ``temporary_target``), never a partial ``path``.
    ``durable`` also flushes the bytes to the disk before the rename (``fsync``), so a crash
    of the whole machine cannot leave an empty file either: for files that cannot be made
    again (imported policies, the manifest). Generated pages skip it: at 0.6 ms a file it
    cost about 5 s of a 1,000-policy build, and a page lost that way differs from the size
    and time the build recorded, so the next build makes it again.
    """
    with replacing(path, durable=durable) as pending:
        pending.stream.write(data)


def write_parts_if_changed(
    path: Path, parts: Iterable[bytes], *, keep: Callable[[str], bool] = lambda digest: False
) -> tuple[str, bool]:
    """Write ``parts`` one after the other into a temporary file, hashing them on the way, and put it
    in place only when the bytes differ from the file's (compared by size and SHA-256) and ``keep``
    does not say the file is known to hold them already.

    Returns:
        The SHA-256 of the bytes, and True when the file was written.
    """
    digest, size = hashlib.sha256(), 0
    with replacing(path, durable=False) as pending:
        for part in parts:
            digest.update(part)
            pending.stream.write(part)
            size += len(part)
        sha = digest.hexdigest()
        pending.discard = keep(sha) or _holds(path, size, sha)
    return sha, not pending.discard


def _holds(path: Path, size: int, sha: str) -> bool:
    """``path`` has ``size`` bytes whose SHA-256 is ``sha`` (read in blocks, never whole)."""
    try:
        if path.stat().st_size != size:
            return False
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest() == sha
    except FileNotFoundError:
        return False


def write_if_changed(path: Path, data: bytes, *, durable: bool = True) -> bool:
    """Write only when the content differs, keeping mtimes (and ``mkdocs serve``) calm.

    Returns:
        True when the file was written.
    """
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_atomic(path, data, durable=durable)
    return True
