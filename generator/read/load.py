"""Stage 1: read ``policies/<slug>/<date>.md`` and validate every file.

Problems are collected, never raised one at a time, so that a contributor sees
every mistake in one run (``path:line: field: message``). This module reads the
files (bytes, encoding, size and block limits, folders and slugs, names that look
alike); ``front_matter`` parses and validates each file's front matter.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from ..characters import describe, first_disallowed, look_alike_key, may_need_scrub
from ..errors import PolicyError, PolicyErrors
from ..models import SLUG_PATTERN, FrontMatter, Policy, PolicyVersion, reserved_slug
from .front_matter import check_overrides, check_plain_name, key_line, parse_front_matter

MAX_POLICY_BYTES = 2 * 1024 * 1024
"""A policy file larger than this is refused: real policies are under 200 KB, and a file at
the limit still builds in a few seconds."""

_DATE_FILE = re.compile(r"(\d{4}-\d{2}-\d{2})\.md", re.ASCII)
_SLUG = re.compile(SLUG_PATTERN)

_DISAPPEARED = "disappeared while the build was reading it (deleted or moved); build again."

MAX_BLOCKS = 20_000
"""Paragraphs, list items and headings in one text. The longest real policy has a few hundred;
a file at the size limit made of real prose has about 15,000 and builds in a few seconds,
while 2 MB of one-line paragraphs (180,000) took 23 s in the generator."""

MAX_LIST_ITEMS = 5_000
"""List items in one text, the costliest blocks (markdown-it's list rule, the analyzer's list
context): a 1.9 MB numbered list (42,000 items) took 48 s in the generator and 38 s in MkDocs,
20,000 items still 25 s on a loaded machine. Real policies have at most a few hundred."""

_BLOCK_START = re.compile(
    r"(?m)^(?=(?P<item>[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t])|[ \t]{0,3}#{1,6}(?:[ \t]|$))|(?<=\n\n)(?=[^\n])"
)
"""Where a block starts: a list item (group ``item``) or heading line, or a line after a blank one.
Counted on the raw text, before it is parsed, so that a text over a limit costs nothing more."""

MemoKey = tuple[str, str, int, int]
"""A policy file's path, its folder's slug, its size and its modification time (ns)."""


class FrontMatterMemo:
    """Front matter of files validated by an earlier build, keyed by path, size and mtime.

    An unchanged file (same size and mtime) gave the same front matter and passed every
    check then, so it is only decoded, not parsed and validated again. The build keeps
    ``used`` in its cache for the next build (``build.cache``).
    """

    def __init__(self, known: dict[MemoKey, tuple[FrontMatter, int, int]] | None = None):
        self.known = known or {}
        self.used: dict[MemoKey, tuple[FrontMatter, int, int]] = {}
        """``(front matter, body line, offset of the body in the text)`` of this build's files."""

    def get(self, key: MemoKey) -> tuple[FrontMatter, int, int] | None:
        found = self.known.get(key)
        if found is not None:
            self.used[key] = found
        return found


