"""Broken policies through the MkDocs plugin: every problem reported; with keep_going the rest is built."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_project
from tests.hostile import CORPUS

BROKEN = {"latin-com/2020-01-02.md": "encoding-latin1.md", "alias-com/2020-01-02.md": "frontmatter-alias-bomb.md"}


def project_with_broken_policies(root: Path, *, keep_going: bool) -> Path:
    copy_project(root)
    for place, name in BROKEN.items():
        (root / "policies" / place).parent.mkdir()
        shutil.copy(CORPUS / name, root / "policies" / place)
    if keep_going:
        config = root / "mkdocs.yml"
        config.write_text(config.read_text().replace("  - plainpolicy\n", "  - plainpolicy:\n      keep_going: true\n"))
    return root


def mkdocs(project: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *options, "--site-dir", str(project / "site")],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_plugin_fails_with_every_problem_and_writes_nothing(tmp_path):
    project = project_with_broken_policies(tmp_path, keep_going=False)
    result = mkdocs(project)
    assert result.returncode == 1
    assert "alias-com/2020-01-02.md:7: front matter: YAML anchors and aliases are not allowed" in result.stderr
    assert "latin-com/2020-01-02.md:11: encoding: byte 0xe9 is not UTF-8" in result.stderr
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["about.md", "assets"]


@pytest.mark.slow
def test_plugin_keep_going_builds_the_rest_and_strict_still_fails(tmp_path):
    project = project_with_broken_policies(tmp_path, keep_going=True)
    relaxed = mkdocs(project, "--no-strict")
    assert relaxed.returncode == 0, relaxed.stderr
    assert relaxed.stderr.count("WARNING -  plainpolicy: ") == 2
    assert (project / "site" / "policies" / "kaspersky-com" / "index.html").exists()
    assert not (project / "docs" / "policies" / "latin-com.md").exists()
    strict = mkdocs(project, "--strict")
    assert strict.returncode == 1
    assert "Aborted with 2 warnings in strict mode!" in strict.stdout
