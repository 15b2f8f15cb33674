"""The documented JSON form of an answer, defined once.

``plainpolicy analyze --format json``, the exports (``data/policies.json``) and
the front matter of every policy page all write answers through these
functions, so the three cannot drift apart. The form::

    {"answer": "yes" | ["value", ...], "detail": str | null,
     "evidence": [{"quote": str, "anchor": str}]}

The export adds permalinks to this form; it never renames or drops its keys.
"""

from __future__ import annotations

from .models import Analysis, Answer, AnswerValue, VersionReport


def answer_value(value: AnswerValue) -> str | list[str]:
    """One value as a string, a list question's values as a list."""
    return list(value) if isinstance(value, tuple) else value


def answer_data(answer: Answer) -> dict:
    """One answer in the documented JSON form."""
    return {
        "answer": answer_value(answer.value),
        "detail": answer.detail,
        "evidence": [{"quote": e.quote, "anchor": e.anchor} for e in answer.evidence],
    }


def analysis_data(slug: str, analysis: Analysis) -> dict:
    """``{"slug", "answers": {key: answer}}`` for one text, as ``analyze --format json`` prints it.

    A text that is not in English is not analysed: then, and only then, the object
    also says ``"analysed": false`` with the detected ``"language"``, and ``answers``
    is empty rather than a column of ``not_mentioned``.
    """
    result: dict = {"slug": slug, "answers": {a.key: answer_data(a) for a in analysis.answers}}
    if not analysis.analysed:
        result.update(analysed=False, language=analysis.language)
    return result


def facts(report: VersionReport) -> dict:
    """One version's facts and answers as plain data, for the ``plainpolicy`` key of its page's front matter."""
    meta = report.version.meta
    return {
        "slug": meta.slug,
        "name": meta.name,
        "archived": meta.archived.isoformat(),
        "url": str(meta.url),
        "snapshot": str(meta.snapshot) if meta.snapshot else None,
        "analysed": report.analysis.analysed,
        "grade": report.grade.letter,
        "answers": {a.key: answer_data(a) for a in report.analysis.answers},
    }