def load_policies(
    root: Path, *, keep_going: bool = False, today: dt.date | None = None, memo: FrontMatterMemo | None = None
) -> tuple[list[Policy], list[PolicyError]]:
    """Read and validate every policy under ``root``.

    Args:
        root: the ``policies/`` folder.
        keep_going: return the valid policies with the errors instead of raising.
        today: the build date (default: today in UTC); a version archived later is refused
            (one day of grace for time zones ahead of UTC).
        memo: front matter of files unchanged since an earlier build, which are not validated again.

    Returns:
        The policies sorted by slug (versions oldest first) and the problems found.

    Raises:
        PolicyErrors: when any file is invalid and ``keep_going`` is false.
    """
    errors: list[PolicyError] = []
    by_slug: dict[str, list[PolicyVersion]] = {}
    today = today or dt.datetime.now(dt.timezone.utc).date()
    latest = today + dt.timedelta(days=1)
    if not root.is_dir():
        raise PolicyErrors([PolicyError(root, None, "policies", "folder not found. Create it or pass --policies.")])
    for folder in sorted(p for p in root.iterdir() if not p.name.startswith(".")):
        if not folder.is_dir():
            errors.append(PolicyError(folder, None, "path", "expected a folder per policy (policies/<slug>/<date>.md)."))
            continue
        if folder.is_symlink():
            errors.append(PolicyError(folder, None, "path", "symbolic links are not followed; use a real folder."))
            continue
        if not _SLUG.fullmatch(folder.name):
            errors.append(
                PolicyError(folder, None, "slug", "folder name must be lowercase ASCII words joined by hyphens.")
            )
            continue
        if reserved_slug(folder.name):
            errors.append(PolicyError(folder, None, "slug", f"{folder.name!r} is used by the site itself; choose another."))
            continue
        try:
            paths = sorted(folder.iterdir())
        except FileNotFoundError:
            errors.append(PolicyError(folder, None, "path", _DISAPPEARED))
            continue
        for path in paths:
            if path.name.startswith("."):
                continue
            try:
                info = path.lstat()
                mode = info.st_mode
            except FileNotFoundError:
                errors.append(PolicyError(path, None, "path", _DISAPPEARED))
                continue
            if not stat.S_ISREG(mode):
                errors.append(PolicyError(path, None, "path", "not a regular file; symbolic links and folders are not read."))
                continue
            if not _DATE_FILE.fullmatch(path.name):
                errors.append(
                    PolicyError(path, None, "path", "file name must be the archive date, YYYY-MM-DD.md; rename it.")
                )
                continue
            try:
                key = (str(path), folder.name, info.st_size, info.st_mtime_ns)
                version = _read_known(path, key, memo)
                if version is None:
                    version, offset = _read_policy_file(path, expected_slug=folder.name)
                    if memo is not None:  # the stat was taken before the read: a later change is a miss
                        memo.used[key] = (version.meta, version.body_line, offset)
            except PolicyErrors as problems:
                errors.extend(problems.errors)
                continue
            except FileNotFoundError:
                errors.append(PolicyError(path, None, "path", _DISAPPEARED))
                continue
            if version.meta.archived > latest:
                errors.append(
                    PolicyError(
                        path,
                        key_line(path, _text_of(path), "archived"),
                        "archived",
                        f"{version.meta.archived} is after today ({today}); an archive date cannot be in the future.",
                    )
                )
                continue
            by_slug.setdefault(folder.name, []).append(version)
    policies = [Policy(slug, tuple(sorted(vs, key=lambda v: v.meta.archived))) for slug, vs in sorted(by_slug.items())]
    errors.extend(_duplicate_domains(policies))
    errors.extend(_look_alikes(policies))
    if errors and not keep_going:
        raise PolicyErrors(errors)
    return policies, errors


def _read_known(path: Path, key: MemoKey, memo: FrontMatterMemo | None) -> PolicyVersion | None:
    """The version of a file unchanged since it was validated: decoded as ``decode_policy_bytes`` does."""
    known = memo.get(key) if memo is not None else None
    if known is None:
        return None
    meta, body_line, offset = known
    data = path.read_bytes()
    if len(data) != key[2]:  # changed between the stat and the read
        return None
    text = data.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return PolicyVersion(path=path, meta=meta, body=unicodedata.normalize("NFC", text)[offset:], body_line=body_line)


def read_policy_file(path: Path, *, expected_slug: str | None = None) -> PolicyVersion:
    """Read one policy file and validate its front matter.

    Raises:
        PolicyErrors: with every problem of this file.
    """
    return _read_policy_file(path, expected_slug=expected_slug)[0]


def _read_policy_file(path: Path, *, expected_slug: str | None = None) -> tuple[PolicyVersion, int]:
    """``read_policy_file`` and where the body starts in the decoded text."""
    text = decode_policy_bytes(path, path.read_bytes())
    meta, body, body_line = parse_front_matter(path, text)
    errors: list[PolicyError] = []
    date_match = _DATE_FILE.fullmatch(path.name)
    errors.extend(check_plain_name(path, text, meta))
    if not body.strip():
        errors.append(PolicyError(path, body_line, "body", "empty; the policy text goes below the front matter."))
    errors.extend(_check_block_count(path, body, body_line))
    errors.extend(check_overrides(path, text, meta))
    if expected_slug is not None:
        if not date_match:
            errors.append(PolicyError(path, None, "path", "file name must be the archive date, YYYY-MM-DD.md."))
        if meta.slug != expected_slug:
            errors.append(
                PolicyError(path, key_line(path, text, "slug"), "slug", f"is {meta.slug!r} but the folder is {expected_slug!r}.")
            )
        if date_match and meta.archived.isoformat() != date_match.group(1):
            errors.append(
                PolicyError(
                    path,
                    key_line(path, text, "archived"),
                    "archived",
                    f"is {meta.archived} but the file name says {date_match.group(1)}.",
                )
            )
    if errors:
        raise PolicyErrors(errors)
    return PolicyVersion(path=path, meta=meta, body=body, body_line=body_line), len(text) - len(body)


