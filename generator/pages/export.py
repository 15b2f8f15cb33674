"""Stage 6: machine-readable exports (JSON, CSV and the JSON Schema of the JSON).

The JSON carries the generator version and a hash of the rules, so a changed
answer can be told apart: did the policy change, or how it is read? The CSV is
plain RFC 4180 (header first, CRLF), so standard tools read it with no options;
its provenance is in the data package descriptor (``opendata.py``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable
from importlib import resources

from .. import __version__
from ..analysis.history import PolicyHistory, VersionChange, policy_history
from ..contract import answer_data, answer_value
from ..models import Answer, Evidence, PolicyReport
from .paths import EXPORT_CSV, EXPORT_JSON, EXPORT_SCHEMA, change_id, history_path, policy_path, version_path
from .views import page_url
from ..analysis.similarity import LookAlike

DATA_FILES = ("data/rules.yaml", "data/practices.yaml", "data/rubric.yaml")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A CSV cell starting with one of these is read as a formula by spreadsheets."""


def spreadsheet_text(value: str) -> str:
    """Policy text for a CSV cell: an apostrophe before a formula-like start keeps it text.

    A sentence such as ``=HYPERLINK(...)`` would otherwise run in the reader's
    spreadsheet (CSV injection). The JSON export keeps every quote verbatim.
    """
    return "'" + value if value.startswith(FORMULA_START) else value


ANSWERS_CSV_FIELDS = ("slug", "name", "archived", "grade", "question", "answer", "detail", "evidence", "permalink")
"""Columns of ``data/answers.csv``, one row per policy and question (described in ``data/datapackage.json``)."""


def linked_answer(answer: Answer, page: str) -> dict:
    """The answer's JSON form (``contract.answer_data``) with permalinks added, as the exports and the API give it.

    Args:
        page: the absolute (or site-relative) URL of the policy page the anchors are on.
    """
    data = answer_data(answer)
    for quote in data["evidence"]:
        quote["permalink"] = f"{page}#{quote['anchor']}"
    data["permalink"] = f"{page}#practice-{answer.key}"
    data["reviewed"] = answer.reviewed is not None
    return data


