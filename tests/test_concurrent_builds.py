"""Two builds of one docs/ folder at once: the second waits for the first, says so, and both succeed.

Real processes (``python -m generator build``), not threads: the lock is a file lock
(``filelock``) held across processes, which is what two terminals, or ``mkdocs serve``
beside ``make site``, are.
"""

from __future__ import annotations

import re

import subprocess
import sys
from pathlib import Path

from filelock import FileLock

from generator.build.build import lock_path
from tests.conftest import copy_project, policy_text, write_policy
from tests.test_interrupted_build import snapshot


def start_build(project: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--no-cache"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def project_with_policies(root: Path) -> Path:
    root.mkdir()
    project = copy_project(root)
    for number in range(30):
        slug = f"many-{number:03d}-org"
        write_policy(project / "policies", policy_text(slug=slug), slug=slug)
    return project


def test_a_build_waits_while_another_holds_the_lock_and_says_so(tmp_path):
    project = project_with_policies(tmp_path / "project")
    held = FileLock(lock_path(project / "docs"))
    held.acquire()
    try:
        second = start_build(project)
        # It announces that it waits, then keeps waiting while the lock is held.
        first_line = second.stderr.readline()
        assert re.fullmatch(r"plainpolicy: another build is writing \S*docs; waiting for it to finish\n", first_line)
        assert second.poll() is None
        assert not (project / "docs" / "index.md").exists()
    finally:
        held.release()
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert "policies:" in out and (project / "docs" / "index.md").is_file()


def test_two_builds_started_together_both_succeed_with_the_same_files(tmp_path):
    reference = project_with_policies(tmp_path / "reference")
    alone = start_build(reference)
    assert alone.wait(timeout=300) == 0
    expected = snapshot(reference / "docs")

    project = project_with_policies(tmp_path / "project")
    for _ in range(3):
        first, second = start_build(project), start_build(project)
        results = [(p.wait(timeout=600), p.stderr.read()) for p in (first, second)]
        assert [code for code, _ in results] == [0, 0], results
        # No FileNotFoundError, no traceback: at most the message that one waited for the other.
        for _, err in results:
            assert err == "" or re.fullmatch(r"plainpolicy: another build is writing \S*docs; waiting for it to finish\n", err)
        assert snapshot(project / "docs") == expected
