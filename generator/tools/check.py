"""``plainpolicy check``: validate changed policy files and say what is wrong where a reviewer looks.

The rules are the loader's own (``read.load``): the whole ``policies/`` folder
is loaded, so rules across files (a domain belongs to one policy) apply too,
and the problems of the files asked about are reported. On GitHub Actions each
problem is printed as a workflow command (``::error file=...,line=...::...``),
which GitHub shows as an annotation on the pull request's diff.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import PolicyError
from ..models import Policy
from ..read.load import load_policies

# What GitHub's toolkit escapes in workflow commands: '%' first, then line breaks;
# property values (file, title) also escape ':' and ','.
_DATA_ESCAPES = {ord("%"): "%25", ord("\r"): "%0D", ord("\n"): "%0A"}
_PROPERTY_ESCAPES = {**_DATA_ESCAPES, ord(":"): "%3A", ord(","): "%2C"}
# Other control characters (a file name can hold terminal escapes) are shown, not obeyed.
_CONTROL = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if code not in (0x0A, 0x0D)}


def check_files(files: Sequence[Path], policies_root: Path) -> list[PolicyError]:
    """The problems of ``files`` (every policy file when empty) under the loader's rules.

    A file outside ``policies_root`` or missing is itself a problem: the
    command is meant for the policy files a pull request changes.
    """
    if not policies_root.is_dir():
        return [PolicyError(policies_root, None, "policies", "folder not found. Run in the project or pass --policies.")]
    policies, problems = load_policies(policies_root, keep_going=True)
    # The loader puts a shared domain on whichever policy sorts last; a contributor needs it
    # on the file they changed, so shared domains are reported here, on each file involved.
    shared = _shared_domains(policies)
    problems = [p for p in problems if not (p.field == "domain" and _absolute(Path(p.path)) in shared)]
    problems += [
        PolicyError(
            path, _line_of(path, "domain"), "domain",
            f"{domain} is also the domain of the policy in {others}; a domain belongs to one policy.",
        )
        for path, (domain, others) in sorted(shared.items())
    ]
    if not files:
        return problems
    root = _absolute(policies_root)
    asked: set[str] = set()
    errors: list[PolicyError] = []
    for file in files:
        where = _absolute(file)
        if not where.startswith(root + os.sep):
            where_policies_live = f"{policies_root}/<slug>/<date>.md"
            errors.append(PolicyError(file, None, "path", f"not a policy file: policies live in {where_policies_live}."))
        elif not os.path.lexists(where):
            errors.append(PolicyError(file, None, "path", "file not found (give the files a change adds or modifies)."))
        else:
            asked.add(where)
    for problem in problems:
        place = _absolute(Path(problem.path))
        # A problem with a folder (its name, say) belongs to every file asked about inside it.
        if place in asked or any(path.startswith(place + os.sep) for path in asked):
            errors.append(problem)
    return errors


def _shared_domains(policies: Sequence[Policy]) -> dict[str, tuple[str, str]]:
    """Current version path -> its domain and the other policy folders with that domain."""
    by_domain: dict[str, list[Path]] = {}
    for policy in policies:
        by_domain.setdefault(policy.current.meta.domain, []).append(policy.current.path)
    shared = {}
    for domain, paths in by_domain.items():
        for path in paths if len(paths) > 1 else ():
            shared[_absolute(path)] = (domain, ", ".join(str(other.parent) for other in paths if other != path))
    return shared


def _line_of(path: str, key: str) -> int | None:
    """The line of a top-level front-matter key (the file loaded, so its front matter is valid)."""
    with open(path, encoding="utf-8") as text:
        for number, line in enumerate(text, start=1):
            if line.startswith(f"{key}:"):
                return number
            if number > 1 and line.rstrip("\n") == "---":
                return None
    return None


def annotation(problem: PolicyError, *, base: Path | None = None) -> str:
    """One problem as a GitHub workflow ``error`` command, the file relative to ``base`` (the repository root)."""
    path = Path(problem.path)
    try:
        shown = os.path.relpath(_absolute(path), _absolute(base or Path.cwd()))
    except ValueError:  # another drive on Windows
        shown = str(path)
    properties = [f"file={_property(shown)}"]
    if problem.line:
        properties.append(f"line={problem.line}")
    properties.append(f"title={_property(problem.field)}")
    return f"::error {','.join(properties)}::{_data(problem.message)}"


def _absolute(path: Path) -> str:
    return os.path.normpath(os.path.abspath(path))


def _data(text: str) -> str:
    return text.translate(_CONTROL).translate(_DATA_ESCAPES)


def _property(text: str) -> str:
    return text.translate(_CONTROL).translate(_PROPERTY_ESCAPES)
