import hashlib
import os
from pathlib import Path

import pytest

from generator.errors import OutputConflict, SiteError
from generator.files import Deferred, Streamed, confined
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


def test_temporary_files_of_a_write_cut_short_are_removed_by_the_next_build(tmp_path):
    docs, stats = tmp_path / "docs", tmp_path / "cache" / "outputs.json"
    write_outputs(docs, {"a.md": "A\n", "b/c.md": "C\n"}, stats)
    assert list(stats.parent.iterdir()) == [stats]  # a finished write leaves no "unfinished" mark
    # what a build killed while writing b/c.md leaves: its temporary file and the mark it set
    leftover = docs / "b" / ".c.md.k3j2x9ab.tmp"
    leftover.write_text("half a page")
    stats.with_name(stats.name + ".unfinished").touch()
    write_outputs(docs, {"a.md": "A\n", "b/c.md": "C2\n"}, stats)
    assert not leftover.exists()
    assert (docs / "b" / "c.md").read_text() == "C2\n"
    assert list(stats.parent.iterdir()) == [stats]


def test_a_write_that_fails_leaves_its_mark_and_only_then_is_the_site_scanned(tmp_path):
    docs, stats = tmp_path / "docs", tmp_path / "cache" / "outputs.json"
    write_outputs(docs, {"a.md": "A\n"}, stats)
    stray = docs / ".a.md.k3j2x9ab.tmp"  # not left by this cache's builds (one without a cache, say)
    stray.write_text("?")
    write_outputs(docs, {"a.md": "A\n"}, stats)
    assert stray.exists()  # a finished last write: no scan

    def broken() -> str:
        raise ValueError("the policy page could not be made")

    with pytest.raises(ValueError, match="could not be made"):
        write_outputs(docs, {"a.md": Deferred(broken)}, stats)
    assert stats.with_name(stats.name + ".unfinished").exists()
    write_outputs(docs, {"a.md": "A\n"}, stats)
    assert not stray.exists()


def test_a_file_changed_behind_the_builds_back_is_made_again_though_its_digest_is_known(tmp_path):
    docs, stats = tmp_path / "docs", tmp_path / "cache" / "outputs.json"
    page = Deferred(lambda: "page\n", digest=hashlib.sha256(b"page\n").hexdigest())
    write_outputs(docs, {"p.md": page}, stats)
    assert write_outputs(docs, {"p.md": page}, stats).written == ()
    before = (docs / "p.md").stat()
    (docs / "p.md").write_text("PAGE\n")  # same size: only the time tells
    os.utime(docs / "p.md", ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert write_outputs(docs, {"p.md": page}, stats).written == ("p.md",)
    assert (docs / "p.md").read_text() == "page\n"


def streamed(*parts: str) -> Streamed:
    return Streamed(lambda: iter(parts))


def test_a_streamed_file_is_written_piece_by_piece_and_left_alone_when_unchanged(tmp_path):
    first = write_outputs(tmp_path, {"data/all.csv": streamed("a,b\r\n", "1,2\r\n"), "x.md": "X\n"})
    assert first.written == ("data/all.csv", "x.md")
    assert (tmp_path / "data/all.csv").read_bytes() == b"a,b\r\n1,2\r\n"
    os.utime(tmp_path / "data/all.csv", (1_000_000, 1_000_000))
    again = write_outputs(tmp_path, {"data/all.csv": streamed("a,b\r\n", "1,2\r\n"), "x.md": "X\n"})
    assert again.written == ()
    assert (tmp_path / "data/all.csv").stat().st_mtime == 1_000_000
    changed = write_outputs(tmp_path, {"data/all.csv": streamed("a,b\r\n", "1,3\r\n"), "x.md": "X\n"})
    assert changed.written == ("data/all.csv",)
    assert (tmp_path / "data/all.csv").read_bytes() == b"a,b\r\n1,3\r\n"
    assert list(tmp_path.rglob("*.tmp")) == []


def test_a_streamed_file_that_fails_half_way_leaves_the_old_file_whole(tmp_path):
    write_outputs(tmp_path, {"data/all.json": streamed("[1,", "2]\n")})

    def broken():
        yield "[1,"
        raise ValueError("policy 2 could not be exported")

    with pytest.raises(ValueError, match="policy 2"):
        write_outputs(tmp_path, {"data/all.json": Streamed(broken)})
    assert (tmp_path / "data/all.json").read_text() == "[1,2]\n"
    assert list(tmp_path.rglob("*.tmp")) == []


def test_control_characters_are_scrubbed_from_streamed_parts_as_from_whole_texts(tmp_path):
    write_outputs(tmp_path, {"whole.txt": "a\x1bb\n", "parts.txt": streamed("a\x1b", "b\n")})
    assert (tmp_path / "parts.txt").read_bytes() == (tmp_path / "whole.txt").read_bytes()
    assert b"\x1b" not in (tmp_path / "parts.txt").read_bytes()
