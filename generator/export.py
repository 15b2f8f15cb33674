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

DATA_FILES = ("data/rules.yaml", "data/practices.yaml")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A CSV cell starting with one of these is read as a formula by spreadsheets."""


def spreadsheet_text(value: str) -> str:
    """Policy text for a CSV cell: an apostrophe before a formula-like start keeps it text.

    A sentence such as ``=HYPERLINK(...)`` would otherwise run in the reader's
    spreadsheet (CSV injection). The JSON export keeps every quote verbatim.
    """
    return "'" + value if value.startswith(FORMULA_START) else value


def rules_hash() -> str:
    """SHA-256 over the files that decide how a policy is read."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(resources.files("generator").joinpath(name).read_bytes())
    return digest.hexdigest()


def export_data(reports: list[PolicyReport], *, site_url: str = "") -> dict[str, str]:
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
                    "name": spreadsheet_text(meta.name),
                    "archived": meta.archived.isoformat(),
                    "question": answer.key,
                    "answer": ";".join(value) if isinstance(value, list) else value,
                    "detail": spreadsheet_text(answer.detail or ""),
                    "evidence": spreadsheet_text(" | ".join(e.quote for e in answer.evidence)),
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
                "answers": answers,
            }
        )
    document = {**provenance, "policies": policies}
    buffer = io.StringIO()
    fields = ["slug", "name", "archived", "question", "answer", "detail", "evidence", "permalink"]
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
