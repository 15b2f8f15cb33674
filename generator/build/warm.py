"""Made ready once in the forkserver, so that every analysis worker forked from it starts ready.

A worker's first policy used to pay for the imports, compiling the cue rules and loading the
pronunciation dictionary readability counts syllables with (about 1.4 s of CPU, measured), and each
worker of each pool paid it again. The forkserver imports this module once (``parallel.map_ordered``
asks for it), and its workers inherit what it holds.
"""

from __future__ import annotations

import logging

from ..analysis.analyze import analyze
from ..analysis.readability import flesch_scores
from ..read.segment import segment

try:
    # the same calls a policy makes: the rules are compiled, their prefilter needs read, the
    # dictionary loaded
    analyze(segment("We collect your name. We do not sell it to anyone. You can ask us to delete it."))
    flesch_scores("We collect your name. We do not sell it to anyone.")
except Exception:  # noqa: BLE001 - a worker that starts cold still works; the forkserver must not fail
    logging.getLogger("plainpolicy").debug("plainpolicy: workers start without warming", exc_info=True)
