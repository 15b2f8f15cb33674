"""Which quote comes first: the one a reader sees and an advocate copies should carry the answer.

The analyzer finds an answer's evidence in the order its rules fire and the text runs; this
module puts that evidence in the order a reader should see it, using only what the rules
already know (no vocabulary of its own):

1. a sentence rather than a bare heading or fragment;
2. a sentence about the question rather than a way to contact the company (an email
   address, a phone number or a "contact us" section, found with the ``contact``
   question's own patterns), unless the question is how to reach it; nor one about cookies,
   unless the question is about cookies, trackers or the data collected;
3. a sentence that says the answer outright (the question's ``prefer`` pattern, when it has one);
4. a sentence under a heading on the question's topic (the question's heading trigger, or
   one of its own rule patterns found in the heading);
5. for list answers, the sentence that first proved the most of the answer's values, then
   the one proving its first value (data collected: contact details before device data);
6. otherwise the order found: the strongest rule first, then the text's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .cues import Cues, QuestionCues, load_cues
from .reading import Unit

CONTACT = "contact"
COOKIE_TALK = frozenset({"cookies", "third_party_tracking", "do_not_track", "data_collected"})
"""Questions a sentence about cookies can answer; for the others it is about something else
("third parties we use to serve ads on our behalf may set cookies" is no proof of contractors)."""
FRAGMENT_WORDS = 4
"""A unit of fewer words is a heading or a fragment, not a sentence that proves anything."""
PHONE_DIGITS = 7


def rank_evidence(
    cues: Cues, spec: QuestionCues, found: Sequence[Unit], proofs: Sequence[tuple[str, Unit]] = ()
) -> list[Unit]:
    """``found`` (in the order the rules found it), best proof first.

    Args:
        cues: every question's compiled rules (the contact question's patterns are used).
        spec: the question's rules.
        found: the evidence units, strongest rule first.
        proofs: for a list answer, each value with the unit that first proved it, in the rules' order.
    """
    if len(found) < 2:
        return list(found)
    contact = cues.questions.get(CONTACT)
    # searching every value's patterns in every quote again would cost about a tenth of the
    # analyzer's time budget for one point of first-quote precision: the proofs already found do
    proved: dict[int, list[int]] = {}
    for n, (_, unit) in enumerate(proofs):
        proved.setdefault(unit.index, []).append(n)

    def key(position_unit: tuple[int, Unit]) -> tuple:
        position, unit = position_unit
        fragment = len(unit.text.split()) < FRAGMENT_WORDS
        elsewhere = spec.key != CONTACT and contact is not None and _about_contact(contact, unit)
        values = proved.get(unit.index, [])
        outright = spec.prefer is not None and spec.prefer.search(unit.folded) is not None
        plainest = spec.prefer_first is not None and spec.prefer_first.search(unit.folded) is not None
        about_cookies = spec.key not in COOKIE_TALK and "cookie" in unit.folded
        return (
            fragment, elsewhere, about_cookies, not (outright and plainest), not outright, not plainest, not _on_topic(spec, unit),
            -len(values), min(values, default=99), position,
        )

    return [unit for _, unit in sorted(enumerate(found), key=key)]


def _about_contact(contact: QuestionCues, unit: Unit) -> bool:
    """The sentence gives a way to reach the company, or stands in a section about that."""
    if contact.trigger_heading is not None and unit.section and contact.trigger_heading.search(unit.section):
        return True
    text = unit.text
    # cheap tests first: an address needs "@", a phone number at least seven digits
    ways = {"email": "@" in text, "phone": sum(map(str.isdigit, text)) >= PHONE_DIGITS}
    return any(p.search(text) for value, patterns in contact.items if ways.get(value) for p in patterns)


def _on_topic(spec: QuestionCues, unit: Unit) -> bool:
    """The sentence's innermost heading names the question's topic."""
    if not unit.section:
        return False
    return _topic_heading(spec.key, unit.section)


@lru_cache(maxsize=8192)
def _topic_heading(key: str, section: str) -> bool:
    """Whether a heading names question ``key``'s topic (headings repeat: one search per heading)."""
    spec = load_cues().questions[key]
    if spec.trigger_heading is not None:
        return spec.trigger_heading.search(section) is not None
    return any(p.search(section) for rule in spec.rules for p in rule.match)
