"""Pre-rendered HTML spliced past Python-Markdown.

A policy's full text is already safe HTML (``segment``: markdown-it, then nh3),
about 95 KB a page. Left in the page's Markdown, Python-Markdown's raw-HTML
preprocessor and MkDocs' anchor scan would parse it again with ``html.parser``
on every build, which was most of ``mkdocs build``'s time. The plugin cuts each
such block out of the page before MkDocs converts it (``cut``, in
``on_page_markdown``), leaving a placeholder line, and puts it back in the
converted HTML (``paste``, in ``on_page_content``), with the anchors it holds
added to the page's so MkDocs still checks links into them. The site is
byte-identical to one built without the splice (tested).
"""

from __future__ import annotations

import re

OPEN = '<div class="pp-fulltext">\n'
CLOSE = "\n</div>\n"
_PLACEHOLDER = "PLAINPOLICYSPLICE{}X"
"""Placeholder lines; a page whose text holds one (policy text is anyone's) gets a longer one."""
_ID = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]+)"')


def cut(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """``markdown`` with each full-text block replaced by a placeholder line, and (placeholder, block) pairs."""
    stem = _PLACEHOLDER
    while stem.format("").rstrip("X") in markdown:
        stem = stem.replace("{}", "Z{}")
    blocks: list[tuple[str, str]] = []
    parts: list[str] = []
    position = 0
    while (start := markdown.find(OPEN, position)) != -1:
        inner = start + len(OPEN)
        end = markdown.find(CLOSE, inner)
        if end == -1:
            break
        placeholder = stem.format(len(blocks))
        parts += [markdown[position:inner], placeholder]
        blocks.append((placeholder, markdown[inner:end]))
        position = end
    if not blocks:
        return markdown, blocks
    parts.append(markdown[position:])
    return "".join(parts), blocks


def paste(html: str, blocks: list[tuple[str, str]]) -> str:
    """The converted page with each placeholder replaced by its block, as it was."""
    for placeholder, block in blocks:
        if html.count(placeholder) != 1:
            raise ValueError(f"placeholder {placeholder} not found once in the converted page")
        html = html.replace(placeholder, block, 1)
    return html


def anchor_ids(blocks: list[tuple[str, str]]) -> set[str]:
    """The ``id`` attributes in the blocks (what MkDocs' scan of raw HTML would have found)."""
    return {match for _, block in blocks for match in _ID.findall(block)}
