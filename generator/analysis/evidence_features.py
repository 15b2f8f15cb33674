"""What the evidence ranker knows about one candidate quote: a few dozen numbers, all general.

Each feature is something a careful reader weighs when picking the sentence to show first: is it
a whole sentence, does it sit under a heading on the question's topic, does it say the answer
outright, how many of a list answer's values does it prove, did the hand-written order
(``evidence_order.hand_order``) put it first. No feature names a company or copies a policy's
words: the vocabulary is the question's own rules, plus the pronouns that tell who speaks.

``FEATURES`` is the contract with ``data/evidence_ranking.yaml``: the weights there are trained
on exactly these features in exactly this order (``generator.tools.ranking``), and loading
refuses a file trained on another list.
"""

from __future__ import annotations

import math
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
LONG_WORDS = 60
PHONE_DIGITS = 7
MAX_COUNTED = 5
"""Values proved above this say nothing more."""

FEATURES = (
    "fragment",
    "about_contact",
    "about_cookies",
    "says_outright",
    "plainest",
    "on_topic_heading",
    "values_proved",
    "share_of_values",
    "proves_first_value",
    "proves_a_value",
    "found_first",
    "found_order",
    "earliest",
    "text_order",
    "log_words",
    "long",
    "log_paragraph_words",
    "opens_paragraph",
    "table_row",
    "has_heading",
    "has_lead",
    "trigger_in_sentence",
    "trigger_in_lead",
    "trigger_count",
    "negation",
    "we_speak",
    "you_addressed",
    "hand_first",
    "hand_order",
)
COLUMN = {name: n for n, name in enumerate(FEATURES)}
READ = len(FEATURES) - 2
"""``candidate_features`` computes all but the last two: those place a candidate in the hand-written
order, which is made from the others (``evidence_order.hand_order``)."""


def candidate_features(
    cues: Cues, spec: QuestionCues, found: Sequence[Unit], proofs: Sequence[tuple[str, Unit]]
) -> list[list[float]]:
    """One row of ``FEATURES`` but the last two per unit of ``found`` (in that order).

    Args:
        cues: every question's compiled rules.
        spec: the question's rules.
        found: the candidate quotes, in the order the rules found them.
        proofs: for a list answer, each value with the unit that first proved it.
    """
    contact = cues.questions.get(CONTACT)
    proved: dict[int, list[int]] = {}
    for n, (_, unit) in enumerate(proofs):
        proved.setdefault(unit.index, []).append(n)
    value_count = max(1, len({value for value, _ in proofs}))
    steps = max(1, len(found) - 1)
    by_text = sorted(unit.index for unit in found)
    negation = cues.grammar.negation
    rows = []
    for position, unit in enumerate(found):
        folded = unit.folded
        words = len(unit.text.split())
        values = proved.get(unit.index, [])
        triggers = len(spec.trigger.findall(folded)) if spec.trigger is not None else 0
        row = (
            words < FRAGMENT_WORDS,
            spec.key != CONTACT and contact is not None and about_contact(contact, unit),
            spec.key not in COOKIE_TALK and "cookie" in folded,
            spec.prefer is not None and spec.prefer.search(folded) is not None,
            spec.prefer_first is not None and spec.prefer_first.search(folded) is not None,
            on_topic(spec, unit),
            min(MAX_COUNTED, len(values)),
            len(values) / value_count,
            bool(values) and min(values) == 0,
            bool(values),
            position == 0,
            position / steps,
            unit.index == by_text[0],
            by_text.index(unit.index) / steps,
            math.log1p(words),
            words > LONG_WORDS,
            math.log1p(len(unit.paragraph.text.split())),
            unit.paragraph.text.lstrip().startswith(unit.text[:40]),
            "|" in unit.text,
            bool(unit.section),
            bool(unit.lead),
            triggers > 0,
            spec.trigger is not None and bool(unit.lead) and spec.trigger.search(unit.lead) is not None,
            math.log1p(triggers),
            negation.search(folded) is not None,
            folded.startswith(("we ", "our ")) or " we " in folded[:60],
            folded.startswith(("you ", "your ")) or " you " in folded[:60],
        )
        rows.append([float(x) for x in row])
    return rows


def about_contact(contact: QuestionCues, unit: Unit) -> bool:
    """The sentence gives a way to reach the company, or stands in a section about that."""
    if contact.trigger_heading is not None and unit.section and contact.trigger_heading.search(unit.section):
        return True
    text = unit.text
    # cheap tests first: an address needs "@", a phone number at least seven digits
    ways = {"email": "@" in text, "phone": sum(map(str.isdigit, text)) >= PHONE_DIGITS}
    return any(p.search(text) for value, patterns in contact.items if ways.get(value) for p in patterns)


def on_topic(spec: QuestionCues, unit: Unit) -> bool:
    """The sentence's innermost heading names the question's topic."""
    if not unit.section:
        return False
    return topic_heading(spec.key, unit.section)


@lru_cache(maxsize=8192)
def topic_heading(key: str, section: str) -> bool:
    """Whether a heading names question ``key``'s topic (headings repeat: one search per heading)."""
    spec = load_cues().questions[key]
    if spec.trigger_heading is not None:
        return spec.trigger_heading.search(section) is not None
    return any(p.search(section) for rule in spec.rules for p in rule.match)
