"""Shared fixtures: a project copy to build in, the built site, a local server."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_SLUGS = (
    "anonymizer-com", "cyberdefender-com", "eff-org", "enigmasoftware-com", "etsy-com",
    "kaspersky-com", "kongregate-com", "mint-com", "runkeeper-com", "threatpost-com",
)
"""The bundled policies that tests building a whole site use: the ten first bundled, with several
versions, a look-alike pair and a person's overrides. Building all of ``policies/`` (56) in each of
those tests would multiply the suite's time; ``make site`` (run by CI after the tests) builds them all."""


def policy_text(
    body: str = "We collect your email address when you register.\n",
    *,
    slug: str = "example-com",
    archived: str = "2020-01-02",
    extra: str = "",
) -> str:
    """A valid policy file, with optional extra front-matter lines."""
    return (
        "---\n"
        f"name: Example\nslug: {slug}\ndomain: {slug.replace('-', '.')}\n"
        f"url: https://{slug.replace('-', '.')}/privacy\narchived: '{archived}'\n{extra}"
        "---\n\n"
        f"{body}"
    )


def answer_values(text: str, key: str) -> set[str]:
    """The analyzer's answer to one question on a Markdown text, as a set (one value or a list)."""
    from generator.analysis.analyze import analyze
    from generator.read.segment import segment

    value = analyze(segment(text)).answer(key).value
    return set(value) if isinstance(value, tuple) else {value}


def write_policy(root: Path, text: str | bytes, *, slug: str = "example-com", archived: str = "2020-01-02") -> Path:
    path = root / slug / f"{archived}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def copy_sample_policies(target: Path) -> Path:
    """Copy the sample of bundled policies (``SAMPLE_SLUGS``) into ``target``, a policies folder."""
    for slug in SAMPLE_SLUGS:
        shutil.copytree(ROOT / "policies" / slug, target / slug)
    return target


@pytest.fixture(scope="session")
def sample_policies(tmp_path_factory) -> Path:
    """A policies folder holding the sample of bundled policies; tests must not change it."""
    return copy_sample_policies(tmp_path_factory.mktemp("sample") / "policies")


def copy_project(target: Path) -> Path:
    """A throw-away copy of the project's inputs (no generated files), with the sample of policies."""
    copy_sample_policies(target / "policies")
    for name in ("mkdocs.yml", "templates"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy(source, target / name)
    (target / "docs").mkdir()
    for item in (ROOT / "docs").iterdir():
        if item.name in ("about.md", "assets"):
            (shutil.copytree if item.is_dir() else shutil.copy)(item, target / "docs" / item.name)
    return target


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The sample of bundled policies built with ``mkdocs build --strict``; returns the project copy."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    handler = functools.partial(_QuietHandler, directory=str(built_site / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
