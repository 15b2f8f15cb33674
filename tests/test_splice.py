"""The pre-rendered full text passes around Python-Markdown (``build/splice.py``) and the site is the same."""

from pathlib import Path

from generator.build.splice import anchor_ids, cut
from tests.conftest import copy_project, mkdocs_build


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_spliced_site_is_byte_identical_to_the_one_python_markdown_renders(built_site, tmp_path):
    (tmp_path / "plain").mkdir()
    plain = copy_project(tmp_path / "plain")
    config = plain / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  - plainpolicy\n", "  - plainpolicy:\n      splice: false\n"))
    result = mkdocs_build(plain)
    assert result.returncode == 0, result.stderr
    spliced, unspliced = files_of(built_site / "site"), files_of(plain / "site")
    assert spliced.keys() == unspliced.keys()
    assert [name for name in spliced if spliced[name] != unspliced[name]] == []
    policy = spliced["policies/kaspersky-com/index.html"].decode()
    assert 'class="pp-fulltext"' in policy and 'class="pp-answer-detail' in policy and "PLAINPOLICYSPLICE" not in policy


def test_a_policy_quoting_the_placeholder_does_not_break_the_page():
    markdown = 'Quote: "PLAINPOLICYSPLICE0X".\n\n<div class="pp-fulltext">\n<p id="p-1">PLAINPOLICYSPLICE0X</p>\n</div>\n'
    cut_markdown, blocks = cut(markdown)
    assert cut_markdown.count("PLAINPOLICYSPLICE0X") == 1  # only the quote; the block has its own placeholder
    assert [block for _, block in blocks] == ['<div class="pp-fulltext">\n<p id="p-1">PLAINPOLICYSPLICE0X</p>\n</div>']
    assert anchor_ids(blocks) == {"p-1"}


def test_blocks_are_cut_as_python_markdown_would_read_them():
    """Tabs expanded, carriage returns and control marks dropped, space-only lines emptied (its NormalizeWhitespace)."""
    markdown = '# Title\r\n\r\n<div class="pp-fulltext">\r\n<p id="p-2">a\tb\x02</p>\r\n   \r\n</div>\r\n'
    _, blocks = cut(markdown)
    assert [block for _, block in blocks] == ['<div class="pp-fulltext">\n<p id="p-2">a   b</p>\n\n</div>']
