"""The links of each anchored paragraph of a policy, for the reader's "what you can do" routes.

``segment`` collects them from the Markdown tokens it already has (``from_tokens``). The page
shows the sanitised HTML, and the sanitiser drops an ``href`` it finds invalid (``https://`` with
no host), so the token reading is used only when the HTML carries exactly as many links as the
tokens gave; otherwise, and around images (rendered as links of their own), the HTML itself is
read (``from_html``). Reading every policy's HTML with ``html.parser`` cost about a tenth of
making its pages.
"""

from __future__ import annotations

from html.parser import HTMLParser

from markdown_it.token import Token

from ..models import ParagraphLinks as Links


def paragraph_links(tokens: list[Token], html: str) -> Links:
    """The links of each anchored block of ``html``, rendered from ``tokens`` and sanitised."""
    found = from_tokens(tokens)
    if found is None or found[1] != html.count(' href="'):
        return from_html(html)
    return found[0]


def from_tokens(tokens: list[Token]) -> tuple[Links, int] | None:
    """The links and the number of links in the whole text; None when an image is among them."""
    links: dict[str, list[tuple[str, str]]] = {}
    total = 0
    anchor, level = None, 0
    for token in tokens:
        ident = token.attrGet("id") or ""
        if anchor is None and token.nesting == 1 and ident.startswith("p-") and "pp-para" in (token.attrGet("class") or ""):
            anchor, level = ident, token.level
        if token.type == "inline":
            href: str | None = None
            text: list[str] = []
            for child in token.children or ():
                if child.type == "image":
                    return None
                if child.type == "link_open" and child.tag == "a":
                    total += 1
                    href, text = str(child.attrGet("href") or ""), []
                elif child.type == "link_close" and child.tag == "a" and href is not None:
                    if anchor is not None:
                        links.setdefault(anchor, []).append((href, " ".join("".join(text).split())))
                    href = None
                elif href is not None and child.type in ("text", "code_inline"):
                    text.append(child.content)
                elif href is not None and child.type in ("softbreak", "hardbreak"):
                    text.append("\n")
        if anchor is not None and token.nesting == -1 and token.level == level:
            anchor = None
    return tuple((key, tuple(value)) for key, value in links.items()), total


class _LinkCollector(HTMLParser):
    """Links of each anchored block of our own sanitised HTML: ``{anchor: ((href, text), ...)}``."""

    VOID = frozenset({"br", "hr", "img", "input", "wbr", "col", "area", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.anchor: str | None = None
        self.anchor_depth = 0
        self.href: str | None = None
        self.text: list[str] = []
        self.links: dict[str, list[tuple[str, str]]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        self.depth += 1
        found = dict(attrs)
        if self.anchor is None and (found.get("id") or "").startswith("p-") and "pp-para" in (found.get("class") or ""):
            self.anchor, self.anchor_depth = found["id"], self.depth
        if tag == "a" and self.anchor and found.get("href"):
            self.href, self.text = found["href"], []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if tag == "a" and self.href is not None and self.anchor:
            self.links.setdefault(self.anchor, []).append((self.href, " ".join("".join(self.text).split())))
            self.href = None
        if self.anchor is not None and self.depth == self.anchor_depth:
            self.anchor = None
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.href is not None:
            self.text.append(data)


def from_html(html: str) -> Links:
    collector = _LinkCollector()
    collector.feed(html)
    collector.close()
    return tuple((anchor, tuple(links)) for anchor, links in collector.links.items())
