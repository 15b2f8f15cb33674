"""The words the site itself writes on a page, without the policy's own words, for reading-level checks."""

from __future__ import annotations

from html.parser import HTMLParser

POLICY_WORDS = {"pp-fulltext", "pp-quote", "pp-diff", "pp-diff-section-title", "pp-chart", "headerlink", "pp-versions"}
"""Classes of elements that hold the policy's words (its text, quotes, diffs, section titles) or no sentences."""
SKIPPED_TAGS = {"table", "code", "script", "style", "svg", "figure"}
"""Tables and figures hold names and figures, not sentences."""
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "div", "td", "th", "dd", "dt", "blockquote"}
VOID = {"br", "img", "input", "hr", "meta", "link", "wbr", "source", "area", "col", "embed"}


class _OwnWords(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.block: list[str] = []
        self.sentences: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        skip = (self.stack and self.stack[-1]) or tag in SKIPPED_TAGS or bool(classes & POLICY_WORDS)
        self.stack.append(bool(skip))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self.stack:
            return
        self.stack.pop()
        if tag in BLOCKS:
            # Only sentences count: a block that ends like one. Names in lists and
            # table-like labels are not sentences the site writes.
            text = " ".join("".join(self.block).split())
            if text.endswith((".", "!", "?", ":", ")")):
                self.sentences.append(text)
            self.block = []

    def handle_data(self, data: str) -> None:
        if self.stack and not self.stack[-1]:
            self.block.append(data)


def own_words(page_html: str) -> str:
    """The sentences of the page's <article> that the site wrote (not the policy's words, not tables)."""
    start, end = page_html.find("<article"), page_html.find("</article>")
    parser = _OwnWords()
    parser.feed(page_html[start:end] if start != -1 else page_html)
    return " ".join(parser.sentences)
