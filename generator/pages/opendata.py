"""The open data that standard tools read: a per-version history table and a Frictionless Data Package.

``data/datapackage.json`` describes every file of ``data/`` (a table schema for
each CSV, the licence, the sources) and carries the provenance the CSV files
cannot hold without breaking readers: generator version, rules hash and the
build date. The build date comes from ``SOURCE_DATE_EPOCH`` (the reproducible
builds convention; ``make`` sets it to the last commit's time), never from the
clock, so the same input gives the same descriptor.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from .. import __version__
from ..analysis.history import PolicyHistory
from ..contract import answer_value
from ..practices import load_practices
from .export import rules_hash, spreadsheet_text
from .paths import DATA_PACKAGE, EXPORT_CSV, EXPORT_JSON, EXPORT_SCHEMA, HISTORY_CSV, change_id, history_path
from .views import page_url

HISTORY_CSV_FIELDS = (
    "slug", "name", "from", "to", "question", "old", "new", "added", "removed", "direction", "sentence", "change",
)
"""Columns of ``data/history.csv``: one row per answer that changed between two consecutive versions."""
LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}


def _cell(value: str | list[str] | tuple[str, ...]) -> str:
    value = answer_value(value) if isinstance(value, tuple) else value
    return ";".join(value) if isinstance(value, list) else value


def history_csv(histories: list[PolicyHistory], *, site_url: str = "") -> str:
    """Every fact change of every policy, oldest change first per policy, as RFC 4180 CSV."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HISTORY_CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for history in sorted(histories, key=lambda h: h.slug):
        page = site_url + page_url(history_path(history.slug))
        for change in history.changes:
            for fact in change.facts:
                writer.writerow(
                    {
                        "slug": history.slug,
                        "name": spreadsheet_text(history.name),
                        "from": change.old.isoformat(),
                        "to": change.new.isoformat(),
                        "question": fact.key,
                        "old": _cell(fact.old),
                        "new": _cell(fact.new),
                        "added": ";".join(fact.added),
                        "removed": ";".join(fact.removed),
                        "direction": fact.direction,
                        "sentence": spreadsheet_text(fact.sentence),
                        "change": f"{page}#{change_id(change.new)}",
                    }
                )
    return buffer.getvalue()


def source_date(environ: dict[str, str]) -> dt.datetime | None:
    """The build date from ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC), or None when unset or not a number."""
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc)


def _field(name: str, kind: str, description: str, **extra: object) -> dict:
    return {"name": name, "type": kind, "description": description, **extra}


def _table(name: str, path: str, title: str, description: str, fields: list[dict], key: list[str]) -> dict:
    return {
        "name": name,
        "path": path.removeprefix("data/"),
        "type": "table",
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"header": True, "delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"'},
        "schema": {"fields": fields, "primaryKey": key, "missingValues": [""]},
        "licenses": [LICENCE],
    }


def data_package(*, site_url: str = "", build_date: dt.datetime | None = None) -> str:
    """``data/datapackage.json``: the Frictionless Data Package descriptor of ``data/``."""
    practices = load_practices()
    questions = list(practices.keys)
    answer_text = "A value of the question (practices on the site), not_mentioned or unclear; list answers joined by ';'."
    answers = _table(
        "answers",
        EXPORT_CSV,
        "Answers",
        "One row per policy and practice question: the current version's answer, its detail and quotes.",
        [
            _field("slug", "string", "The policy's identifier (its page is /policies/<slug>/).", constraints={"required": True}),
            _field("name", "string", "The organisation, as a reader would say it."),
            _field("archived", "date", "Archive date of the version the answer is about."),
            _field("grade", "string", "A (best) to E; empty when the policy says too little to grade.",
                   constraints={"enum": ["A", "B", "C", "D", "E"]}),
            _field("question", "string", "The practice question's key.", constraints={"required": True, "enum": questions}),
            _field("answer", "string", answer_text),
            _field("detail", "string", "A period, age, countries or route to opt out, when the policy gives one."),
            _field("evidence", "string", "The policy's own sentences behind the answer, joined by ' | '."),
            _field("permalink", "string", "Link to the answer on the policy page.", format="uri"),
        ],
        ["slug", "question"],
    )
    history = _table(
        "history",
        HISTORY_CSV,
        "Answer changes between versions",
        "One row per answer that changed between two consecutive archived versions of a policy.",
        [
            _field("slug", "string", "The policy's identifier.", constraints={"required": True}),
            _field("name", "string", "The organisation (current name)."),
            _field("from", "date", "Archive date of the earlier version."),
            _field("to", "date", "Archive date of the later version."),
            _field("question", "string", "The practice question's key.", constraints={"required": True, "enum": questions}),
            _field("old", "string", "The earlier answer. " + answer_text),
            _field("new", "string", "The later answer. " + answer_text),
            _field("added", "string", "List questions: values the later version adds, joined by ';'."),
            _field("removed", "string", "List questions: values the later version drops, joined by ';'."),
            _field("direction", "string", "For the reader: better, worse or neutral.",
                   constraints={"enum": ["better", "worse", "neutral"]}),
            _field("sentence", "string", "What changed, in plain words."),
            _field("change", "string", "Link to the change on the policy's history page.", format="uri"),
        ],
        ["slug", "to", "question"],
    )
    descriptor: dict = {
        "name": "plainpolicy",
        "title": "PlainPolicy: privacy policies in plain words",
        "description": "Answers to the same practice questions for every privacy policy on the site, each backed by"
        " quotes from the policy, and what changed between archived versions.",
        "version": __version__,
        "licenses": [LICENCE],
        "sources": [
            {
                "title": "Archived privacy policies (each policy links its archive snapshot: policies.json, 'snapshot')",
                "path": "https://web.archive.org/",
            }
        ],
        "plainpolicy": {"generator_version": __version__, "rules_sha256": rules_hash()},
        "resources": [
            answers,
            history,
            {
                "name": "policies",
                "path": EXPORT_JSON.removeprefix("data/"),
                "type": "json",
                "title": "Policies",
                "description": "Every policy with its answers, quotes, permalinks, grade, readability and history;"
                f" its JSON Schema is {EXPORT_SCHEMA.removeprefix('data/')}.",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "licenses": [LICENCE],
            },
        ],
    }
    if site_url:
        descriptor["homepage"] = site_url
    if build_date is not None:
        descriptor["created"] = build_date.strftime("%Y-%m-%dT%H:%M:%SZ")
    return json.dumps(descriptor, indent=1, ensure_ascii=False) + "\n"


def open_data(histories: list[PolicyHistory], site_url: str, build_date: dt.datetime | None) -> dict[str, str]:
    """The history table and the data package descriptor, as ``{path relative to docs/: text}``."""
    return {
        HISTORY_CSV: history_csv(histories, site_url=site_url),
        DATA_PACKAGE: data_package(site_url=site_url, build_date=build_date),
    }
