"""The pre-rendered full text passes around Python-Markdown (``build/splice.py``) and the site is the same."""

import json
from pathlib import Path

import pytest

import yaml

from generator.build.splice import _FRONT_MATTER, anchor_ids, blocks_again, cut, remember, without_analysis
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


MARK = "generated_by: plainpolicy"


def front_of(source: str) -> dict:
    return yaml.safe_load(_FRONT_MATTER.match(source).group(1))


def test_mkdocs_reads_a_generated_page_without_its_analysis_and_with_everything_else(built_site):
    """The analysis block is dropped from what MkDocs parses; every other key and the body are as written."""
    pages = sorted((built_site / "docs").rglob("*.md"))
    generated = [page.read_text("utf-8") for page in pages if MARK in page.read_text("utf-8")]
    with_analysis = [source for source in generated if "\nplainpolicy:\n" in source]
    assert len(with_analysis) >= 20  # policy pages and version pages
    for source in with_analysis:
        read = without_analysis(source, MARK)
        expected = front_of(source)
        assert expected.pop("plainpolicy")["slug"]
        assert front_of(read) == expected
        assert read[_FRONT_MATTER.match(read).end() :] == source[_FRONT_MATTER.match(source).end() :]


def test_a_quote_with_a_line_break_or_a_key_like_line_stays_inside_the_analysis_block():
    analysis = {"answers": {"contact": {"evidence": [{"quote": "Write to us.\n\nplainpolicy:\nevil: yes"}]}}}
    front = {"title": "T"}
    dumped = yaml.dump(front, sort_keys=False) + yaml.dump({"plainpolicy": analysis}, sort_keys=False, width=1000)
    source = f"---\n{dumped}{MARK}\n---\n\n# T\n"
    assert "\n\n" in dumped  # PyYAML writes the quote's line break as an empty line
    assert front_of(without_analysis(source, MARK)) == {"title": "T", "generated_by": "plainpolicy"}


def test_a_page_the_generator_did_not_write_is_read_as_it_is():
    hand_written = "---\ntitle: About\nplainpolicy:\n  mine: true\n---\n\n# About\n"
    assert without_analysis(hand_written, MARK) == hand_written
    mark_not_last = f"---\n{MARK}\nplainpolicy:\n  mine: true\n---\n\n# About\n"
    assert without_analysis(mark_not_last, MARK) == mark_not_last


def test_python_markdown_sees_only_the_headings_of_a_policy_page(built_site):
    """Every HTML block of a policy page passes around Python-Markdown (what keeps ``mkdocs build`` at a few ms a page)."""
    source = (built_site / "docs/policies/kaspersky-com.md").read_text("utf-8")
    body = source[_FRONT_MATTER.match(source).end() :]
    markdown, blocks = cut(body)
    left = [line for line in markdown.splitlines() if line and not line.startswith("PLAINPOLICYSPLICE")]
    assert len(blocks) >= 20
    assert left and all(line.startswith("#") for line in left), left
