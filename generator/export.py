"""Stage 6: machine-readable exports (JSON, CSV and the JSON Schema of the JSON).

Both carry the generator version and a hash of the rules, so a changed answer
can be told apart: did the policy change, or how it is read?
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from importlib import resources

from . import __version__
from .models import PolicyReport
from .render import answer_data, page_url
from .similarity import LookAlike

DATA_FILES = ("data/rules.yaml", "data/practices.yaml", "data/rubric.yaml")


def rules_hash() -> str:
    """SHA-256 over the files that decide how a policy is read and graded."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(resources.files("generator").joinpath(name).read_bytes())
    return digest.hexdigest()


def export_data(
    reports: list[PolicyReport], look_alikes: tuple[LookAlike, ...] = (), *, site_url: str = ""
) -> dict[str, str]:
    """The export files, as ``{path relative to docs/: text}``."""
    provenance = {"generator_version": __version__, "rules_sha256": rules_hash()}
    policies = []
    rows = []
    for report in reports:
        current = report.current
        meta = current.version.meta
        page = site_url + page_url(f"policies/{report.slug}.md")
        answers = {}
        for answer in current.analysis.answers:
            data = answer_data(answer)
            for quote in data["evidence"]:
                quote["permalink"] = f"{page}#{quote['anchor']}"
            data["permalink"] = f"{page}#practice-{answer.key}"
            data["reviewed"] = answer.reviewed is not None
            answers[answer.key] = data
            value = data["answer"]
            rows.append(
                {
                    "slug": report.slug,
                    "name": meta.name,
                    "archived": meta.archived.isoformat(),
                    "grade": current.grade.letter or "",
                    "question": answer.key,
                    "answer": ";".join(value) if isinstance(value, list) else value,
                    "detail": answer.detail or "",
                    "evidence": " | ".join(e.quote for e in answer.evidence),
                    "permalink": data["permalink"],
                }
            )
        policies.append(
            {
                "slug": report.slug,
                "name": meta.name,
                "domain": meta.domain,
                "url": str(meta.url),
                "snapshot": str(meta.snapshot) if meta.snapshot else None,
                "archived": meta.archived.isoformat(),
                "tags": list(meta.tags),
                "page": page,
                "analysed": current.analysis.analysed,
                "words": current.document.word_count,
                "versions": [v.version.meta.archived.isoformat() for v in report.versions],
                "grade": current.grade.letter,
                "score": current.grade.score,
                "readability": {
                    "words": current.readability.words,
                    "minutes": current.readability.minutes,
                    "flesch_reading_ease": current.readability.flesch_reading_ease,
                    "grade_level": current.readability.grade_level,
                },
                "look_alikes": [
                    {
                        "slug": item.other_slug,
                        "archived": item.archived,
                        "other_archived": item.other_archived,
                        "containment": item.containment,
                        "jaccard": item.jaccard,
                    }
                    for item in look_alikes
                    if item.slug == report.slug
                ],
                "answers": answers,
            }
        )
    document = {**provenance, "policies": policies}
    buffer = io.StringIO()
    fields = ["slug", "name", "archived", "grade", "question", "answer", "detail", "evidence", "permalink"]
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    schema = resources.files("generator").joinpath("data/policies.schema.json").read_text("utf-8")
    return {
        "data/policies.json": json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
        "data/answers.csv": f"# generator_version={__version__} rules_sha256={provenance['rules_sha256']}\n"
        + buffer.getvalue(),
        "data/schema.json": schema,
    }
