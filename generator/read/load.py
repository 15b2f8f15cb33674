"""Stage 1: read ``policies/<slug>/<date>.md`` and validate every file.

Problems are collected, never raised one at a time, so that a contributor sees
every mistake in one run (``path:line: field: message``).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import frontmatter
import yaml
from pydantic import ValidationError

from ..errors import PolicyError, PolicyErrors
from ..models import SLUG_PATTERN, FrontMatter, Policy, PolicyVersion
from ..practices import load_practices

MAX_POLICY_BYTES = 2 * 1024 * 1024
"""A policy file larger than this is refused: real policies are under 200 KB, and a file at
the limit still builds in a few seconds."""

_DATE_FILE = re.compile(r"(\d{4}-\d{2}-\d{2})\.md", re.ASCII)
_SLUG = re.compile(SLUG_PATTERN)
_FRONT_MATTER = frontmatter.YAMLHandler()

RESERVED_SLUGS = frozenset({"index"})
"""Slugs whose page path the site itself uses (``policies/index.md`` lists the policies)."""

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Front matter is a few hundred characters (a few KB with overrides); PyYAML took 66 s on 3.6 MB of it."""

MAX_YAML_DEPTH = 10
"""Front matter nests at most four levels (overrides, question, evidence, quote)."""

MARKUP_CHARACTERS = frozenset('<>"`[]{}\\')
"""Characters a policy's ``name`` may not contain.

The name is shown outside the sanitised policy text: in the page's Markdown
heading (where ``[..](..)`` makes a link and ``{: ...}`` sets attributes) and,
through the page title, in MkDocs theme templates that do not escape it
(``<title>``, the header, ``<meta name="description">``).
"""


def load_policies(root: Path, *, keep_going: bool = False) -> tuple[list[Policy], list[PolicyError]]:
    """Read and validate every policy under ``root``.

    Args:
        root: the ``policies/`` folder.
        keep_going: return the valid policies with the errors instead of raising.

    Returns:
        The policies sorted by slug (versions oldest first) and the problems found.

    Raises:
        PolicyErrors: when any file is invalid and ``keep_going`` is false.
    """
    errors: list[PolicyError] = []
    by_slug: dict[str, list[PolicyVersion]] = {}
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
        if folder.name in RESERVED_SLUGS:
            errors.append(PolicyError(folder, None, "slug", f"{folder.name!r} is used by the site itself; choose another."))
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith("."):
                continue
            if path.is_symlink() or not path.is_file():
                errors.append(PolicyError(path, None, "path", "not a regular file; symbolic links and folders are not read."))
                continue
            if not _DATE_FILE.fullmatch(path.name):
                errors.append(
                    PolicyError(path, None, "path", "file name must be the archive date, YYYY-MM-DD.md; rename it.")
                )
                continue
            try:
                version = read_policy_file(path, expected_slug=folder.name)
            except PolicyErrors as problems:
                errors.extend(problems.errors)
                continue
            by_slug.setdefault(folder.name, []).append(version)
    policies = [Policy(slug, tuple(sorted(vs, key=lambda v: v.meta.archived))) for slug, vs in sorted(by_slug.items())]
    errors.extend(_duplicate_domains(policies))
    if errors and not keep_going:
        raise PolicyErrors(errors)
    return policies, errors


def read_policy_file(path: Path, *, expected_slug: str | None = None) -> PolicyVersion:
    """Read one policy file and validate its front matter.

    Raises:
        PolicyErrors: with every problem of this file.
    """
    text = decode_policy_bytes(path, path.read_bytes())
    meta, body, body_line = parse_front_matter(path, text)
    errors: list[PolicyError] = []
    date_match = _DATE_FILE.fullmatch(path.name)
    errors.extend(_check_plain_name(path, text, meta))
    if not body.strip():
        errors.append(PolicyError(path, body_line, "body", "empty; the policy text goes below the front matter."))
    errors.extend(_check_overrides(path, text, meta))
    if expected_slug is not None:
        if not date_match:
            errors.append(PolicyError(path, None, "path", "file name must be the archive date, YYYY-MM-DD.md."))
        if meta.slug != expected_slug:
            errors.append(
                PolicyError(path, _key_line(path, text, "slug"), "slug", f"is {meta.slug!r} but the folder is {expected_slug!r}.")
            )
        if date_match and meta.archived.isoformat() != date_match.group(1):
            errors.append(
                PolicyError(
                    path,
                    _key_line(path, text, "archived"),
                    "archived",
                    f"is {meta.archived} but the file name says {date_match.group(1)}.",
                )
            )
    if errors:
        raise PolicyErrors(errors)
    return PolicyVersion(path=path, meta=meta, body=body, body_line=body_line)


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
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_front_matter(path: Path | str, text: str) -> tuple[FrontMatter, str, int]:
    """Split and validate front matter.

    Returns:
        The validated front matter, the body and the body's first line number.
    """
    if not _FRONT_MATTER.detect(text):
        raise PolicyErrors([PolicyError(path, 1, "front matter", "missing; the file must start with a '---' line.")])
    try:
        raw_meta, body = _FRONT_MATTER.split(text)
    except ValueError:
        raise PolicyErrors([PolicyError(path, 1, "front matter", "no closing '---' line.")]) from None
    if len(raw_meta) > MAX_FRONT_MATTER_CHARS:
        raise PolicyErrors(
            [
                PolicyError(
                    path,
                    1,
                    "front matter",
                    f"is {len(raw_meta):,} characters; the limit is {MAX_FRONT_MATTER_CHARS:,}."
                    " Policy text goes below the closing '---'.",
                )
            ]
        )
    body = body.lstrip("\n")
    body_line = text[: len(text) - len(body)].count("\n") + 1
    data = _safe_yaml(path, raw_meta)
    try:
        meta = FrontMatter.model_validate(data)
    except ValidationError as error:
        raise PolicyErrors(
            [
                PolicyError(
                    path,
                    _key_line(path, text, str(problem["loc"][0]) if problem["loc"] else ""),
                    ".".join(str(part) for part in problem["loc"]) or "front matter",
                    _friendly(problem),
                )
                for problem in error.errors()
            ]
        ) from None
    return meta, body, body_line


