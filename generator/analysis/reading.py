"""How the analyzer reads a policy: each sentence in its context.

A ``Unit`` is one sentence with the headings above it, the line that introduced
its list (or, for a short line, the paragraph before it) and the sentence before
it in its section, all lowercased for the cue patterns (``cues.fold``). Lines
that look like headings (short, title case or capitals, before prose) count as
headings, since policies copied from web pages often lose their heading markup.
``Sentences`` adds the literal-string index the rules are prefiltered with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..models import Document, Paragraph
from .prefilter import Index


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made a Unit
# 1.7 times as slow to build. Compared by identity: a document has one Unit per sentence.
@dataclass(eq=False)
class Unit:
    """One sentence in its context.

    Cue patterns read the lowercased ``folded``, ``heading``, ``lead`` and ``section``
    (see ``cues.fold``); evidence and details quote ``text`` as written.
    """

    paragraph: Paragraph
    text: str
    heading: str
    """The headings above it, innermost last, joined by `` > `` (lowercase)."""
    lead: str
    """For a list item or a paragraph after a line ending in ':', that line; else empty (lowercase)."""
    index: int
    """Position in the document, for ordering and neighbourhoods."""
    folded: str
    """``text`` in lowercase."""
    section: str
    """The innermost heading only (lowercase)."""
    previous: str = ""
    """The sentence before it in the same section, for "these signals", "they" (lowercase)."""
    paragraph_folded: str = ""
    """Its whole paragraph (lowercase), for rules whose words may be in the sentences around it."""

    # kept once made: every rule that reads a sentence's context asks for the same text
    @cached_property
    def context(self) -> str:
        return f"{self.heading} | {self.lead} | {self.folded}"

    @cached_property
    def nearby(self) -> str:
        """Its context and the sentence before it: where a sentence's "it" or "these" points."""
        return f"{self.heading} | {self.lead} | {self.previous} | {self.folded}"

    @cached_property
    def around(self) -> str:
        """Its context and its whole paragraph: for conditions stated a sentence or two away."""
        return f"{self.heading} | {self.lead} | {self.paragraph_folded}"


_TYPOGRAPHIC = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "))


ABBREVIATION_DOT = "\u2024"
"""What the periods of "u.s.", "u.k.", "e.g.", "i.e." and a mid-sentence "etc." become in folded text:
patterns count "[^.]" characters between words, and "stored on servers in the U.S. and elsewhere" is one
stretch."""
_DOTTED = re.compile(r"\b(?:u\.s\.(?:a\.)?|u\.k\.|e\.g\.|i\.e\.|etc\.(?=\)|,|;|\s+[a-z]))")
"""Abbreviations whose periods end no clause; "etc." only where the sentence goes on after it
("(credit cards, financials, etc.) will not be stored")."""
_ENDINGS = "com|net|org|edu|gov|co|io|info|biz|us|ca|de|fr|au|in|tv|me"
"""The common top-level domains a site names itself by."""
_SITE_NAME = re.compile(
    rf"(?<![@/\w.-])(?<!\(at\) )(?<!\[at\] )(?<! at )(?<!@ )[a-z0-9][a-z0-9-]{{0,62}}\.(?:{_ENDINGS})(?![\w@/-]|\.\w)"
)
"""A site named by its domain ("Example.com will not sell ..."): its period ends no clause either. Only a bare
name.tld: addresses (``@``, "(at)", " at "), links (``/``) and longer host names keep their periods, which
contact patterns read."""
_TOP_LEVEL = re.compile(rf"\.(?:{_ENDINGS})\b")
"""A cheap test first: most sentences name no site (one scan in C instead of a pattern with lookbehinds)."""


def fold_text(text: str) -> str:
    """Text as cue patterns read it: lowercase, with typographic apostrophes and quotes made
    plain, so "don\u2019t" is read as the negation "don't", and the periods of a few dotted
    abbreviations and of a site's bare domain name made ``ABBREVIATION_DOT`` (one character for one:
    positions hold)."""
    text = text.lower()
    if ".s." in text or ".k." in text or ".g." in text or ".e." in text or "etc." in text:
        text = _DOTTED.sub(lambda found: found.group().replace(".", ABBREVIATION_DOT), text)
    if _TOP_LEVEL.search(text):
        text = _SITE_NAME.sub(lambda found: found.group().replace(".", ABBREVIATION_DOT), text)
    if text.isascii():
        return text
    # a few scans and replaces: str.translate with a mapping makes a dictionary lookup per character
    for typographic, plain in _TYPOGRAPHIC:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


ENUMERATED = re.compile(r"(?:\\?\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\\?[.)]|[\u2022\u00b7*-])\s")
"""A paragraph opening like a list item ("1. ", "(b) ", "iv) ", "• "), whatever its markup."""

SHORT_SENTENCE = 40
"""A sentence this short inside a paragraph is read with the sentence before it."""
SHORT_PARAGRAPH = 160
"""A paragraph this short (an address line, a list item) is read with the one before it."""


