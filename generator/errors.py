"""One hierarchy of errors; the CLI turns them into messages and exit codes."""

from __future__ import annotations

import errno
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


class BuildBusy(SiteError):
    """Another build holds the lock on the output folder for too long."""


def describe_os_error(error: OSError) -> str:
    """``/path: No space left on device; free some space...``: one line for a failure of the disk, not of the input."""
    where = error.filename if error.filename is not None else "a file"
    reason = error.strerror or type(error).__name__
    if error.errno == errno.ENOSPC:
        advice = "free some space and build again"
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        advice = "the folder must be writable (or readable, for the policies)"
    elif error.errno == errno.ENOENT:
        advice = "it was moved or deleted during the build; build again"
    else:
        advice = "check the disk and build again"
    return f"{where}: {reason}; {advice}."
