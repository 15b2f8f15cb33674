"""Stage 2: cut a policy body into sections, paragraphs and sentences with stable anchors.

The body is parsed once with markdown-it-py (CommonMark, raw HTML disabled, so
any HTML in a policy is text). The same token stream gives the plain text the
analyzer reads and the HTML the site shows, so an anchor the analyzer cites is
always an ``id`` on the page.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import cache
from html import escape
from typing import NamedTuple

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..models import Document, Paragraph
from .links import paragraph_links
from .sentences import split_sentences

_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_ALLOWED_TAGS = {
    "p", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th",
    "td", "em", "strong", "a", "code", "br", "hr", "span", "s", "del",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {"*": {"id", "class"}, "a": {"href", "title"}, "ol": {"start"}}
HEADING_SHIFT = 2
"""Policy headings sit under the page's own h1/h2, so a policy's '#' becomes an h3."""
MAX_NESTING = 100
"""Block nesting markdown-it reads before it stops (CommonMark's preset: 20)."""


@cache
def markdown_parser() -> MarkdownIt:
    """The one Markdown reading of policy text (CommonMark and tables; no raw HTML, no code blocks)."""
    # CommonMark's preset stops reading at 20 levels of nesting and drops what is deeper without a word;
    # a converted page can open ten empty list items in a row (each an ordered list inside a list item)
    # before its text. markdown-it's own default, 100, still bounds hostile nesting.
    options = {"html": False, "linkify": False, "typographer": False, "maxNesting": MAX_NESTING}
    parser = MarkdownIt("commonmark", options)
    parser.enable("table").enable("strikethrough")
    # Policies converted from HTML are often indented; indented text is prose, not code.
    parser.disable(["code", "fence"])
    parser.add_render_rule("image", _render_image_as_link)
    return parser


def segment(body: str) -> Document:
    """Cut a policy body into anchored paragraphs and render it as safe HTML.

    Args:
        body: the policy text (Markdown) without front matter.

    Returns:
        A Document whose paragraphs carry content-derived anchors, unique within it.
    """
    parser = markdown_parser()
    tokens = parser.parse(body)
    _neutralise_links(tokens)
    blocks = _blocks(tokens)
    anchors = _anchors([block.text or block.raw for block in blocks])
    headings: list[tuple[int, str]] = []
    # the headings the next paragraph sits under: one tuple shared by every paragraph of a section (a build
    # holds every policy's paragraphs, about a million at 10,000 policies)
    under: tuple[str, ...] = ()
    paragraphs = []
    for (kind, token, text, _raw, level, list_depth, breaks), anchor in zip(blocks, anchors):
        token.attrSet("id", anchor)
        token.attrJoin("class", "pp-para")
        if kind == "heading":
            headings = [(lvl, title) for lvl, title in headings if lvl < level]
            section = tuple(title for _, title in headings)
            headings.append((level, text))
            under = (*section, text)
        else:
            section = under
        line = (token.map[0] + 1) if token.map else 1
        sentences = split_sentences(text, breaks) if kind != "heading" else ()
        paragraphs.append(Paragraph(anchor, kind, text, line, section, sentences, level, list_depth))
    _nest_headings(tokens)
    html = parser.renderer.render(tokens, parser.options, {})
    html = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
    )
    words = sum(len(p.text.split()) for p in paragraphs)
    return Document.of(tuple(paragraphs), html, words, paragraph_links(tokens, html))


def _nest_headings(tokens: list[Token]) -> None:
    """Place the policy's headings under the page's own: a policy '#' becomes an h3, and no
    heading goes more than one level deeper than the one before it (an h4 followed by an
    h6 in the policy becomes h4, h5), so screen-reader outlines have no holes."""
    deepest = HEADING_SHIFT
    for token in tokens:
        if token.type == "heading_open":
            level = min(int(token.tag[1]) + HEADING_SHIFT, deepest + 1, 6)
            deepest = level
            token.tag = f"h{level}"
        elif token.type == "heading_close":
            token.tag = f"h{deepest}"


def normalise(text: str) -> str:
    """Collapse whitespace: the form quotes are compared in."""
    # split() and the regex "\s+" know the same 29 whitespace characters (checked); this is 4x faster
    return " ".join(text.split())


