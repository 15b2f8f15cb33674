import pytest

from generator.errors import SiteError
from generator.files import confined
from generator.build.output import MANIFEST, write_outputs


@pytest.mark.parametrize(
    "relative",
    ["../escape.md", "policies/../../escape.md", "/etc/passwd", "\\\\server\\share.md", "a\\..\\..\\b.md", "x\x00.md", ""],
)
def test_confined_refuses_paths_outside_the_root(tmp_path, relative):
    with pytest.raises(SiteError, match="refusing to write"):
        confined(tmp_path / "docs", relative)


def test_a_symlink_inside_docs_cannot_lead_writes_outside(tmp_path):
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    docs.mkdir()
    outside.mkdir()
    (docs / "policies").symlink_to(outside)
    with pytest.raises(SiteError, match="points outside"):
        write_outputs(docs, {"policies/evil-com.md": "x"})
    assert list(outside.iterdir()) == [] and not (docs / MANIFEST).exists()


def test_leftovers_of_a_killed_build_are_removed_but_nothing_else(tmp_path):
    docs = tmp_path / "docs"
    write_outputs(docs, {"compare.md": "one"})
    leftover = docs / ".compare.md.abcd_123.tmp"
    leftover.write_text("half")
    unrelated = [docs / ".about.md.abcd_123.tmp", docs / ".compare.md.tmp", docs / "compare.md.abcd_123.tmp"]
    for path in unrelated:
        path.write_text("someone else's")
    write_outputs(docs, {"compare.md": "two"})
    assert not leftover.exists()
    assert all(path.read_text() == "someone else's" for path in unrelated)
    assert (docs / "compare.md").read_text() == "two"


def test_resolving_folders_once_refuses_what_confined_refuses(tmp_path):
    from generator.files import confined_all

    docs = tmp_path / "docs"
    (docs / "a").mkdir(parents=True)
    (docs / "a" / "link").symlink_to(tmp_path)
    (docs / "f.md").symlink_to(tmp_path / "outside.md")
    tried = ["x.md", "a/b.md", "a/link/evil.md", "f.md", "a/../../e.md", "a//b.md", "a/./b.md", "/etc/x", "a\\b"]
    for relative in tried:
        try:
            expected = confined(docs, relative)
        except SiteError:
            with pytest.raises(SiteError):
                confined_all(docs, [relative])
        else:
            assert confined_all(docs, [relative]) == {relative: expected}
