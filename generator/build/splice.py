"""Pre-rendered HTML spliced past Python-Markdown.

Generated pages are mostly HTML made by the templates and by ``segment``
(markdown-it, then nh3): a policy page is about 90 KB, its full text alone
about half. Left in the page's Markdown, Python-Markdown's raw-HTML
preprocessor and MkDocs' anchor scan parse all of it again with
``html.parser`` on every build, which was most of ``mkdocs build``'s time. The
plugin cuts each top-level ``<div>`` block out of a generated page before MkDocs
converts it (``cut``, in ``on_page_markdown``), leaving a placeholder
paragraph, and puts the block back in the converted HTML (``paste``, in
``on_page_content``) exactly where Python-Markdown would have put it, with the
anchors it holds added to the page's so MkDocs still checks links into them.
The site is byte-identical to one built without the splice (tested).
"""

from __future__ import annotations

import re

_PLACEHOLDER = "PLAINPOLICYSPLICE{}X"
"""Placeholder paragraphs; a page whose text holds one (policy text is anyone's) gets a longer one."""
_ID = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]+)"')
_OPEN = re.compile(r"<div\b")
_CLOSE = re.compile(r"</div>")
_BLANK_WITH_SPACES = re.compile(r"(?<=\n) +\n")
TAB_LENGTH = 4
"""Python-Markdown's default ``tab_length`` (mkdocs.yml does not change it)."""

Blocks = list[tuple[str, str]]


def cut(markdown: str) -> tuple[str, Blocks]:
    """``markdown`` with each top-level ``<div>`` block (blank line before and after) replaced by a
    placeholder paragraph, and the (placeholder, block) pairs."""
    # What Python-Markdown's NormalizeWhitespace does first, so the blocks are the text it would have kept.
    markdown = markdown.replace("\x02", "").replace("\x03", "").replace("\r\n", "\n").replace("\r", "\n")
    markdown = _BLANK_WITH_SPACES.sub("\n", markdown.expandtabs(TAB_LENGTH))
    stem = _PLACEHOLDER
    while stem.format("").rstrip("X") in markdown:
        stem = stem.replace("{}", "Z{}")
    lines = markdown.split("\n")
    kept: list[str] = []
    blocks: Blocks = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("<div") and (i == 0 or lines[i - 1] == ""):
            depth, end = 0, i
            while end < len(lines):
                depth += len(_OPEN.findall(lines[end])) - len(_CLOSE.findall(lines[end]))
                if depth <= 0:
                    break
                end += 1
            if depth == 0 and (end + 1 == len(lines) or lines[end + 1] == ""):
                placeholder = stem.format(len(blocks))
                blocks.append((placeholder, "\n".join(lines[i : end + 1])))
                kept.append(placeholder)
                i = end + 1
                continue
        kept.append(lines[i])
        i += 1
    return ("\n".join(kept), blocks) if blocks else (markdown, blocks)


def paste(html: str, blocks: Blocks) -> str:
    """The converted page with each placeholder paragraph replaced by its block, as Python-Markdown would place it."""
    for placeholder, block in blocks:
        paragraph = f"<p>{placeholder}</p>"
        if html.count(paragraph) != 1:
            raise ValueError(f"placeholder {placeholder} not found once in the converted page")
        at = html.index(paragraph)
        end = at + len(paragraph)
        # Python-Markdown follows a raw HTML block with a blank line, a paragraph with a line break.
        if html.startswith("\n", end) and not html.startswith("\n\n", end):
            block += "\n"
        html = html[:at] + block + html[end:]
    return html


def anchor_ids(blocks: Blocks) -> set[str]:
    """The ``id`` attributes in the blocks (what MkDocs' scan of raw HTML would have found)."""
    return {match for _, block in blocks for match in _ID.findall(block)}