def rules_hash() -> str:
    """SHA-256 over the files that decide how a policy is read and graded."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(resources.files("generator").joinpath(name).read_bytes())
    return digest.hexdigest()


Fragments = Callable[[PolicyReport, str, Callable[[], str]], str]
"""``(report, key, make)``: ``make()``, or the text kept from an earlier build with the same report
and key (``render.Renderer.fragment``)."""


def export_data(
    reports: list[PolicyReport],
    look_alikes: tuple[LookAlike, ...] = (),
    *,
    site_url: str = "",
    histories: list[PolicyHistory] | None = None,
    fragments: Fragments | None = None,
) -> dict[str, str]:
    """The export files, as ``{path relative to docs/: text}``.

    Args:
        reports: every policy.
        look_alikes: pairs of policies that share much of their text.
        site_url: the site's address, for permalinks.
        histories: the policies' histories when the build has them already (computed otherwise).
        fragments: keeps each policy's part of the files between builds (none: every part is made).
    """
    look_alikes_by_slug: dict[str, list[LookAlike]] = {}
    for item in look_alikes:  # grouped once: scanning every pair per policy is quadratic
        look_alikes_by_slug.setdefault(item.slug, []).append(item)
    history_by_slug = {history.slug: history for history in histories} if histories is not None else {}
    provenance = {"generator_version": __version__, "rules_sha256": rules_hash()}
    parts = []
    for report in reports:
        related = look_alikes_by_slug.get(report.slug, [])

        def make(report: PolicyReport = report, related: list[LookAlike] = related) -> str:
            history = history_by_slug.get(report.slug) or policy_history(report)
            return json.dumps(_policy_part(report, related, history, site_url))

        key = f"export|{site_url}|{related!r}"
        parts.append(json.loads(fragments(report, key, make) if fragments else make()))
    # Each policy's JSON is dumped on its own and indented into the document: the bytes of one dump of the whole.
    document = json.dumps({**provenance, "policies": [0]}, indent=1, ensure_ascii=False, sort_keys=True)
    if parts:
        document = document.replace("[\n  0\n ]", "[\n" + ",\n".join(part for part, _ in parts) + "\n ]", 1)
    else:
        document = json.dumps({**provenance, "policies": []}, indent=1, ensure_ascii=False, sort_keys=True)
    header = io.StringIO()
    csv.DictWriter(header, fieldnames=ANSWERS_CSV_FIELDS, lineterminator="\r\n").writeheader()
    schema = resources.files("generator").joinpath("data/export.schema.json").read_text("utf-8")
    return {
        EXPORT_JSON: document + "\n",
        EXPORT_CSV: header.getvalue() + "".join(rows for _, rows in parts),
        EXPORT_SCHEMA: schema,
    }


def _policy_part(
    report: PolicyReport, related: list[LookAlike], history: PolicyHistory, site_url: str
) -> tuple[str, str]:
    """One policy's entry in the JSON (dumped and indented as in the whole document) and its CSV rows."""
    rows = []
    current = report.current
    meta = current.version.meta
    page = site_url + page_url(policy_path(report.slug))
    answers = {}
    for answer in current.analysis.answers:
        data = linked_answer(answer, page)
        answers[answer.key] = data
        value = data["answer"]
        rows.append(
            {
                "slug": report.slug,
                "name": spreadsheet_text(meta.name),
                "archived": meta.archived.isoformat(),
                "grade": current.grade.letter or "",
                "question": answer.key,
                "answer": ";".join(value) if isinstance(value, list) else value,
                "detail": spreadsheet_text(answer.detail or ""),
                "evidence": spreadsheet_text(" | ".join(e.quote for e in answer.evidence)),
                "permalink": data["permalink"],
            }
        )
    policy = (
        {
            "slug": report.slug,
            "name": meta.name,
            "domain": meta.domain,
            "domains": list(meta.lookup_domains),
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
            "grade_lowest": current.grade.lowest,
            "grade_unsaid": list(current.grade.unsaid),
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
                for item in related
            ],
            "history": history_data(history, site_url),
            "answers": answers,
        }
    )
    entry = json.dumps(policy, indent=1, ensure_ascii=False, sort_keys=True)
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=ANSWERS_CSV_FIELDS, lineterminator="\r\n").writerows(rows)
    return "  " + entry.replace("\n", "\n  "), buffer.getvalue()


def history_data(history: PolicyHistory, site_url: str) -> list[dict]:
    """Each change between consecutive versions, oldest first: dates, fact changes, text counts."""
    return [change_data(history.slug, change, site_url) for change in history.changes]


def change_data(slug: str, change: VersionChange, site_url: str) -> dict:
    def quotes(evidence: tuple[Evidence, ...], day) -> list[dict]:  # noqa: ANN001 - a date
        page = site_url + page_url(version_path(slug, day))
        return [{"quote": e.quote, "anchor": e.anchor, "permalink": f"{page}#{e.anchor}"} for e in evidence]

    grade = change.grade
    return {
        "from": change.old.isoformat(),
        "to": change.new.isoformat(),
        "page": f"{site_url}{page_url(history_path(slug))}#{change_id(change.new)}",
        "comparable": change.comparable,
        "grade": {"old": grade.old, "new": grade.new, "sentence": grade.sentence} if grade else None,
        "text": change.text.counts(),
        "changes": [
            {
                "question": fact.key,
                "sentence": fact.sentence,
                "old": answer_value(fact.old),
                "new": answer_value(fact.new),
                "added": list(fact.added),
                "removed": list(fact.removed),
                "direction": fact.direction,
                "old_evidence": quotes(fact.old_evidence, change.old),
                "new_evidence": quotes(fact.new_evidence, change.new),
            }
            for fact in change.facts
        ],
    }
