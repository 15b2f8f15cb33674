"""What counts as executable markup in a page: used by the hostile, property and browser tests."""

from __future__ import annotations

from html.parser import HTMLParser

FORBIDDEN_TAGS = frozenset(
    {"script", "iframe", "frame", "object", "embed", "style", "link", "meta", "base", "form", "img", "svg", "math",
     "video", "audio", "source", "input", "button", "textarea", "template", "noscript"}
)  # fmt: skip
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background"})
SAFE_SCHEMES = ("http:", "https:", "mailto:")


def _scheme_is_unsafe(url: str) -> bool:
    # Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
    squashed = "".join(char for char in url if ord(char) > 0x20).lower()
    head = squashed.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return ":" in head and not squashed.startswith(SAFE_SCHEMES)


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # The site's own controls and charts carry data-pp-ui; nh3 strips every data-*
        # attribute from policy text, so a policy cannot claim it.
        if tag in FORBIDDEN_TAGS and not any(name == "data-pp-ui" for name, _ in attrs):
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{name}= attribute on <{tag}>")
            elif name == "style":
                self.problems.append(f"style= attribute on <{tag}>")
            elif name in URL_ATTRIBUTES and value and _scheme_is_unsafe(value):
                self.problems.append(f"{name}={value!r} on <{tag}>")

    handle_startendtag = handle_starttag


def executable_markup(html: str) -> list[str]:
    """Elements, attributes and URLs in ``html`` that could run code or load something."""
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return finder.problems