def _check_block_count(path: Path | str, body: str, body_line: int) -> list[PolicyError]:
    """A text with more blocks than ``MAX_BLOCKS`` (or list items than ``MAX_LIST_ITEMS``) is refused
    at the line of the first one too many."""
    if body.count("\n") < min(MAX_BLOCKS, MAX_LIST_ITEMS):
        # every block and item starts a line, so a text of fewer lines is under both limits; the pattern
        # below tries every character of the text (about 3 s of the build's serial part at 10,000 policies)
        return []
    blocks, items = 1, 0
    for match in _BLOCK_START.finditer(body):
        blocks += match.start() > 0
        items += match.group("item") is not None
        if blocks > MAX_BLOCKS or items > MAX_LIST_ITEMS:
            line = body_line + body.count("\n", 0, match.start())
            counted = (
                f"{MAX_LIST_ITEMS:,} list items" if items > MAX_LIST_ITEMS
                else f"{MAX_BLOCKS:,} paragraphs, list items and headings"
            )
            return [PolicyError(path, line, "body", f"more than {counted}; split the text (no real policy comes close).")]
    return []


def decode_policy_bytes(path: Path | str, data: bytes) -> str:
    """Decode a policy file as UTF-8 and normalise its line endings."""
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyErrors(
            [PolicyError(path, None, "file", f"is {len(data):,} bytes; the limit is {MAX_POLICY_BYTES:,}. Split or trim it.")]
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PolicyErrors([PolicyError(path, 1, "encoding", "file is UTF-16; save it as UTF-8.")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PolicyErrors(
            [PolicyError(path, line, "encoding", f"byte 0x{data[error.start]:02x} is not UTF-8; save the file as UTF-8.")]
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise PolicyErrors([PolicyError(path, line, "encoding", "file contains a NUL byte; remove it.")])
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # checked on the bytes first (most files have nothing to find): DISALLOWED is what scrub replaces,
    # and carriage returns, which are line feeds by now
    found = first_disallowed(text) if may_need_scrub(data) else None
    if found:
        line = text.count("\n", 0, found.start()) + 1
        raise PolicyErrors(
            [PolicyError(path, line, "encoding", f"file contains {describe(found.group())}; remove it.")]
        )
    return unicodedata.normalize("NFC", text)


def _duplicate_domains(policies: Iterable[Policy]) -> list[PolicyError]:
    """A domain (``domain`` or one of ``domains``, normalised) belongs to one policy only."""
    seen: dict[str, Path] = {}
    errors = []
    for policy in policies:
        version = policy.current
        for domain in version.meta.lookup_domains:
            other = seen.setdefault(domain, version.path)
            if other.parent != version.path.parent:
                field = "domain" if domain == version.meta.lookup_domains[0] else "domains"
                errors.append(PolicyError(version.path, None, field, f"{domain} is already the policy in {other.parent}."))
    return errors


def _look_alikes(policies: Iterable[Policy]) -> list[PolicyError]:
    """Two policies whose names or slugs differ but look the same (``characters.look_alike_key``).

    The same name twice is allowed (it is shown as it is); a name that differs only by
    case, look-alike letters or compatibility forms would let one policy pass for another.
    """
    errors = []
    names: dict[str, PolicyVersion] = {}
    slugs: dict[str, PolicyVersion] = {}
    for policy in policies:
        version = policy.current
        other = names.setdefault(look_alike_key(version.meta.name), version)
        if other.meta.name != version.meta.name:
            errors.append(
                PolicyError(
                    version.path,
                    key_line(version.path, _text_of(version.path), "name"),
                    "name",
                    f"{version.meta.name!r} looks like {other.meta.name!r}, the name of the policy in {other.path.parent};"
                    " give the two policies names a reader can tell apart.",
                )
            )
        other = slugs.setdefault(look_alike_key(version.slug), version)
        if other.slug != version.slug:
            errors.append(
                PolicyError(
                    version.path.parent,
                    None,
                    "slug",
                    f"{version.slug!r} looks like {other.slug!r} ({other.path.parent}); choose a slug a reader can tell apart.",
                )
            )
    return errors


def _text_of(path: Path) -> str:
    """The file's text for locating a key's line ('' when it can no longer be read)."""
    try:
        return decode_policy_bytes(path, path.read_bytes())
    except (OSError, PolicyErrors):
        return ""