def units_of(document: Document) -> list[Unit]:
    """Every sentence of the document with its heading and lead-in.

    The lead-in of a paragraph is the line that introduced its list (a paragraph
    ending in ':', which reaches over the items that follow it), or, for a short
    paragraph, the paragraph just before it in the same section. A short title-like
    line before prose counts as a heading (see ``looks_like_heading``).
    """
    units: list[Unit] = []
    colon_lead = previous = last_sentence = run_lead = ""
    leads: dict[int, str] = {}
    """The lead-in of each open list, by the depth of its items (the deepest is ``colon_lead``'s): a
    nested list's lead-in gives way to the outer one when the outer list's items come back."""
    in_run = False  # the paragraph before was short: an address block or a list of lines
    list_open = False  # the paragraphs since the lead-in have all been its list's items
    items_seen = False  # an item of the lead-in's list has come
    pseudo, pseudo_under = "", ()
    paragraphs = document.paragraphs
    for number, paragraph in enumerate(paragraphs):
        if paragraph.kind == "heading":
            colon_lead = previous = last_sentence = pseudo = run_lead = ""
            in_run = list_open = False
            leads = {}
            continue
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        if looks_like_heading(paragraph, following):
            pseudo, pseudo_under = paragraph.text.strip(), paragraph.section
            colon_lead = previous = last_sentence = run_lead = ""
            in_run = list_open = False
            continue
        sections = paragraph.section
        if pseudo and pseudo_under == sections:
            sections = (*sections, pseudo)
        text = fold_text(paragraph.text.strip())
        short = len(text) <= SHORT_PARAGRAPH
        depth = paragraph.list_depth
        if colon_lead and 0 < depth < max(leads, default=0) and depth in leads:
            colon_lead = leads[depth]
            leads = {d: known for d, known in leads.items() if d <= depth}
        # each line of a block of short lines (an address under "write to us at") keeps the
        # prose that introduced the block, not only the line above it
        lead = colon_lead or ((f"{run_lead} | {previous}" if in_run and run_lead else previous) if short else "")
        heading = fold_text(" > ".join(sections))
        section = fold_text(sections[-1]) if sections else ""
        before = inner_lead = ""
        for sentence in paragraph.sentences:
            folded = fold_text(sentence.text)
            # a short piece split off its sentence ("tel. (555) 201-7788") keeps the one before as lead-in;
            # items typed as lines under a line ending in ':' in the same paragraph keep that line
            own = lead or inner_lead or (before if len(folded) <= SHORT_SENTENCE else "")
            units.append(Unit(paragraph, sentence.text, heading, own, len(units), folded, section, last_sentence, text))
            before = last_sentence = folded
            if folded.endswith(":"):
                inner_lead = folded
        item = paragraph.in_list or ENUMERATED.match(text) is not None
        if text.endswith(":"):
            colon_lead, items_seen = text, False
            leads = {d: known for d, known in leads.items() if d <= depth}
            leads[depth + 1] = text
        elif (not short and not (item and list_open)) or (items_seen and not item):
            colon_lead = ""  # prose after the list ends its reach; a long item of the list does not
            leads = {}
        items_seen = items_seen or item
        list_open = bool(colon_lead) and (text.endswith(":") or (item and list_open))
        if short and not in_run:
            run_lead = previous
        in_run = short
        previous = text
    return units


HEADING_WORDS = 8
_SECTION_NUMBER = re.compile(r"(?:section |article )?(?:\d{1,2}(?:\.\d{1,2})+\.?|(?:\d{1,2}|[IVX]{1,4}|[A-H])\\?[.)])\s+", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR_WORDS = frozenset(
    "a an and are as at by do does for from how in is my of on or our the to us we what when who why with you your".split()
)


def looks_like_heading(paragraph: Paragraph, following: Paragraph | None) -> bool:
    """Whether a paragraph is a heading written as a line of text ("COOKIES", "**Children's
    Privacy**", "Your Choices" on its own line), as policies copied from web pages often have.

    It must be short, have no digits and no closing punctuation but "?", be in capitals or
    in title case, and be followed by prose (so an address line or a list item is not one).
    """
    text = paragraph.text.strip()
    if paragraph.kind != "paragraph" or paragraph.in_list or following is None or following.kind != "paragraph":
        return False
    # a numbered heading ("4. How we share it", "IV) Cookies") is read without its number
    numbered = _SECTION_NUMBER.match(text)
    if numbered and numbered.end() < len(text):
        text = text[numbered.end() :]
    if len(following.text) < 80 or len(text) > 70 or text[-1:] in ".:;,!" or any(c.isdigit() for c in text):
        return False
    words = _TITLE_WORD.findall(text)
    if not words or len(words) > HEADING_WORDS:
        return False
    return text.upper() == text or all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words)


class Sentences:
    """The units of one document with a literal-string index over them (see prefilter.py)."""

    def __init__(self, units: list[Unit]):
        self.units = units
        self.index = Index([u.folded for u in units])
        self.paragraph_tests: dict[tuple[int, str], bool] = {}
        """Results of rules' paragraph-wide conditions, by (rule id, paragraph anchor): the
        sentences of one paragraph share them."""

    def candidates(self, needs: tuple[frozenset[str], ...]) -> list[Unit]:
        return [self.units[i] for i in self.index.candidates(needs)]
