"""Characters no policy may carry, decided once: refused at load, scrubbed by every writer.

C0 and C1 control characters (all but tab and line feed; carriage returns are
line endings and become line feeds first), lone surrogates and Unicode
noncharacters mean nothing in a policy's words. They come from broken copies
(PDF extraction, terminal escapes) or from someone probing the build, and XML
(the Atom feeds) cannot carry most of them at all. The loader refuses them with
``file:line`` (``load.decode_policy_bytes`` and the front-matter check) rather
than replacing them: the site quotes policies verbatim, so a silent change to
the text would be a quote the policy never made. The writers scrub them anyway
(``scrub``), so a value that reaches a page, a feed, JSON or CSV by another
road cannot break the build or the reader.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
DISALLOWED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
"""Characters a policy file may not contain (tab ``\\x09`` and line feed ``\\x0a`` are text)."""

_NAMES = {0x0B: "vertical tab", 0x0C: "form feed", 0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete"}


def describe(char: str) -> str:
    """``U+000B (vertical tab)``: how an error names a character it refuses."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        kind = "a lone surrogate"
    elif code in _NAMES:
        kind = _NAMES[code]
    elif code < 0x20 or 0x7F <= code <= 0x9F:
        kind = "a control character"
    elif unicodedata.category(char) == "Cn":
        kind = "a noncharacter"
    else:
        kind = unicodedata.name(char, "a control character").lower()
    return f"U+{code:04X} ({kind})"


def first_disallowed(text: str) -> re.Match[str] | None:
    return DISALLOWED.search(text)


_SCRUBBED = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
"""``DISALLOWED`` but for carriage returns, which CSV rows end with and XML allows."""


def scrub(text: str) -> str:
    """``text`` with every disallowed character replaced by U+FFFD (the writers' safety net).

    Safe for every output format the site writes: U+FFFD is valid in XML, HTML, JSON and CSV,
    and JSON's own escapes (``\\u0001``) are ASCII, so they are left as they are.
    """
    return _SCRUBBED.sub("\ufffd", text)


_SCRUBBED_UTF8 = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xef\xb7[\x90-\xaf]|\xef\xbf[\xbe\xbf]"
    rb"|[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]"
)
"""``_SCRUBBED`` in UTF-8 (C1 controls, U+FDD0-U+FDEF, U+xFFFE and U+xFFFF), lone surrogates aside."""


_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"
"""Bytes that are never scrubbed and never part of a longer UTF-8 sequence."""


def may_need_scrub(data: bytes) -> bool:
    """False when the UTF-8 ``data`` (decoded without error, so no surrogates) has no character
    ``scrub`` would replace: ``_SCRUBBED_UTF8`` over what is left once plain ASCII is deleted."""
    return _SCRUBBED_UTF8.search(data.translate(None, _PLAIN_ASCII)) is not None


def scrub_utf8(text: str) -> bytes:
    """``scrub(text)`` encoded as UTF-8, checked on the bytes first: most texts have nothing to scrub.

    The pattern runs only over what is left once plain ASCII is deleted (``bytes.translate``, about
    50 times faster than the pattern over the whole text): every multi-byte character keeps its
    bytes together, and a lead byte never follows as another character's continuation, so a match
    there is a match in the text.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return scrub(text).encode("utf-8")
    if not may_need_scrub(data):
        return data
    return scrub(text).encode("utf-8")


@lru_cache(maxsize=1)
def _look_alike_classes() -> dict[str, str]:
    """Each character with a look-alike, mapped to the prototype of its class.

    The pairs are Unicode's confusables (UTS #39 ``confusables.txt``) as shipped by
    ``confusable_homoglyphs``; classes join pairs transitively (``1``, ``l``, ``I``,
    Cyrillic ``і`` are one class).
    """
    from confusable_homoglyphs.confusables import confusables_data

    parent: dict[str, str] = {}

    def find(char: str) -> str:
        while parent.setdefault(char, char) != char:
            parent[char] = parent[parent[char]]
            char = parent[char]
        return char

    for char, entries in confusables_data.items():
        for entry in entries:
            other = entry["c"].strip("\u200e\u200f")
            if len(char) == 1 and len(other) == 1:
                first, second = sorted((find(char), find(other)))
                parent[second] = first
    # The representative is the class's prototype, the character the others are listed under
    # (``l`` for ``1`` and ``I``, ``O`` for ``0``), so that folding its case afterwards means something.
    classes: dict[str, list[str]] = {}
    for char in parent:
        classes.setdefault(find(char), []).append(char)
    chosen = {}
    for members in classes.values():
        prototype = max(members, key=lambda c: (len(confusables_data.get(c, ())), -ord(c)))
        chosen.update(dict.fromkeys(members, prototype))
    return chosen


def look_alike_key(text: str) -> str:
    """What ``text`` looks like: case, compatibility forms, spacing and look-alike letters folded.

    Two different names or slugs with the same key would be told apart by no reader
    (``Kaspersky`` and ``Kаspersky`` with a Cyrillic ``а``; ``paypal-com`` and ``paypa1-com``).
    """
    classes = _look_alike_classes()
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    for _ in range(2):  # prototype, its case folded, and that one's prototype (0 -> O -> o)
        folded = "".join(classes.get(char, char) for char in folded).casefold()
    return folded


_SHOWN = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (
        *range(0x20), 0x7F, *range(0x80, 0xA0),
        *(code for code in range(0xA0, 0x30000) if unicodedata.category(chr(code)) in ("Cf", "Zl", "Zp")),
        *range(0xD800, 0xE000),
    )
    if code != 0x0A
}
"""Controls (a file name can hold terminal escapes), format characters (U+200B hides, U+202E
reverses the rest of the line) and line separators, as they are shown in messages."""


def shown(message: str) -> str:
    """``message`` safe to print: every character that would hide or reorder text as ``\\xNN`` or ``\\uNNNN``."""
    return message.translate(_SHOWN)
