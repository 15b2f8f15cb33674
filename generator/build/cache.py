"""A content-hash cache of ``report_version``, so unchanged policies are not analysed again.

The key of a version is a SHA-256 over everything its report depends on: the
generator's fingerprint (every source and data file of the ``generator``
package, hence the rules, the practices and the code) and the version's body
and front matter. The site's templates do not enter the key because the
report does not depend on them (pages are rendered from reports on every
build, and written only when they changed). A changed input gives a new key;
old entries are left to ``prune``.

Entries are pickles of ``(Document, Analysis, Summary)`` under
``<root>/reports/<2 hex>/<key>.pickle``, written atomically, so concurrent
builds and interrupted ones never leave a torn entry. An unreadable entry is a
miss. The cache is a local, trusted folder (``.cache/plainpolicy`` by
default, git-ignored): never point it at files from elsewhere, since loading a
pickle runs code.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..analysis.similarity import Index
from ..files import Deferred, replacing, write_atomic
from ..read.load import FrontMatterMemo
from ..models import Analysis, Document, Grade, PolicyVersion, Readability, Summary

DEFAULT_CACHE = Path(".cache/plainpolicy")
DIGESTS = "digests.json"
FRONT_MATTER = "front-matter.pickle"
FORMAT = b"plainpolicy-report-cache-2"
log = logging.getLogger("plainpolicy")

Entry = tuple[Document, Analysis, Summary, Grade, Readability]


@cache
def generator_fingerprint() -> str:
    """SHA-256 over the generator package's source and data files, subpackages included (paths and bytes)."""
    digest = hashlib.sha256(FORMAT)
    package = Path(str(resources.files("generator")))
    files = [item for item in package.rglob("*") if item.is_file() and item.suffix in (".py", ".yaml", ".json", ".txt")]
    for item in sorted(files, key=lambda f: f.relative_to(package).as_posix()):
        digest.update(f"\0{item.relative_to(package).as_posix()}\0".encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()


def version_key(version: PolicyVersion) -> str:
    """The cache key of one version: generator fingerprint + front matter + body."""
    digest = hashlib.sha256(generator_fingerprint().encode())
    digest.update(version.meta.model_dump_json().encode("utf-8"))
    digest.update(b"\0")
    digest.update(version.body.encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class ReportCache:
    root: Path

    @property
    def folder(self) -> Path:
        """Where the entries are; it does not exist before the first entry is stored."""
        return self.root / "reports"

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Entry | None:
        try:
            data = self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("plainpolicy cache: cannot read %s: %s", self._path(key), error)
            return None
        try:
            entry = pickle.loads(data)  # noqa: S301 - our own folder, see the module docstring
        except Exception:  # noqa: BLE001 - a torn or foreign entry is a miss, never a failure
            return None
        if not (isinstance(entry, tuple) and len(entry) == len(Entry.__args__)):
            return None
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self.put_pickled(key, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str, data: bytes) -> None:
        """Store an entry already pickled (``pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)``)."""
        try:
            write_atomic(self._path(key), data, durable=False)
        except OSError as error:  # a read-only or full disk slows the next build, nothing more
            log.warning("plainpolicy cache: cannot write %s: %s", self._path(key), error)

    def prune(self, keep: set[str]) -> int:
        """Delete entries whose key is not in ``keep``; returns how many."""
        removed = 0
        for path in self.folder.glob("*/*.pickle"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def cached_json(root: Path | None, key: str, compute: Callable[[], object]) -> object:
    """``compute()``, kept as JSON under ``<root>/json/<key>.json`` for the next build with the
    same key (a miss on an unreadable entry; no cache when ``root`` is None)."""
    if root is None:
        return compute()
    entry = root / "json" / f"{key}.json"
    try:
        return json.loads(entry.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    value = compute()
    try:
        write_atomic(entry, json.dumps(value).encode("utf-8"), durable=False)
    except OSError as error:
        log.warning("plainpolicy cache: cannot write %s: %s", entry, error)
    return value


def folder_fingerprint(folder: Path) -> str:
    """SHA-256 over the names and bytes of every file under ``folder`` (the templates)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"\0{path.relative_to(folder).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class PageCache:
    """What the last build made, keyed by each page's inputs (see ``key``).

    ``pages/digests.json`` keeps the SHA-256 of each page's written bytes, so the writer leaves an
    unchanged page on disk alone without making it. A page is not stored beside its written copy:
    the copy in ``docs/`` is the one a build reads, and storing both cost every cold build a second
    file per page (about 7,100 at 1,000 policies, a third of the pages' CPU on this machine). A page
    changed or deleted in ``docs/`` is made again. Only the parts of larger files are stored
    (``keeper``): the exports are joined from them, so an edit remakes one policy's part.
    """

    def __init__(self, root: Path, salt: str):
        self.root = root
        self.salt = salt
        """What every page depends on besides its own policy: templates, generator, site settings."""
        self._keys: dict[int, tuple[object, str]] = {}
        try:
            digests = json.loads((root / "pages" / DIGESTS).read_text("utf-8"))
        except (OSError, ValueError):
            digests = {}
        self.digests: dict[str, str] = digests if isinstance(digests, dict) else {}
        self._paths: dict[str, str] = {}
        """The key of every page this build made, by path (its digest is the writer's)."""
        self._used: set[str] = set()
        """Every key this build asked for; the others are pruned when the pages' keys changed."""

    def _versions_key(self, report) -> str:  # noqa: ANN001 - models.PolicyReport
        """The version keys of a report, hashed once per build (a report has several pages)."""
        known = self._keys.get(id(report))
        if known is not None and known[0] is report:
            return known[1]
        digest = hashlib.sha256()
        for version in report.versions:
            digest.update((version.key or version_key(version.version)).encode())
        self._keys[id(report)] = (report, digest.hexdigest())
        return self._keys[id(report)][1]

    def key(self, report, extra: str = "") -> str:  # noqa: ANN001 - models.PolicyReport
        digest = hashlib.sha256(self.salt.encode())
        digest.update(extra.encode())
        digest.update(self._versions_key(report).encode())
        return digest.hexdigest()

    def keeper(self, report, extra: str) -> Callable[[Callable[[], str]], str]:  # noqa: ANN001 - PolicyReport
        """One policy's part of a larger file: ``keeper(make)`` is the stored text, or ``make()`` stored for
        next time. ``extra`` names what else the part shows. The key is taken now, in the building process:
        the part may be made in a forked worker (``output.write_outputs``), and a key asked for only
        there would be pruned as unused."""
        key = self.key(report, extra)
        self._used.add(key)
        return lambda make: self._part(key, make)

    def deferred(self, report, path: str, render, extra: str = "") -> Deferred:  # noqa: ANN001
        """A policy's page, ``render(report, path)`` when the writer reaches it, with the digest its bytes had
        last time when its key is unchanged (the writer then leaves the page in ``docs/`` alone). ``extra``
        names what else the page shows that does not come from its own policy."""
        key = self.key(report, extra)
        self._paths[path] = key
        return Deferred(lambda: render(report, path), self.digests.get(key))

    def made_from(self, reports, path: str, key: str, render) -> Deferred:  # noqa: ANN001 - PolicyReports, callable
        """The file at ``path`` made from ``reports`` (``render()``: a page of rows, a card), with the digest its
        bytes had last time while those reports and ``key`` (the rest of what it shows) are unchanged."""
        digest = hashlib.sha256(f"{self.salt}|made-from|{path}|{key}".encode())
        for report in reports:
            digest.update(self._versions_key(report).encode())
        full = digest.hexdigest()
        self._paths[path] = full
        return Deferred(render, self.digests.get(full))

    def _part(self, key: str, make: Callable[[], str]) -> str:
        entry = self.root / "pages" / key[:2] / f"{key}.md"
        try:
            text = entry.read_bytes().decode("utf-8")  # as stored: read_text would turn a CSV's CRLF into LF
        except (OSError, UnicodeDecodeError):
            text = make()
            try:
                write_atomic(entry, text.encode("utf-8"), durable=False)
            except OSError as error:
                log.warning("plainpolicy cache: cannot write %s: %s", entry, error)
        return text

    def _prune(self) -> None:
        """Delete the stored parts this build did not ask for: each edit under ``mkdocs serve`` would
        otherwise leave the old versions of the parts it changed. A build of another ``docs/`` sharing
        this cache only loses entries it will make again."""
        for entry in (self.root / "pages").glob("*/*.md"):
            if entry.stem not in self._used:
                entry.unlink(missing_ok=True)

    def save(self, written: dict[str, str]) -> None:
        """Keep the digests of this build's pages for the next one (only those: old pages drop out),
        and prune the pages it no longer uses.

        Args:
            written: the SHA-256 of every file the writer wrote or found unchanged, by path (its manifest).
        """
        used = {key: written[path] for path, key in self._paths.items() if written.get(path)}
        if used == self.digests:  # the same pages as the last build: nothing new was stored, nothing to prune
            return
        # a page stored under a new key, here or in a forked worker (``parallel.map_forked``), changes ``used``
        self._prune()
        try:
            data = json.dumps(used, sort_keys=True).encode("utf-8")
            write_atomic(self.root / "pages" / DIGESTS, data, durable=False)
        except OSError as error:
            log.warning("plainpolicy cache: cannot write %s: %s", self.root / "pages" / DIGESTS, error)


def read_front_matter(root: Path) -> FrontMatterMemo:
    """Front matter the last build validated (``load.FrontMatterMemo``); empty when missing, unreadable
    or written by another generator (whose checks may differ)."""
    try:
        fingerprint, known = pickle.loads((root / FRONT_MATTER).read_bytes())  # noqa: S301 - our own folder
    except Exception:  # noqa: BLE001 - a torn or foreign entry is a miss, never a failure
        return FrontMatterMemo()
    return FrontMatterMemo(known if fingerprint == generator_fingerprint() and isinstance(known, dict) else None)


def write_front_matter(root: Path, memo: FrontMatterMemo) -> None:
    if memo.used == memo.known:
        return
    data = pickle.dumps((generator_fingerprint(), memo.used), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        write_atomic(root / FRONT_MATTER, data, durable=False)
    except OSError as error:
        log.warning("plainpolicy cache: cannot write %s: %s", root / FRONT_MATTER, error)


SIMILARITY = "similarity"
"""The look-alike index: ``index.npz`` (keys, sizes, pairs) and one file of hashes per version text,
named by its content key, so that an edit writes one small file instead of every version's hashes
(21 MB at 1,000 policies, about 240 MB at 10,000)."""
_HASHES_SUFFIX = ".u64"


def read_similarity(root: Path) -> Index | None:
    """The look-alike index of the last build (``similarity.Index``), or None when missing or unreadable."""
    folder = root / SIMILARITY
    try:
        with np.load(folder / "index.npz", allow_pickle=False) as data:
            if str(data["generator"]) != generator_fingerprint():
                return None  # hashed by other code: its hashes may not be this code's
            keys, sizes, pairs, threshold = data["keys"], data["sizes"], data["pairs"], float(data["threshold"])
        arrays = []
        for key, size in zip(keys.tolist(), sizes.tolist()):
            values = np.fromfile(folder / f"{key}{_HASHES_SUFFIX}", dtype="<u8")
            if len(values) != size:
                return None  # a file changed behind the build's back: start afresh
            arrays.append(values.astype(np.uint64, copy=False))
    except Exception:  # noqa: BLE001 - an empty, torn or foreign index (EOFError, BadZipFile...) is a miss
        return None
    return Index(keys, tuple(arrays), pairs, threshold)


def write_similarity(root: Path, index: Index, previous: Index | None) -> None:
    """Keep ``index`` for the next build (not rewritten when it equals ``previous``): the hashes of
    versions not stored yet, then the index naming them, then the files of versions it no longer has."""
    if (
        previous is not None
        and previous.threshold == index.threshold
        and np.array_equal(previous.keys, index.keys)
        and np.array_equal(previous.pairs, index.pairs)
    ):
        return
    folder = root / SIMILARITY
    try:
        folder.mkdir(parents=True, exist_ok=True)
        present = {entry.name for entry in os.scandir(folder)}
        if previous is None:
            # the files may hold another code's hashes: no index may name them while they are rewritten
            (folder / "index.npz").unlink(missing_ok=True)
            trusted = set()
        else:
            trusted = present & {f"{key}{_HASHES_SUFFIX}" for key in previous.keys.tolist()}
        wanted = set()
        for key, values in zip(index.keys.tolist(), index.arrays):
            name = f"{key}{_HASHES_SUFFIX}"
            wanted.add(name)
            if name not in trusted:
                write_atomic(folder / name, values.astype("<u8", copy=False).tobytes(), durable=False)
        with replacing(folder / "index.npz", durable=False) as target:
            np.savez(target.stream, keys=index.keys, sizes=index.sizes, pairs=index.pairs,
                     threshold=np.float64(index.threshold), generator=np.str_(generator_fingerprint()))  # fmt: skip
        for name in present - wanted:
            if name.endswith(_HASHES_SUFFIX):
                (folder / name).unlink(missing_ok=True)
        (root / "similarity.npz").unlink(missing_ok=True)  # the single-file form of earlier generators
    except OSError as error:
        log.warning("plainpolicy cache: cannot write %s: %s", folder, error)
