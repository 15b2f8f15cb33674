"""One hierarchy of errors; the CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class SiteError(Exception):
    """Anything that stops the build; ``str()`` is the message a user sees."""


@dataclass
class PolicyError(SiteError):
    """A problem in one policy file, located as precisely as we can."""

    path: Path | str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.field}: {self.message}"


class PolicyErrors(SiteError):
    """Every problem found in a run, reported at once."""

    def __init__(self, errors: list[PolicyError]):
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


class OutputConflict(SiteError):
    """The build would overwrite or delete a file it did not generate."""
