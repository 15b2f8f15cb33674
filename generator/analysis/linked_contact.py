"""E-mail links whose words do not show the address, as a way to reach the company.

The analyzer reads each sentence's text, where a link is only its words: "write to [us](mailto:...)"
reads as "write to us", with no address in it. The links of each paragraph are kept with the
segmented document (``read.links``), so the address behind the words can be read here.

A link to a contact web page is not read as a web form: the hand-checked gold reads Kaspersky's
"[Contact Information](...) page" as `unclear` (the channel is not in the policy), while some real
labels count such a link as `web_form` and others do not (nrtinc.com against quadratec.com and
zales.com in the tuning set). The spec does not settle it, so the words decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Answer, Evidence, ParagraphLinks
from ..practices import NOT_MENTIONED, UNCLEAR
from .reading import Unit

ORDER = ("email", "postal", "phone", "web_form")
"""The contact question's values in the practices' order (``practices.yaml``)."""

_SCHEMES = (("mailto:", "email"),)
"""The sanitiser keeps web and e-mail links only (``tel:`` is dropped), so e-mail is the one way read here."""


def _way(href: str) -> str | None:
    """The way to reach the company a link gives, or None."""
    lowered = href.lower()
    return next((way for scheme, way in _SCHEMES if lowered.startswith(scheme)), None)


def with_linked_ways(
    answer: Answer, units: Sequence[Unit], links: ParagraphLinks, quotes: int, unless: Sequence[re.Pattern[str]] = ()
) -> Answer:
    """``answer`` to the contact question, with the ways its links give that its words did not.
    ``unless``: the question's patterns for sentences that give no way to reach the company (a
    regulator's address), read on the sentence as the rules read it."""
    given = {v for v in answer.values if v not in (NOT_MENTIONED, UNCLEAR)}
    found = set(given)
    evidence = list(answer.evidence) if given else []
    for anchor, pairs in links:
        for href, text in pairs:
            way = _way(href)
            if way is None or way in found:
                continue
            unit = next((u for u in units if u.paragraph.anchor == anchor and text in u.text), None)
            if unit is None or any(p.search(unit.folded) for p in unless):
                continue
            found.add(way)
            if len(evidence) < quotes and all(e.quote != unit.text for e in evidence):
                evidence.append(Evidence(unit.text, anchor))
    if found == given:
        return answer
    return Answer(answer.key, tuple(v for v in ORDER if v in found), answer.detail if given else None, tuple(evidence))
