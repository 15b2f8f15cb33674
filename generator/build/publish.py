"""``make site``: build the site beside ``site/`` and swap it in only when the build succeeded.

``mkdocs build`` empties its site folder, then writes it: a build that is killed or
fails half-way would leave ``site/`` empty or half-written, and a deploy would publish
that. Here MkDocs writes into a hidden folder next to ``site/`` (same file system, so
the swap is a rename), and the finished folder takes ``site/``'s place in one step:
``renameat2(RENAME_EXCHANGE)`` where Linux offers it, else two renames with the old
site kept aside until the new one is in place. At any moment ``site/`` is the old site
or the new one, never a mix; after a kill between the two renames, the next run puts
the old one back before it starts.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .build import build_lock

_BUILDING = ".building-"
_OLD = ".old-"


def staging_names(site: Path) -> tuple[str, str]:
    """Prefixes of the folders a build of ``site`` leaves beside it: the new site, the old one."""
    return f".{site.name}{_BUILDING}", f".{site.name}{_OLD}"


def publish_site(site: Path, mkdocs_args: list[str], *, wait: float = 600.0) -> int:
    """Run ``mkdocs build`` into a folder beside ``site`` and swap it in when it exits 0.

    Args:
        site: the site folder (``site/``).
        mkdocs_args: arguments after ``mkdocs build`` (``--strict``, ``--config-file ...``).
        wait: seconds to wait for another ``publish_site`` of the same folder.

    Returns:
        MkDocs' exit code; ``site`` is replaced only when it is 0.
    """
    site = site.absolute()
    site.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(site, wait):  # two `make site` at once: the second waits
        _recover(site)
        building_prefix, _ = staging_names(site)
        staging = site.parent / f"{building_prefix}{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        command = [sys.executable, "-m", "mkdocs", "build", *mkdocs_args, "--site-dir", str(staging)]
        code = subprocess.call(command)
        if code != 0 or not (staging / "index.html").is_file():
            shutil.rmtree(staging, ignore_errors=True)
            return code or 1
        swap_in(staging, site)
    return 0


def swap_in(new: Path, site: Path) -> None:
    """Make ``new`` the folder at ``site`` in one step; the old site is deleted afterwards."""
    if not site.exists():
        os.rename(new, site)
        return
    if _exchange(new, site):
        shutil.rmtree(new)  # it now holds the old site
        return
    _, old_prefix = staging_names(site)
    old = site.parent / f"{old_prefix}{os.getpid()}"
    os.rename(site, old)
    os.rename(new, site)  # killed between the two: _recover puts ``old`` back
    shutil.rmtree(old)


def _recover(site: Path) -> None:
    """Undo what a killed run left: the old site set aside without its successor, half-built folders."""
    building_prefix, old_prefix = staging_names(site)
    leftovers = sorted(site.parent.glob(f"{old_prefix}*"))
    if not site.exists() and leftovers:
        os.rename(leftovers[-1], site)
        leftovers = leftovers[:-1]
    for folder in [*leftovers, *site.parent.glob(f"{building_prefix}*")]:
        shutil.rmtree(folder, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two paths (Linux ``renameat2``); False where it is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot exchange
        return False
    raise OSError(error, os.strerror(error), str(second))