_YAML_OPEN = (
    yaml.BlockMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.FlowSequenceStartToken,
)
_YAML_CLOSE = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _safe_yaml(path: Path | str, raw: str) -> dict:
    depth = 0
    try:
        for token in yaml.scan(raw, Loader=yaml.SafeLoader):
            depth += isinstance(token, _YAML_OPEN) - isinstance(token, _YAML_CLOSE)
            if depth > MAX_YAML_DEPTH:
                raise PolicyErrors(
                    [
                        PolicyError(
                            path,
                            token.start_mark.line + 1,
                            "front matter",
                            f"nested more than {MAX_YAML_DEPTH} levels deep; flatten it.",
                        )
                    ]
                )
            if isinstance(token, (yaml.AliasToken, yaml.AnchorToken)):
                raise PolicyErrors(
                    [
                        PolicyError(
                            path,
                            token.start_mark.line + 1,
                            "front matter",
                            "YAML anchors and aliases are not allowed; write the value out.",
                        )
                    ]
                )
        data = yaml.load(raw, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None  # the fragment starts on the '---' line
        raise PolicyErrors([PolicyError(path, line, "front matter", f"invalid YAML: {error.problem}.")]) from None
    except yaml.YAMLError as error:
        raise PolicyErrors([PolicyError(path, None, "front matter", f"invalid YAML: {error}.")]) from None
    if not isinstance(data, dict):
        raise PolicyErrors([PolicyError(path, 2, "front matter", "must be a mapping of keys to values.")])
    return data


def _key_line(path: Path | str, text: str, key: str) -> int | None:
    """Line of a top-level front-matter key, from the YAML node marks."""
    lines = _key_lines(text)
    return None if lines is None else lines.get(key, 2)


@lru_cache(maxsize=4)
def _key_lines(text: str) -> dict[str, int] | None:
    """Lines of every top-level key, composed once per file (a file with many bad keys asks for each)."""
    try:
        raw, _ = _FRONT_MATTER.split(text)
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
    except (ValueError, yaml.YAMLError):
        return None
    if not isinstance(node, yaml.MappingNode):
        return {}
    # The fragment starts with the opening '---' line's newline; the first of repeated keys wins.
    return {str(key_node.value): key_node.start_mark.line + 1 for key_node, _value in reversed(node.value)}


def plain_text_problem(value: str) -> str | None:
    """Why ``value`` is not plain text that is safe as a heading and a page title, or None."""
    found = sorted(set(value) & MARKUP_CHARACTERS)
    if found:
        return f"must be plain text; remove {' '.join(found)}."
    if html.unescape(value) != value:
        return "must be plain text; write the character itself, not an HTML reference such as '&amp;'."
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            return f"contains the invisible or control character U+{ord(char):04X}; remove it."
    return None


def _check_plain_name(path: Path | str, text: str, meta: FrontMatter) -> list[PolicyError]:
    """The organisation's name must be plain text (see ``MARKUP_CHARACTERS``)."""
    problem = plain_text_problem(meta.name)
    return [PolicyError(path, _key_line(path, text, "name"), "name", problem)] if problem else []


def _check_overrides(path: Path | str, text: str, meta: FrontMatter) -> list[PolicyError]:
    """An override must name a practice question and give one of its answers."""
    practices = load_practices()
    errors = []
    line = _key_line(path, text, "overrides")
    for key, override in meta.overrides.items():
        if key not in practices.keys:
            errors.append(
                PolicyError(path, line, f"overrides.{key}", f"unknown question; use one of: {', '.join(practices.keys)}.")
            )
            continue
        question = practices[key]
        given = override.answer
        if question.is_list != isinstance(given, list):
            kind = "a list of answers" if question.is_list else "a single answer"
            errors.append(PolicyError(path, line, f"overrides.{key}.answer", f"must be {kind}."))
            continue
        wrong = [value for value in ([given] if isinstance(given, str) else given) if value not in question.allowed()]
        if wrong:
            errors.append(
                PolicyError(
                    path,
                    line,
                    f"overrides.{key}.answer",
                    f"{', '.join(map(repr, wrong))} is not an answer to this question;"
                    f" use one of: {', '.join(sorted(question.allowed()))}.",
                )
            )
    return errors


def _friendly(problem: dict) -> str:
    kind = problem["type"]
    if kind == "missing":
        return "required field is missing."
    if kind == "extra_forbidden":
        return "unknown field; remove it or check its spelling."
    return problem["msg"].rstrip(".") + "."


def _duplicate_domains(policies: Iterable[Policy]) -> list[PolicyError]:
    seen: dict[str, Path] = {}
    errors = []
    for policy in policies:
        version = policy.current
        other = seen.setdefault(version.meta.domain, version.path)
        if other != version.path:
            errors.append(
                PolicyError(version.path, None, "domain", f"{version.meta.domain} is already the policy in {other.parent}.")
            )
    return errors
