import os
from pathlib import Path

import pytest

from generator.errors import OutputConflict, SiteError
from generator.files import confined
from generator.build.output import MANIFEST, write_outputs


def test_writes_files_and_a_manifest(tmp_path):
    result = write_outputs(tmp_path, {"a.md": "A\n", "sub/b.md": "B\n"})
    assert result.written == ("a.md", "sub/b.md")
    assert (tmp_path / "sub/b.md").read_text() == "B\n"
    assert (tmp_path / MANIFEST).exists()


def test_unchanged_files_are_not_rewritten(tmp_path):
    write_outputs(tmp_path, {"a.md": "A\n"})
    os.utime(tmp_path / "a.md", (1_000_000, 1_000_000))
    result = write_outputs(tmp_path, {"a.md": "A\n"})
    assert result.written == () and result.unchanged == 1
    assert (tmp_path / "a.md").stat().st_mtime == 1_000_000


def test_hand_written_file_is_never_overwritten(tmp_path):
    (tmp_path / "about.md").write_text("mine\n")
    with pytest.raises(OutputConflict, match="about.md"):
        write_outputs(tmp_path, {"about.md": "generated\n", "other.md": "x\n"})
    assert (tmp_path / "about.md").read_text() == "mine\n"
    assert not (tmp_path / "other.md").exists()


def test_stale_generated_files_are_removed_but_hand_written_ones_stay(tmp_path):
    write_outputs(tmp_path, {"policies/old.md": "old\n", "policies/new.md": "new\n"})
    (tmp_path / "policies/mine.md").write_text("hand-written\n")
    result = write_outputs(tmp_path, {"policies/new.md": "new\n"})
    assert result.removed == ("policies/old.md",)
    assert (tmp_path / "policies/mine.md").read_text() == "hand-written\n"


def test_a_generated_file_edited_by_hand_is_kept_when_stale(tmp_path):
    write_outputs(tmp_path, {"x.md": "generated\n"})
    (tmp_path / "x.md").write_text("edited by a person\n")
    result = write_outputs(tmp_path, {})
    assert result.kept == ("x.md",)
    assert (tmp_path / "x.md").read_text() == "edited by a person\n"


@pytest.mark.parametrize("relative", ["../escape.md", "/etc/passwd", "a/../../escape.md", "a\\b.md", ""])
def test_paths_outside_the_output_folder_are_refused(tmp_path, relative):
    with pytest.raises(SiteError, match="refusing to write"):
        confined(tmp_path / "docs", relative)
    assert not (tmp_path / "escape.md").exists()


def test_no_temporary_files_are_left_behind(tmp_path):
    write_outputs(tmp_path, {"a.md": "A\n", "b/c.md": "C\n"})
    leftovers = [p for p in Path(tmp_path).rglob("*.tmp")]
    assert leftovers == []
