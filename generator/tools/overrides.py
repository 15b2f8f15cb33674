"""Overrides the analyzer disagrees with (``plainpolicy evaluate --overrides``): the cases rules should learn from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..analysis.analyze import analyze
from ..read.segment import segment
from .evaluate import as_value, item_set, plain_value, show_value


@dataclass(frozen=True)
class Disagreement:
    """An override that says something else than the analyzer would."""

    slug: str
    archived: str
    key: str
    override: str | tuple[str, ...]
    analyzer: str | tuple[str, ...]
    reason: str
    reviewer: str


def override_disagreements(policies_dir: Path) -> list[Disagreement]:
    """Every override in ``policies_dir`` whose answer differs from the analyzer's own.

    These are the cases the rules should learn from.
    """
    from ..read.load import load_policies

    policies, _ = load_policies(policies_dir, keep_going=True)
    found = []
    for policy in policies:
        for version in policy.versions:
            if not version.meta.overrides:
                continue
            analysis = analyze(segment(version.body))
            for key, override in sorted(version.meta.overrides.items()):
                expected = as_value(override.answer)
                got = analysis.answer(key).value
                if item_set(expected) != item_set(got):
                    archived = version.meta.archived.isoformat()
                    found.append(
                        Disagreement(policy.slug, archived, key, expected, got, override.reason, override.reviewer)
                    )
    return found


def format_disagreements(found: list[Disagreement]) -> str:
    if not found:
        return "overrides: the analyzer agrees with every override"
    lines = [f"overrides: {len(found)} where the analyzer disagrees"]
    for d in found:
        lines.append(
            f"  {d.slug} {d.archived} {d.key}: override {show_value(d.override)} ({d.reviewer}: {d.reason});"
            f" analyzer {show_value(d.analyzer)}"
        )
    return "\n".join(lines)


def disagreements_json(found: list[Disagreement]) -> list[dict]:
    return [
        {
            "slug": d.slug,
            "archived": d.archived,
            "key": d.key,
            "override": plain_value(d.override),
            "analyzer": plain_value(d.analyzer),
            "reviewer": d.reviewer,
            "reason": d.reason,
        }
        for d in found
    ]
