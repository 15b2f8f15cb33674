"""Pre-rendered HTML spliced past Python-Markdown.

Generated pages are mostly HTML made by the templates and by ``segment``
(markdown-it, then nh3): a policy page is about 90 KB, its full text alone
about half. Left in the page's Markdown, Python-Markdown's raw-HTML
preprocessor and MkDocs' anchor scan parse all of it again with
``html.parser`` on every build, which was most of ``mkdocs build``'s time. The
plugin cuts each top-level ``<div>`` and ``<details>`` block out of a generated page before MkDocs
converts it (``cut``, in ``on_page_markdown``), leaving a placeholder
paragraph, and puts the block back in the converted HTML (``paste``, in
``on_page_context``) exactly where Python-Markdown would have put it, with the
anchors it holds added to the page's so MkDocs still checks links into them.
The site is byte-identical to one built without the splice (tested).

MkDocs converts every page before it writes any, and keeps what it converted:
at 10,000 policies the blocks were most of its 4.7 GB. So the plugin keeps only
each page's ``Cut`` (placeholders, a digest of the blocks, their anchors), cuts
the page's source again when MkDocs renders that page (``blocks_again``), and
puts the short converted page back once it is written: one page's blocks are in
memory at a time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_PLACEHOLDER = "PLAINPOLICYSPLICE{}X"
"""Placeholder paragraphs; a page whose text holds one (policy text is anyone's) gets a longer one."""
_ID = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]+)"')
_BLOCK_TAGS = ("div", "details")
"""The blocks cut: the templates wrap every large part of a page (the full text in ``<details>``) in one."""
_BLOCK_START = re.compile(rf"<({'|'.join(_BLOCK_TAGS)})\b")
_OPEN = {tag: re.compile(rf"<{tag}\b") for tag in _BLOCK_TAGS}
_CLOSE = {tag: re.compile(rf"</{tag}>") for tag in _BLOCK_TAGS}
_BLANK_WITH_SPACES = re.compile(r"(?<=\n) +\n")
TAB_LENGTH = 4
"""Python-Markdown's default ``tab_length`` (mkdocs.yml does not change it)."""

Blocks = list[tuple[str, str]]
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
"""MkDocs' own ``YAML_RE`` (``mkdocs.utils.meta``): the body starts where it ends."""


@dataclass(frozen=True, slots=True)
class Cut:
    """What is kept of a page's blocks between converting it and rendering it."""

    count: int
    digest: bytes
    anchors: frozenset[str]


def remember(blocks: Blocks) -> Cut:
    return Cut(len(blocks), _digest(blocks), frozenset(anchor_ids(blocks)))


def blocks_again(source: str, kept: Cut) -> Blocks:
    """The blocks of a generated page (``source``: the file, front matter included), cut again.

    Raises:
        ValueError: when they are not the blocks cut before (the file changed during the build).
    """
    front = _FRONT_MATTER.match(source)
    _, blocks = cut(source[front.end() :].lstrip("\n") if front else source)
    if len(blocks) != kept.count or _digest(blocks) != kept.digest:
        raise ValueError("the page changed on disk while MkDocs was building it; build again")
    return blocks


def _digest(blocks: Blocks) -> bytes:
    hashed = hashlib.blake2b(digest_size=16)
    for placeholder, block in blocks:
        hashed.update(f"{placeholder}\0{len(block)}\0".encode())
        hashed.update(block.encode("utf-8", "surrogatepass"))
    return hashed.digest()


def cut(markdown: str) -> tuple[str, Blocks]:
    """``markdown`` with each top-level ``<div>`` or ``<details>`` block (blank line before and after) replaced by a
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
        end = _block_end(lines, i) if i == 0 or lines[i - 1] == "" else None
        # Blocks that follow one another line after line (a listing's rows) are cut as one.
        while end is not None and end + 1 < len(lines) and lines[end + 1] != "":
            end = _block_end(lines, end + 1)
        if end is not None and (end + 1 == len(lines) or lines[end + 1] == ""):
            placeholder = stem.format(len(blocks))
            blocks.append((placeholder, "\n".join(lines[i : end + 1])))
            kept.append(placeholder)
            i = end + 1
            continue
        kept.append(lines[i])
        i += 1
    return ("\n".join(kept), blocks) if blocks else (markdown, blocks)


def _block_end(lines: list[str], i: int) -> int | None:
    """The line closing the ``<div>`` or ``<details>`` block that opens line ``i``; None when none does."""
    start = _BLOCK_START.match(lines[i])
    if not start:
        return None
    opening, closing = _OPEN[start[1]], _CLOSE[start[1]]
    depth = 0
    for end in range(i, len(lines)):
        depth += len(opening.findall(lines[end])) - len(closing.findall(lines[end]))
        if depth <= 0:
            return end if depth == 0 else None
    return None


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
