"""Front matter: split it from the body, read its YAML safely and validate it (``FrontMatter``).

Everything here answers with ``path:line: field: message`` problems (``PolicyErrors``) that name the
key at fault. The YAML is scanned before it is built: tags that construct objects, aliases that
multiply nodes, nesting deeper than ``MAX_YAML_DEPTH`` and duplicate keys are refused (PyYAML
accepts all of them), and a block larger than ``MAX_FRONT_MATTER_CHARS`` is refused unread.
"""

from __future__ import annotations

import html
import unicodedata
from functools import lru_cache
from pathlib import Path

import frontmatter
import yaml
from pydantic import ValidationError

from ..characters import describe, first_disallowed
from ..errors import PolicyError, PolicyErrors
from ..models import FrontMatter
from ..practices import load_practices
from ..schemas import YAML_LOADER, duplicate_keys

_FRONT_MATTER = frontmatter.YAMLHandler()

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

INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f")
"""Characters that print as nothing but are not format characters (Unicode calls most of them
letters): Hangul fillers, the braille blank, the combining grapheme joiner, Khmer inherent
vowels, Mongolian variation selectors. A name made of them, or hiding one, is refused."""


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
    refused = [
        PolicyError(path, key_line(path, text, key), key, f"contains {describe(match.group())}; remove it.")
        for key, value in data.items()
        for match in [first_disallowed(_strings(value))]
        if match
    ]
    if refused:
        raise PolicyErrors(refused)
    data = _nfc(data)
    try:
        meta = FrontMatter.model_validate(data)
    except ValidationError as error:
        raise PolicyErrors(
            [
                PolicyError(
                    path,
                    key_line(path, text, str(problem["loc"][0]) if problem["loc"] else ""),
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
    if YAML_LOADER is not yaml.SafeLoader:
        try:
            return _checked_yaml(path, raw, YAML_LOADER)
        except PolicyErrors:
            pass  # rare: the reader gets exactly the pure-Python loader's messages and lines
    return _checked_yaml(path, raw, yaml.SafeLoader)


def _checked_yaml(path: Path | str, raw: str, loader_class: type) -> dict:
    depth = 0
    try:
        for token in yaml.scan(raw, Loader=loader_class):
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
            if isinstance(token, yaml.TagToken) and _constructible(token.value):
                raise PolicyErrors(
                    [
                        PolicyError(
                            path,
                            token.start_mark.line + 1,
                            "front matter",
                            f"YAML tags such as '{token.value[0] or ''}{token.value[1]}' are not allowed;"
                            " write the value as plain text.",
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
        loader = loader_class(raw)
        try:
            node = loader.get_single_node()
            duplicates = duplicate_keys(node)
            if duplicates:
                raise PolicyErrors([PolicyError(path, line, "front matter", message) for line, message in duplicates])
            data = loader.construct_document(node) if node is not None else None  # as yaml.load does
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None  # the fragment starts on the '---' line
        raise PolicyErrors([PolicyError(path, line, "front matter", f"invalid YAML: {error.problem}.")]) from None
    except yaml.YAMLError as error:
        raise PolicyErrors([PolicyError(path, None, "front matter", f"invalid YAML: {error}.")]) from None
    if not isinstance(data, dict):
        raise PolicyErrors([PolicyError(path, 2, "front matter", "must be a mapping of keys to values.")])
    return data


def _strings(value: object) -> str:
    """Every string in a YAML value (keys too), joined, to look for refused characters in one pass."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(_strings(k) + "\n" + _strings(v) for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(map(_strings, value))
    return ""


def _nfc(value: object) -> object:
    """Strings in front matter normalised to NFC, as the text is (``decode_policy_bytes``)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(item) for item in value]
    return value


def _constructible(tag: tuple[str, str]) -> bool:
    """A tag PyYAML's safe loader would quietly act on (``!!binary``, ``!!str``...); others fail to load anyway."""
    handle, suffix = tag
    full = ("tag:yaml.org,2002:" + suffix) if handle == "!!" else (handle or "") + suffix
    return full in yaml.SafeLoader.yaml_constructors


def key_line(path: Path | str, text: str, key: str) -> int | None:
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
        if char in INVISIBLE_LETTERS:
            return f"contains the invisible character U+{ord(char):04X} ({unicodedata.name(char).lower()}); remove it."
    if not any(unicodedata.category(char)[0] in "LN" for char in value):
        return "must contain a letter or a digit; write the organisation's name."
    return None


def check_plain_name(path: Path | str, text: str, meta: FrontMatter) -> list[PolicyError]:
    """The organisation's name must be plain text (see ``MARKUP_CHARACTERS``)."""
    problem = plain_text_problem(meta.name)
    return [PolicyError(path, key_line(path, text, "name"), "name", problem)] if problem else []


def check_overrides(path: Path | str, text: str, meta: FrontMatter) -> list[PolicyError]:
    """An override must name a practice question and give one of its answers."""
    practices = load_practices()
    errors = []
    if not meta.overrides:
        return errors
    line = key_line(path, text, "overrides")
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
