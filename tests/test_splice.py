"""The pre-rendered full text passes around Python-Markdown (``build/splice.py``) and the site is the same."""

import json
from pathlib import Path

import pytest

from generator.build.splice import anchor_ids, blocks_again, cut, remember
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


def test_rows_that_follow_one_another_are_cut_as_one_block():
    markdown = '# Rows\n\n<div class="row">\n<p>one</p>\n</div>\n<div class="row">\n<p>two</p>\n</div>\n\nAfter.\n'
    cut_markdown, blocks = cut(markdown)
    assert [block for _, block in blocks] == ['<div class="row">\n<p>one</p>\n</div>\n<div class="row">\n<p>two</p>\n</div>']
    assert cut_markdown.endswith("\n\nAfter.\n") and "row" not in cut_markdown


def test_the_blocks_are_cut_again_from_the_file_and_a_changed_file_is_an_error():
    source = '---\ntitle: T\n---\n\n# T\n\n<details class="pp-fulltext-details">\n<p id="p-1">Text.</p>\n</details>\n'
    _, blocks = cut(source[source.index("# T") :])
    kept = remember(blocks)
    assert kept.anchors == {"p-1"}
    assert blocks_again(source, kept) == blocks
    with pytest.raises(ValueError, match="changed on disk"):
        blocks_again(source.replace("Text.", "Edited."), kept)


PROBE_HOOK = '''
import json
seen = {}

def on_env(env, config, files):
    seen["files"] = files

def on_post_build(config):
    pages = [f.page for f in seen["files"].documentation_pages() if f.page is not None]
    json.dump({
        "pages": len(pages),
        "holding_full_text": [p.file.src_uri for p in pages if "pp-fulltext" in (p.content or "")],
        "holding_analysis": [p.file.src_uri for p in pages if "plainpolicy" in p.meta],
    }, open(config.config_file_path + ".probe.json", "w"))
'''


def test_mkdocs_holds_only_the_short_form_of_each_page_once_it_is_written(built_site, tmp_path):
    """What keeps ``mkdocs build`` small at 10,000 policies: no page's blocks or analysis stay in memory."""
    (tmp_path / "probed").mkdir()
    project = copy_project(tmp_path / "probed")
    (project / "probe_hook.py").write_text(PROBE_HOOK)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("plugins:\n", "hooks:\n  - probe_hook.py\nplugins:\n", 1))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    probe = json.loads((project / "mkdocs.yml.probe.json").read_text())
    assert probe["pages"] > 50
    assert probe["holding_full_text"] == [] and probe["holding_analysis"] == []
    assert files_of(project / "site") == files_of(built_site / "site")
    policy = next((project / "docs" / "policies").glob("*.md")).read_text("utf-8")
    assert "\nplainpolicy:\n" in policy  # the file keeps its analysis; only MkDocs' copy drops it
