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

The same goes for a generated page's front matter: its ``plainpolicy`` block
(the analysis, for readers of the Markdown and for tools: about 140 of its 150
lines) is used by no template, yet MkDocs' YAML parse of it was a tenth of
``mkdocs build``. ``without_analysis`` drops the block from the source MkDocs
reads (``on_page_read_source``); the file on disk keeps it.

MkDocs converts every page before it writes any, and keeps what it converted:
at 10,000 policies the blocks were most of its 4.7 GB. So the plugin keeps only
each page's ``Cut`` (placeholders, a digest of the blocks, their anchors), cuts
the page's source again when MkDocs renders that page (``blocks_again``), and
puts the short converted page back once it is written: one page's blocks are in
memory at a time.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from dataclasses import dataclass

_PLACEHOLDER = "PLAINPOLICYSPLICE{}X"
"""Placeholder paragraphs; a page whose text holds one (policy text is anyone's) gets a longer one."""
_ID = re.compile(r'<[a-zA-Z][^>]*?\sid="([^"]+)"')
_BLOCK_TAGS = ("div", "details", "p", "ul", "ol", "table", "nav")
"""The blocks cut: every top-level HTML block the templates write (the full text is in a ``<details>``)."""
_BLOCK_START = re.compile(rf"<({'|'.join(_BLOCK_TAGS)})\b")
_EDGES = {tag: re.compile(rf"<{tag}\b|</{tag}>") for tag in _BLOCK_TAGS}
"""A block's opening and closing tags, counted to find where it ends (nested blocks of its kind included)."""
_BLANK_WITH_SPACES = re.compile(r"(?<=\n) +\n")
TAB_LENGTH = 4
"""Python-Markdown's default ``tab_length`` (mkdocs.yml does not change it)."""

Blocks = list[tuple[str, str]]
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
"""MkDocs' own ``YAML_RE`` (``mkdocs.utils.meta``): the body starts where it ends."""


_ANALYSIS_KEY = "\nplainpolicy:\n"


def without_analysis(source: str, mark: str) -> str:
    """``source`` without the top-level ``plainpolicy`` key of its front matter, when the front matter
    ends with the generator's ``mark`` line (a generated page); any other page unchanged.

    Generated front matter is dumped in block style: every line of the key's value is indented or
    empty, so the block ends at the next line that starts at the margin. A quote of a policy's text
    cannot start one.
    """
    front = _FRONT_MATTER.match(source)
    if front is None or not front.group(1).endswith(f"\n{mark}\n"):
        return source
    start = source.find(_ANALYSIS_KEY, 0, front.end(1))
    if start < 0:
        return source
    end = start + len(_ANALYSIS_KEY)
    while end < front.end(1) and source[end] in " \t\n":  # a quote's line break dumps as an empty line
        end = source.index("\n", end) + 1
    return source[: start + 1] + source[end:]


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
    """``markdown`` with each top-level HTML block of ``_BLOCK_TAGS`` (blank line before and after) replaced by a
    placeholder paragraph, and the (placeholder, block) pairs."""
    # What Python-Markdown's NormalizeWhitespace does first, so the blocks are the text it would have kept.
    # (Each only when needed: generated pages rarely hold any of these, and scanning 90 KB for them is not free.)
    if "\x02" in markdown or "\x03" in markdown:
        markdown = markdown.replace("\x02", "").replace("\x03", "")
    if "\r" in markdown:
        markdown = markdown.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in markdown:
        markdown = markdown.expandtabs(TAB_LENGTH)
    if " \n" in markdown:
        markdown = _BLANK_WITH_SPACES.sub("\n", markdown)
    stem = _PLACEHOLDER
    while stem.format("").rstrip("X") in markdown:
        stem = stem.replace("{}", "Z{}")
    lines = markdown.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    kept: list[str] = []
    blocks: Blocks = []
    i = 0
    while i < len(lines):
        end = _block_end(markdown, starts, i) if i == 0 or lines[i - 1] == "" else None
        # Blocks that follow one another line after line (a listing's rows) are cut as one.
        while end is not None and end + 1 < len(lines) and lines[end + 1] != "":
            end = _block_end(markdown, starts, end + 1)
        if end is not None and (end + 1 == len(lines) or lines[end + 1] == ""):
            placeholder = stem.format(len(blocks))
            blocks.append((placeholder, "\n".join(lines[i : end + 1])))
            kept.append(placeholder)
            i = end + 1
            continue
        kept.append(lines[i])
        i += 1
    return ("\n".join(kept), blocks) if blocks else (markdown, blocks)


def _block_end(text: str, starts: list[int], i: int) -> int | None:
    """The line closing the block that opens line ``i`` (lines of ``text`` start at ``starts``): the first
    line at whose end as many of the block's tags have closed as opened; None when none does."""
    start = _BLOCK_START.match(text, starts[i])
    if not start:
        return None
    depth = 0
    line_end = _line_end(text, starts[i])
    for edge in _EDGES[start[1]].finditer(text, starts[i]):
        if edge.start() > line_end:
            if depth <= 0:
                break
            line_end = _line_end(text, edge.start())
        depth += -1 if edge[0][1] == "/" else 1
    if depth != 0:
        return None
    return bisect.bisect_right(starts, line_end) - 1


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


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
