"""Safe file writing: atomic, confined to one folder, and only when content changed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write only when the content differs, keeping mtimes (and ``mkdocs serve``) calm.

    Returns:
        True when the file was written.
    """
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    write_atomic(path, data)
    return True
