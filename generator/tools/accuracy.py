"""The accuracy figures the methodology page shows, without the site build reading ``tests/``.

By default a build shows the figures committed with the package
(``generator/data/evaluation.json``): they belong to the rules, like the rules
file itself, so an installed ``plainpolicy`` shows them in any folder. A
developer refreshes them after changing the rules with
``plainpolicy evaluate --write generator/data/evaluation.json``, which scores the
project's own gold sets (``DEFAULT_EVALUATION``); ``tests/test_evaluation_results.py``
fails while the committed file is stale. A site that has gold sets of its own
names them in ``mkdocs.yml`` (the plugin's ``evaluation`` option) and they are
scored at build time instead.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..build.cache import cached_json, folder_fingerprint, generator_fingerprint
from ..models import EvaluationScores
from .evaluate import evaluate, to_json

RESULTS = "data/evaluation.json"
"""The committed figures, inside the ``generator`` package."""


@dataclass(frozen=True)
class EvaluationSet:
    """Hand-checked answers (``gold``) for the policy texts in ``texts``, shown on the methodology page."""

    label: str
    gold: Path
    texts: Path
    about: str = ""
    """What the set is and how far to trust it (written for readers)."""


RELIABILITY_SET = "Real policies, never tuned on"
"""The set whose per-question figures stand beside every answer on the site (``reliability``)."""

DEFAULT_EVALUATION = (
    {
        "label": RELIABILITY_SET,
        "gold": "tests/data/real/blind/gold",
        "texts": "tests/data/real/blind/texts",
        "about": "{policies} real policies drawn at random from a public archive of privacy policies, answered by careful"
        " readers (AI assistants working alone from a written guide, one policy in five answered twice and"
        " disagreements settled by rereading) who never saw the site's answers; set aside before any rule was"
        " tuned and only ever measured, so the fairest estimate for a policy the site has not seen",
    },
    {
        "label": "Written policies, never tuned on",
        "gold": "tests/data/written/blind/gold",
        "texts": "tests/data/written/blind/texts",
        "about": "policies written for testing, with their answers, by AI assistants that never saw the rules;"
        " only ever measured, so the fairest estimate for a policy the site has not seen",
    },
    {
        "label": "Development set",
        "gold": "tests/data/gold",
        "texts": "tests/data/texts",
        "about": "ten real policies archived 2003 to 2016; the rules were written while reading them, so this is an"
        " upper bound",
    },
    {
        "label": "2019 versions",
        "gold": "tests/data/heldout",
        "texts": "tests/data/texts",
        "about": "two real 2019 policies labelled before any tuning; three of their errors were later fixed in the rules",
    },
    {
        "label": "Written policies, tuned on",
        "gold": "tests/data/written/tuning/gold",
        "texts": "tests/data/written/tuning/texts",
        "about": "policies of other sectors and decades written the same way; the rules were tuned on them",
    },
)
"""The project's own gold sets, relative to a clone (dicts, as in mkdocs.yml): what ``evaluate --write`` scores."""


def evaluation_sets(items: Sequence[dict], root: Path) -> tuple[EvaluationSet, ...]:
    """``{label, gold, texts, about?}`` items (folders relative to ``root``) as evaluation sets.

    Raises:
        ValueError: an item is not a mapping with label, gold and texts.
    """
    sets = []
    for item in items:
        if not isinstance(item, dict) or not {"label", "gold", "texts"} <= item.keys():
            raise ValueError(f"evaluation: each item needs label, gold and texts: {item!r}")
        gold, texts = root / str(item["gold"]), root / str(item["texts"])
        sets.append(EvaluationSet(str(item["label"]), gold, texts, str(item.get("about", ""))))
    return tuple(sets)


def score_sets(sets: Sequence[EvaluationSet], cache: Path | None = None) -> tuple[EvaluationScores, ...]:
    """Score the analyzer on each set whose ``gold`` folder exists (a missing one is skipped).

    The same gold, texts and generator give the same scores, so with a ``cache``
    folder a set is evaluated again only when one of the three changed.
    """
    scores = []
    for s in sets:
        if not s.gold.is_dir():
            continue
        texts = folder_fingerprint(s.texts) if s.texts.is_dir() else ""
        key = f"evaluation|{generator_fingerprint()}|{folder_fingerprint(s.gold)}|{texts}"
        result = cached_json(cache, hashlib.sha256(key.encode()).hexdigest(), lambda s=s: to_json(evaluate(s.gold, s.texts)))
        # "{policies}" in a set's description is its size, so the sentence never goes stale as the set grows
        about = s.about.replace("{policies}", str(result["summary"]["policies"]))
        scores.append(EvaluationScores(s.label, about, result))
    return tuple(scores)


def results_text(scores: Sequence[EvaluationScores]) -> str:
    """The results file for these scores (one line per value, in the order the page shows them: reviewable diffs)."""
    sets = [{"label": s.label, "about": s.about, "scores": s.scores} for s in scores]
    return json.dumps({"sets": sets}, indent=1, ensure_ascii=False) + "\n"


def read_results(text: str) -> tuple[EvaluationScores, ...]:
    """Scores from a results file's text (``results_text``)."""
    return tuple(EvaluationScores(s["label"], s["about"], s["scores"]) for s in json.loads(text)["sets"])


def committed_results() -> tuple[EvaluationScores, ...]:
    """The figures committed with the package, shown when a site declares no gold sets of its own."""
    return read_results(resources.files("generator").joinpath(RESULTS).read_text("utf-8"))


def reliability_scores() -> EvaluationScores | None:
    """The committed figures shown beside every answer: those of ``RELIABILITY_SET``, whatever a site's own sets."""
    return next((s for s in committed_results() if s.label == RELIABILITY_SET), None)
