"""``make site`` (``plainpolicy site``): site/ is the old site or the new one, never a mix.

A real ``SIGKILL`` of the whole process group (the command and its ``mkdocs build``)
while MkDocs writes, and a failing build, must both leave ``site/`` exactly as it was.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.build.publish import staging_names, swap_in
from tests.conftest import copy_project


def start_site(project: Path) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "site", "--site-dir", "site"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so the kill reaches mkdocs too
    )


def tree(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def pages_written(staging: Path) -> int:
    """HTML pages MkDocs has written so far (0 once the folder is gone: swapped in or cleaned)."""
    try:
        return sum(1 for _ in staging.rglob("*.html"))
    except FileNotFoundError:
        return 0


def rename_policy(project: Path, name: str) -> None:
    path = project / "policies" / "eff-org"
    for version in path.glob("*.md"):
        text = version.read_text("utf-8")
        front, body = text.split("\n---\n", 1)
        lines = [f"name: {name}" if line.startswith("name:") else line for line in front.splitlines()]
        version.write_text("\n".join(lines) + "\n---\n" + body, "utf-8")


@pytest.mark.slow
def test_a_kill_while_mkdocs_writes_leaves_the_old_site_and_the_next_run_the_new(tmp_path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    first = start_site(project)
    assert first.wait(timeout=600) == 0, first.stderr.read()
    old = tree(project / "site")
    assert "index.html" in old

    rename_policy(project, "Electronic Frontier Foundation (renamed)")
    building, _ = staging_names(project / "site")
    states = []
    for attempt in range(2):
        run = start_site(project)
        deadline = time.monotonic() + 600
        # Wait until MkDocs has started writing the new site beside the old one, then kill everything.
        while time.monotonic() < deadline and run.poll() is None:
            staging = list(project.glob(f"{building}*"))
            if staging and pages_written(staging[0]) > 5 * attempt + 1:
                break
            time.sleep(0.01)
        assert run.poll() is None, "the build ended before it could be killed"
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(timeout=60)
        states.append(tree(project / "site"))

    last = start_site(project)
    assert last.wait(timeout=600) == 0, last.stderr.read()
    new = tree(project / "site")
    assert new != old and "Electronic Frontier Foundation (renamed)".encode() in new["index.html"]
    for state in states:
        assert state == old, "a kill while MkDocs wrote changed site/"
    # The half-built folders of the killed runs are gone.
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == []


@pytest.mark.slow
def test_a_failing_build_leaves_site_as_it_was(tmp_path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("the published site\n")
    broken = project / "policies" / "eff-org" / "2099-01-01.md"
    broken.write_text("---\nname: [unclosed\n---\n\ntext\n")
    run = start_site(project)
    assert run.wait(timeout=600) != 0
    assert run.stderr.read().splitlines()[-1] == (
        "error: the site was not built (mkdocs exited with 1); site is left as it was."
    )
    assert tree(project / "site") == {"index.html": b"the published site\n"}
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == []


def test_a_swap_killed_between_its_two_renames_is_undone_by_the_next_run(tmp_path, monkeypatch):
    from generator.build import publish

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old\n")
    new = tmp_path / ".site.building-1"
    new.mkdir()
    (new / "index.html").write_text("new\n")
    monkeypatch.setattr(publish, "_exchange", lambda first, second: False)  # a system without renameat2
    real_rename = os.rename
    calls = []

    def rename_then_die(source, target):  # noqa: ANN001
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt  # stands for a kill between the two renames
        real_rename(source, target)

    monkeypatch.setattr(publish.os, "rename", rename_then_die)
    with pytest.raises(KeyboardInterrupt):
        swap_in(new, site)
    monkeypatch.setattr(publish.os, "rename", real_rename)
    assert not site.exists()
    publish._recover(site)
    assert (site / "index.html").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.mark.slow
def test_a_new_folder_with_only_policies_and_mkdocs_yml_builds_a_site(tmp_path):
    """No docs/ yet: MkDocs wants docs_dir before any plugin runs, so `plainpolicy site` makes it."""
    from tests.conftest import ROOT, copy_sample_policies

    copy_sample_policies(tmp_path / "policies")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Our policies\n"
        "theme:\n  name: material\n  font: false\n"
        f"plugins:\n  - plainpolicy:\n      templates: {ROOT / 'templates'}\n  - search\n",
        "utf-8",
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
    done = subprocess.run([sys.executable, "-m", "generator", "site"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Etsy" in (tmp_path / "site" / "policies" / "etsy-com" / "index.html").read_text("utf-8")
