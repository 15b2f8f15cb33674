"""Faults that are not one policy file: writers fed characters the loader refuses, files that vanish
while the build reads them, a full or read-only disk, and errors through the MkDocs plugin.
(The one-file cases are in the hostile corpus, ``tests/hostile.py``.)"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from generator.characters import DISALLOWED, scrub, shown
from generator.cli import main
from generator.analysis.diffing import TextDiff
from generator.analysis.history import FactChange, PolicyHistory, VersionChange
from generator.pages.feeds import build_feeds
from generator.read.load import load_policies
from tests.conftest import ROOT, copy_project, policy_text, write_policy

NASTY = "a\x01b\x0bc\x1bd\x85e\ud800f\ufffeg\U0010ffffh"


def build_args(tmp_path: Path, policies: Path, docs: Path | None = None) -> list[str]:
    docs = docs or tmp_path / "docs"
    return ["build", "--policies", str(policies), "--templates", str(ROOT / "templates"), "--docs", str(docs), "--no-cache"]


def test_scrub_leaves_no_refused_character_and_keeps_the_rest():
    assert scrub(NASTY) == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh"
    assert DISALLOWED.search(scrub(NASTY)) is None
    assert scrub("tab\tline\nCR\r\nrow") == "tab\tline\nCR\r\nrow"


def test_a_feed_built_from_facts_with_control_characters_is_valid_xml():
    """What the loader refuses cannot reach a feed from a file, but the writer is safe without it."""
    day, next_day = dt.date(2020, 1, 2), dt.date(2021, 1, 2)
    fact = FactChange("sells_data", f"Now says it may sell your data ({NASTY}).", "no", "yes")
    change = VersionChange(day, next_day, (fact,), TextDiff(()))
    history = PolicyHistory("bad-com", f"Bad {NASTY} Inc", (day, next_day), (change,))
    feeds = build_feeds([history], site_url="https://example.org/site/")
    for text in feeds.values():
        parsed = feedparser.parse(text.encode("utf-8"))
        assert not parsed.bozo, parsed.bozo_exception
    assert "Now says it may sell your data (a\ufffdb" in feedparser.parse(feeds["feed.xml"]).entries[0].content[0].value


def test_the_writers_byte_scan_scrubs_exactly_what_scrub_does():
    from generator.characters import scrub_utf8

    planes = (p * 0x10000 + o for p in range(1, 17) for o in (0, 0xFFFD, 0xFFFE, 0xFFFF))
    borders = [*range(0x3000), *range(0xD700, 0x10000), *planes]
    for code in borders:
        text = f"a{chr(code)}b \u201cquoted\u201d"
        assert scrub_utf8(text) == scrub(text).encode("utf-8"), hex(code)
        # next to other multi-byte characters, once the ASCII between them is set aside
        text = f"\u00a0{chr(code)}\ufffd x\U0001f600 {chr(code)}{chr(code)}"
        assert scrub_utf8(text) == scrub(text).encode("utf-8"), hex(code)
    assert scrub_utf8(NASTY) == scrub(NASTY).encode("utf-8")


def test_outputs_with_lone_surrogates_or_controls_are_written_scrubbed(tmp_path):
    from generator.build.output import write_outputs

    write_outputs(tmp_path, {"page.md": f"# {NASTY}\n", "data.json": json.dumps({"v": NASTY})})
    page = (tmp_path / "page.md").read_bytes().decode("utf-8")
    assert DISALLOWED.search(page) is None and page.startswith("# a\ufffdb")
    assert json.loads((tmp_path / "data.json").read_text("utf-8")) == {"v": NASTY}  # JSON escapes are kept


def test_names_and_text_are_nfc_so_a_decomposed_name_is_the_composed_one(tmp_path):
    policies = tmp_path / "policies"
    write_policy(policies, policy_text("Cafe\u0301 text.\n", extra="").replace("name: Example", "name: Cafe\u0301"))
    write_policy(
        policies, policy_text(slug="other-org").replace("name: Example", "name: Caf\u00e9"), slug="other-org"
    )
    loaded, errors = load_policies(policies)
    assert errors == []
    assert [p.current.meta.name for p in loaded] == ["Caf\u00e9", "Caf\u00e9"]
    assert loaded[0].current.body == "Caf\u00e9 text.\n"


def test_a_file_deleted_while_loading_is_reported_as_gone_not_as_a_symbolic_link(tmp_path, monkeypatch):
    policies = tmp_path / "policies"
    path = write_policy(policies, policy_text())
    real_iterdir = Path.iterdir

    def iterdir_then_delete(self):  # noqa: ANN001, ANN202
        names = list(real_iterdir(self))
        if self == path.parent:
            path.unlink()  # deleted after the folder was listed, before the file is read
        return iter(names)

    monkeypatch.setattr(Path, "iterdir", iterdir_then_delete)
    result = CliRunner().invoke(main, build_args(tmp_path, policies), catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == f"error: {path}: path: disappeared while the build was reading it (deleted or moved); build again.\n"


def test_a_future_version_is_refused_at_the_build_date_given(tmp_path):
    policies = tmp_path / "policies"
    write_policy(policies, policy_text(archived="2020-01-02"), archived="2020-01-02")
    assert load_policies(policies, today=dt.date(2020, 1, 1))[1] == []  # one day of grace for time zones
    with pytest.raises(Exception, match=r"2020-01-02 is after today \(2019-12-31\)"):
        load_policies(policies, today=dt.date(2019, 12, 31))


@pytest.fixture
def small_mount(tmp_path):
    """A tmpfs of 256 KiB at ``tmp_path/disk`` (root only: skipped where mounting is not allowed)."""
    target = tmp_path / "disk"
    target.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(target)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mounting a small file system needs root")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def one_policy(tmp_path: Path) -> Path:
    policies = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / "eff-org", policies / "eff-org")
    return policies


def test_a_full_disk_is_one_line_naming_the_path(tmp_path, small_mount):
    (small_mount / "filler").write_bytes(b"x" * (256 * 1024 - 8192))
    docs = small_mount / "docs"
    result = CliRunner().invoke(main, build_args(tmp_path, one_policy(tmp_path), docs), catch_exceptions=False)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {docs}/")
    assert line.endswith(": No space left on device; free some space and build again.")


def test_a_read_only_disk_is_one_line_naming_the_path(tmp_path, small_mount):
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True)
    docs = small_mount / "docs"
    result = CliRunner().invoke(main, build_args(tmp_path, one_policy(tmp_path), docs), catch_exceptions=False)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {docs}")
    assert line.endswith(": Read-only file system; the folder must be writable (or readable, for the policies).")


def test_messages_escape_characters_that_hide_or_reorder_text():
    assert shown("policies/a\u202eb\u200bc\u2028d\x1b") == "policies/a\\u202eb\\u200bc\\u2028d\\x1b"
    assert shown("café ünïcode 中文") == "café ünïcode 中文"


def test_mkdocs_shows_one_line_and_no_traceback_for_a_read_only_docs_folder(tmp_path, small_mount):
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project)
    config = (project / "mkdocs.yml").read_text("utf-8")
    docs = small_mount / "docs"
    shutil.copytree(project / "docs", docs)
    (project / "mkdocs.yml").write_text(config + f"\ndocs_dir: {docs}\n", "utf-8")
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=project, capture_output=True, text=True, timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if "plainpolicy" in line]
    assert line.startswith(f"ERROR   -  plainpolicy: {docs}")
    assert line.endswith(": Read-only file system; the folder must be writable (or readable, for the policies).")
    assert ".tmp" not in line  # the file it was writing, not its temporary name


def test_an_unexpected_failure_is_one_line_without_a_traceback(tmp_path, monkeypatch):
    import generator.build.build

    def broken(config):  # noqa: ANN001, ANN202
        raise RuntimeError("boom")

    monkeypatch.setattr(generator.build.build, "build_site", broken)
    result = CliRunner().invoke(main, build_args(tmp_path, one_policy(tmp_path)))
    assert result.exit_code == 1
    assert result.stderr == (
        "error: unexpected failure (RuntimeError: boom); this is a bug, please report it"
        " (PLAINPOLICY_DEBUG=1 shows where).\n"
    )