class _Block(NamedTuple):
    """A leaf block of the parsed text, before it gets its anchor."""

    kind: str
    token: Token
    """The token that carries the anchor."""
    text: str
    """Plain text."""
    raw: str
    """Markdown source."""
    level: int
    """A heading's level; 0 for other blocks."""
    list_depth: int
    """How many lists it is in."""
    breaks: tuple[int, ...]
    """Where its hard line breaks fall in the plain text."""


def _blocks(tokens: list[Token]) -> list[_Block]:
    """The leaf blocks (headings, paragraphs, tables), in order."""
    blocks: list[_Block] = []
    list_items: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "list_item_open":
            list_items.append(token)
        elif token.type == "list_item_close":
            list_items.pop()
        elif token.type == "heading_open":
            inline = tokens[index + 1]
            blocks.append(_Block("heading", token, plain_text(inline), inline.content, int(token.tag[1]), 0, ()))
        elif token.type == "paragraph_open":
            inline = tokens[index + 1]
            holder = list_items[-1] if token.hidden and list_items else token
            if holder.attrGet("id"):  # a second paragraph in one tight list item
                holder = token
            text, breaks = plain_text_and_breaks(inline)
            blocks.append(_Block("paragraph", holder, text, inline.content, 0, len(list_items), breaks))
            if holder is not token:
                holder.attrSet("id", "pending")
        elif token.type == "table_open":
            close = next(i for i in range(index, len(tokens)) if tokens[i].type == "table_close")
            cells = [plain_text(t) for t in tokens[index:close] if t.type == "inline"]
            text = normalise(" ".join(cell for cell in cells if cell))
            blocks.append(_Block("table", token, text, text, 0, 0, ()))
            index = close
        index += 1
    return blocks


def plain_text(inline: Token) -> str:
    """The reader-visible text of an inline token: markup and link targets removed."""
    return plain_text_and_breaks(inline)[0]


_BREAK = "\x00"


def plain_text_and_breaks(inline: Token) -> tuple[str, tuple[int, ...]]:
    """``plain_text`` and the offsets in it where a hard line break (two spaces or a backslash at
    the end of a line) started a new line: lists typed as lines ("1.Not to provide ...  2.To stop
    ..."), which the sentence splitter may cut there."""
    parts = []
    hard = False
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content.replace(_BREAK, " "))
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append(f" {_BREAK} ")
            hard = True
        elif child.type == "image":
            parts.append(child.content.replace(_BREAK, " "))
    if not hard:  # most paragraphs: no word-by-word walk
        return normalise("".join(parts)), ()
    words, breaks, length = [], [], 0
    for word in "".join(parts).split():
        if word == _BREAK:
            if length and (not breaks or breaks[-1] != length + 1):
                breaks.append(length + 1)  # where the next word starts, after its space
            continue
        length += len(word) + (1 if words else 0)
        words.append(word)
    text = " ".join(words)
    return text, tuple(b for b in breaks if b < len(text))


def _anchors(texts: list[str]) -> list[str]:
    return content_anchors("p", texts)


def content_anchors(prefix: str, texts: list[str]) -> list[str]:
    """``<prefix>-`` and a hash of each normalised text; repeats get ``-2``, ``-3``... in order.

    Made from the words, so a link keeps pointing at the same text when others are added,
    removed or reordered around it.
    """
    seen: Counter[str] = Counter()
    anchors = []
    for text in texts:
        digest = hashlib.sha1(normalise(text).lower().encode("utf-8")).hexdigest()[:8]
        base = f"{prefix}-{digest}"
        seen[base] += 1
        anchors.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return anchors


def _neutralise_links(tokens: list[Token]) -> None:
    """Links that would not work on this site (relative, odd schemes) become plain text."""
    for block in tokens:
        opened: list[Token] = []
        for child in block.children or ():
            if child.type == "link_open":
                href = child.attrGet("href") or ""
                if not href.lower().startswith(_SAFE_SCHEMES):
                    child.tag, child.attrs = "span", {}
                opened.append(child)
            elif child.type == "link_close" and opened:
                child.tag = opened.pop().tag


def _render_image_as_link(self, tokens, idx, options, env) -> str:  # noqa: ANN001 - markdown-it signature
    """Remote images are not loaded (no third-party requests); they become links."""
    token = tokens[idx]
    source = token.attrGet("src") or ""
    alt = self.renderInlineAsText(token.children or [], options, env) or "image"
    label = f"[image: {alt}]"
    escaped = escape(label)
    if source.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(source)}" class="pp-image-link">{escaped}</a>'
    return f'<span class="pp-image-link">{escaped}</span>'
