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
from collections.abc import Callable, Iterator
from functools import partial
from importlib import resources

from .. import __version__
from ..analysis.history import PolicyHistory, VersionChange, policy_history
from ..contract import answer_data, answer_value
from ..files import Streamed
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


Fragments = Callable[[PolicyReport, str], Callable[[Callable[[], str]], str]]
"""``(report, key) -> keeper``: ``keeper(make)`` is ``make()``, or the text kept from an earlier build with the
same report and key (``render.Renderer.fragment``). The key is taken when the export is produced, the text
when the file is written (maybe in another process)."""


def _made(_report: PolicyReport, _key: str) -> Callable[[Callable[[], str]], str]:
    return lambda make: make()


def export_data(
    reports: list[PolicyReport],
    look_alikes: tuple[LookAlike, ...] = (),
    *,
    site_url: str = "",
    histories: list[PolicyHistory] | None = None,
    fragments: Fragments | None = None,
) -> dict[str, str | Streamed]:
    """The export files, as ``{path relative to docs/: text}``; the two made from every policy are
    ``Streamed``, a policy at a time, when the writer reaches them.

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
    keep = fragments or _made
    entries, rows = [], []
    for report in reports:
        related = look_alikes_by_slug.get(report.slug, [])

        def entry(report: PolicyReport = report, related: list[LookAlike] = related) -> str:
            return _policy_entry(report, related, history_by_slug.get(report.slug) or policy_history(report), site_url)

        entries.append((keep(report, f"export-json|{site_url}|{related!r}"), entry))
        rows.append((keep(report, f"export-csv|{site_url}"), partial(_policy_rows, report, site_url)))
    schema = resources.files("generator").joinpath("data/export.schema.json").read_text("utf-8")
    return {
        EXPORT_JSON: Streamed(partial(_json_parts, entries)),
        EXPORT_CSV: Streamed(partial(_csv_parts, rows)),
        EXPORT_SCHEMA: schema,
    }


Parts = list[tuple[Callable[[Callable[[], str]], str], Callable[[], str]]]
"""Each policy's keeper (``Fragments``) and the function that makes its part."""


def _json_parts(entries: Parts) -> Iterator[str]:
    """The JSON document: each policy's entry is dumped on its own and indented into the document,
    which gives the bytes of one dump of the whole (tested)."""
    provenance = {"generator_version": __version__, "rules_sha256": rules_hash()}
    if not entries:
        yield json.dumps({**provenance, "policies": []}, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        return
    document = json.dumps({**provenance, "policies": [0]}, indent=1, ensure_ascii=False, sort_keys=True)
    before, after = document.split("[\n  0\n ]", 1)
    yield before + "[\n"
    for number, (kept, make) in enumerate(entries):
        yield (",\n" if number else "") + kept(make)
    yield "\n ]" + after + "\n"


def _csv_parts(rows: Parts) -> Iterator[str]:
    header = io.StringIO()
    csv.DictWriter(header, fieldnames=ANSWERS_CSV_FIELDS, lineterminator="\r\n").writeheader()
    yield header.getvalue()
    for kept, make in rows:
        yield kept(make)


def _policy_entry(report: PolicyReport, related: list[LookAlike], history: PolicyHistory, site_url: str) -> str:
    """One policy's entry in the JSON, dumped and indented as in the whole document."""
    current = report.current
    meta = current.version.meta
    page = site_url + page_url(policy_path(report.slug))
    policy = {
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
        "answers": {answer.key: linked_answer(answer, page) for answer in current.analysis.answers},
    }
    entry = json.dumps(policy, indent=1, ensure_ascii=False, sort_keys=True)
    return "  " + entry.replace("\n", "\n  ")


def _policy_rows(report: PolicyReport, site_url: str) -> str:
    """One policy's rows of the CSV, a row per question."""
    current = report.current
    meta = current.version.meta
    page = site_url + page_url(policy_path(report.slug))
    rows = []
    for answer in current.analysis.answers:
        value = answer_value(answer.value)
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
                "permalink": f"{page}#practice-{answer.key}",
            }
        )
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=ANSWERS_CSV_FIELDS, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


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
