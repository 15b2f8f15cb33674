"""E-mail links whose words do not show the address, as a way to reach the company.

The analyzer reads each sentence's text, where a link is only its words: "write to [us](mailto:...)"
reads as "write to us", with no address in it. The links of each paragraph are kept with the
segmented document (``read.links``), so the address behind the words can be read here.

A link to the company's contact page, offered as the way to write in ("please [contact us](...) with any
questions"), is read as a web form: most real labels count it so (28 of the 39 tuning policies with such a
link). A link that lists contact details ("our [Contact Information](...) page") is not: the channel is
not in the policy, as the hand-checked Kaspersky gold reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import Answer, Evidence, ParagraphLinks
from ..practices import NOT_MENTIONED, UNCLEAR, load_practices
from .reading import Unit

EMAIL = "email"
WEB_FORM = "web_form"
_CONTACT_LINK_TEXT = re.compile(
    r"^\W*contact\W*$|\bcontact\s*(?:us|form|page|team)\b|\bforms?\b|\binquir|\benquir|\bfeedback\b", re.IGNORECASE
)
_ADDRESS = re.compile(r"^\W*(?:https?://|www\.)", re.IGNORECASE)
_ESCALATION = re.compile(r"\b(?:unresolved|dispute resolution|independent|escalat\w*|third[- ]party (?:program|mediator))\b")
_LISTING = re.compile(r"\bcontact (?:information|details|info|numbers?|addresses)\b", re.IGNORECASE)
_POINTER = re.compile(r"^(?:here|this (?:page|link|form))[.!]?$", re.IGNORECASE)
_INVITATION = re.compile(
    r"\b(?:contact|get in touch|reach|write to|send|submit|questions?|comments?|concerns?|requests?|feedback|inquir\w*|enquir\w*)\b"
)


def with_linked_ways(
    answer: Answer, units: Sequence[Unit], links: ParagraphLinks, quotes: int, unless: Sequence[re.Pattern[str]] = ()
) -> Answer:
    """``answer`` to the contact question, with the ways its links give that its words did not.
    ``unless``: the question's patterns for sentences that give no way to reach the company (a
    regulator's address), read on the sentence as the rules read it."""
    answer = _with_way(answer, units, links, quotes, unless, EMAIL, _is_mail_link, _any_sentence)
    return _with_way(answer, units, links, quotes, unless, WEB_FORM, _is_contact_page_link, _invites_contact)


def _is_mail_link(href: str, text: str) -> bool:
    return href.lower().startswith("mailto:")


def _any_sentence(folded: str) -> bool:
    return True


def _invites_contact(folded: str) -> bool:
    """An invitation to write in, not an outside body's complaint form."""
    return bool(_INVITATION.search(folded)) and not _ESCALATION.search(folded)


def _is_contact_page_link(href: str, text: str) -> bool:
    """A web link to a contact page: its words say so ("contact us", "feedback form"), or they only
    point ("here") at an address that does; a page of contact details is not a way to write in."""
    # the words must say it: an address written out ("https://example.com/contact") is a page to visit
    if not href.lower().startswith(("http://", "https://")) or _LISTING.search(text) or _ADDRESS.match(text):
        return False
    return bool(_CONTACT_LINK_TEXT.search(text)) or (bool(_POINTER.match(text.strip())) and "contact" in href.lower())


def _with_way(
    answer: Answer,
    units: Sequence[Unit],
    links: ParagraphLinks,
    quotes: int,
    unless: Sequence[re.Pattern[str]],
    way: str,
    is_way: Callable[[str, str], bool],
    fits_sentence: Callable[[str], bool],
) -> Answer:
    given = {v for v in answer.values if v not in (NOT_MENTIONED, UNCLEAR)}
    if way in given:
        return answer
    # the sanitiser keeps web and e-mail links only (``tel:`` is dropped)
    for anchor, pairs in links:
        for href, text in pairs:
            if not text or not is_way(href, text):
                continue
            unit = next((u for u in units if u.paragraph.anchor == anchor and text in u.text), None)
            if unit is None or any(p.search(unit.folded) for p in unless) or not fits_sentence(unit.folded):
                continue
            evidence = [*answer.evidence] if given else []
            if len(evidence) < quotes and all(e.quote != unit.text for e in evidence):
                evidence.append(Evidence(unit.text, anchor))
            order = load_practices()[answer.key].values
            found = given | {way}
            return Answer(answer.key, tuple(v for v in order if v in found), answer.detail if given else None, tuple(evidence))
    return answer
