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
from ..practices import NOT_MENTIONED, UNCLEAR, load_practices
from .reading import Unit

EMAIL = "email"


def with_linked_ways(
    answer: Answer, units: Sequence[Unit], links: ParagraphLinks, quotes: int, unless: Sequence[re.Pattern[str]] = ()
) -> Answer:
    """``answer`` to the contact question, with the ways its links give that its words did not.
    ``unless``: the question's patterns for sentences that give no way to reach the company (a
    regulator's address), read on the sentence as the rules read it."""
    given = {v for v in answer.values if v not in (NOT_MENTIONED, UNCLEAR)}
    if EMAIL in given:
        return answer
    # the sanitiser keeps web and e-mail links only (``tel:`` is dropped): e-mail is the one way read here
    for anchor, pairs in links:
        for href, text in pairs:
            if not href.lower().startswith("mailto:"):
                continue
            unit = next((u for u in units if u.paragraph.anchor == anchor and text in u.text), None)
            if unit is None or any(p.search(unit.folded) for p in unless):
                continue
            evidence = [*answer.evidence] if given else []
            if len(evidence) < quotes and all(e.quote != unit.text for e in evidence):
                evidence.append(Evidence(unit.text, anchor))
            order = load_practices()[answer.key].values
            found = given | {EMAIL}
            return Answer(answer.key, tuple(v for v in order if v in found), answer.detail if given else None, tuple(evidence))
    return answer
