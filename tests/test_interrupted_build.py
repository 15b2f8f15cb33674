"""A build killed with SIGKILL half-way leaves every file old or new, and the next build completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project, policy_text, write_policy

GENERATED = 80
BODY = (
    "# Privacy\n\nWe collect your name and email address when you register. We do not sell your personal"
    " information. We use cookies; you can refuse them in your browser settings.\n\n"
    "We may share your information with service providers who perform services on our behalf.\n"
)


def add_policies(policies: Path, marker: str) -> None:
    """Many policies, so the build runs long enough to be killed in the middle of writing."""
    for number in range(GENERATED):
        slug = f"generated-{number:04d}-org"
        write_policy(policies, policy_text(f"{marker}\n\n{BODY}", slug=slug), slug=slug)


def folder(path: Path) -> Path:
    path.mkdir()
    return path


def build(project: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def snapshot(docs: Path) -> dict[str, bytes]:
    return {str(p.relative_to(docs)): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_sigkill_mid_build_leaves_old_or_new_files_and_next_build_completes(tmp_path):
    project = copy_project(folder(tmp_path / "project"))
    hand_written = project / "docs" / "notes" / "hand.md"
    hand_written.parent.mkdir()
    hand_written.write_text("# Mine\n")
    add_policies(project / "policies", "Version one.")
    first = build(project)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    old = snapshot(project / "docs")

    # What the second build produces when it is not interrupted.
    expected_project = copy_project(folder(tmp_path / "expected"))
    add_policies(expected_project / "policies", "Version two.")
    assert build(expected_project).wait(timeout=300) == 0
    new = snapshot(expected_project / "docs")
    new[str(hand_written.relative_to(project / "docs"))] = hand_written.read_bytes()

    add_policies(project / "policies", "Version two.")
    # Outputs are written in sorted order: the first generated policy page comes before 79 others.
    watched = project / "docs" / "policies" / "generated-0000-org.md"
    watched_before = watched.read_bytes()
    second = build(project)
    deadline = time.monotonic() + 300
    while watched.read_bytes() == watched_before and second.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    os.kill(second.pid, signal.SIGKILL)
    assert second.wait(timeout=60) == -signal.SIGKILL

    after = snapshot(project / "docs")
    leftovers = [name for name in after if name.endswith(".tmp")]
    for name, data in after.items():
        if name in leftovers or name == ".plainpolicy-manifest.json":
            continue
        assert data in (old.get(name), new.get(name)), f"{name} is neither the old nor the new version"
    assert hand_written.read_text() == "# Mine\n"
    changed = [name for name in after if name in new and after[name] == new[name] != old.get(name)]
    unchanged = [name for name in after if name in old and after[name] == old[name] != new.get(name)]
    assert changed and unchanged, "the kill did not land in the middle of writing"

    third = build(project)
    assert third.wait(timeout=300) == 0, third.stderr.read()
    assert snapshot(project / "docs") == {**new, ".plainpolicy-manifest.json": new[".plainpolicy-manifest.json"]}
    assert hand_written.read_text() == "# Mine\n"
    assert (project / "docs" / "about.md").read_bytes() == (ROOT / "docs" / "about.md").read_bytes()
