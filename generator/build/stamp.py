"""Skip a build whose inputs and outputs are exactly as the last build left them.

``mkdocs serve`` runs the generator on every reload, and CI rebuilds on every
merge: most of those runs change nothing. Before any work, ``build_site``
compares a stamp of

* the inputs: the generator's source and data (``cache.generator_fingerprint``),
  the templates' bytes, the build settings, and the name, size and
  modification time (ns) of every file under ``policies/``;
* the outputs: size and modification time of every file in the generator's
  manifest (so a deleted or hand-edited generated file is noticed)

with the stamp the last successful build saved in the cache folder. Equal
stamps mean the outputs are what a full build would write again, so nothing
is done. The input half is taken before the build and the output half after
it, so a policy edited while a build runs is rebuilt next time. Touching a
file (same bytes, new mtime) only costs one full, cached build.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .cache import folder_fingerprint, generator_fingerprint
from ..files import write_atomic
from .output import MANIFEST, read_manifest

STAMP_FILE = "build-stamp.json"


@dataclass(frozen=True)
class Stamp:
    inputs: str
    outputs: str
    policies: int
    """How many policies the stamped build had."""
    files: int
    """How many files it generated."""


def _tree(folder: Path) -> list[tuple[str, int, int]]:
    """(relative path, size, mtime_ns) of every file under ``folder``, sorted."""
    found = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            else:
                info = entry.stat(follow_symlinks=False)
                found.append((os.path.relpath(entry.path, folder), info.st_size, info.st_mtime_ns))
    return sorted(found)


def input_stamp(policies: Path, templates: Path, settings: str) -> str:
    digest = hashlib.sha256(generator_fingerprint().encode())
    digest.update(folder_fingerprint(templates).encode())
    digest.update(settings.encode())
    digest.update(json.dumps(_tree(policies)).encode())
    return digest.hexdigest()


def output_stamp(docs: Path, known: Mapping[str, str] | None = None) -> str:
    """A digest of the size and mtime of every generated file ("" when one is missing).

    ``known``: ``size:mtime_ns`` of files the writer has just written or checked
    (``WriteResult.stats``), so a build's closing stamp does not stat thousands of files again.
    """
    digest = hashlib.sha256()
    manifest = docs / MANIFEST
    try:
        info = manifest.stat()
    except FileNotFoundError:
        return ""
    digest.update(f"{info.st_size}:{info.st_mtime_ns}".encode())
    known = known or {}
    folder = str(docs)
    for relative in sorted(read_manifest(docs)):
        stat = known.get(relative)
        if not stat:
            try:
                info = os.stat(os.path.join(folder, relative))
            except FileNotFoundError:
                return ""
            stat = f"{info.st_size}:{info.st_mtime_ns}"
        digest.update(f"\0{relative}:{stat}".encode())
    return digest.hexdigest()


def read_stamp(cache: Path) -> Stamp | None:
    try:
        data = json.loads((cache / STAMP_FILE).read_text("utf-8"))
        return Stamp(str(data["inputs"]), str(data["outputs"]), int(data["policies"]), int(data["files"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_stamp(cache: Path, stamp: Stamp) -> None:
    text = json.dumps(stamp.__dict__, indent=1, sort_keys=True) + "\n"
    try:
        write_atomic(cache / STAMP_FILE, text.encode("utf-8"))
    except OSError:  # without a stamp the next build is a full (cached) one, nothing worse
        pass


def clear_stamp(cache: Path) -> None:
    (cache / STAMP_FILE).unlink(missing_ok=True)
