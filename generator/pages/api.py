"""The domain lookup API: static JSON under ``api/v1/``, one request per site a reader visits.

``api/v1/index.json`` maps every covered domain to its policy, grade and date;
``api/v1/domains/<domain>.json`` holds everything a browser extension or a
newsroom tool shows for one domain: the grade, the answers in the documented
JSON form (``contract.answer_data``, with permalinks as in the exports),
versions, the feed, badge and card, and how far each answer can be trusted.
Domains are normalised (``generator.domains``): a client does the same (lower
case, IDNA, ``www.`` stripped) and fetches one file. JSON Schemas are published
beside them (``api/v1/schema/``). A change that breaks clients gets ``api/v2/``.
"""

from __future__ import annotations

import json
from importlib import resources

from .. import __version__
from ..files import Deferred
from ..models import EvaluationScores, PolicyReport
from ..practices import load_practices
from .export import linked_answer, rules_hash
from .paths import (
    API_INDEX,
    API_SCHEMA_BADGE,
    API_SCHEMA_DOMAIN,
    API_SCHEMA_INDEX,
    api_badge_path,
    api_domain_path,
    badge_path,
    card_path,
    feed_path,
    history_path,
    policy_path,
    version_path,
)
from .render import Renderer
from .views import page_url, short_words

API_VERSION = 1
SCHEMAS = {
    API_SCHEMA_INDEX: "data/api_index.schema.json",
    API_SCHEMA_DOMAIN: "data/api_domain.schema.json",
    API_SCHEMA_BADGE: "data/api_badge.schema.json",
}
"""Published path -> the schema's file in the package."""


def _dump(document: dict) -> str:
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def reliability(evaluation: tuple[EvaluationScores, ...]) -> dict[str, dict]:
    """Per question: the analyzer's measured accuracy on the first evaluation set (the fairest one the site shows)."""
    if not evaluation:
        return {}
    measured = evaluation[0]
    return {
        key: {"accuracy": figures.get("accuracy"), "measured_on": measured.label, "policies": figures.get("n", 0)}
        for key, figures in measured.scores.get("questions", {}).items()
    }


def domain_document(
    report: PolicyReport, domain: str, *, site_url: str, provenance: dict, trust: dict[str, dict]
) -> dict:
    practices = load_practices()
    current = report.current
    meta = current.version.meta
    page = site_url + page_url(policy_path(report.slug))
    answers = {}
    if current.analysis.analysed:
        for answer in current.analysis.answers:
            data = linked_answer(answer, page)
            data["question"] = practices[answer.key].question
            data["short"] = short_words(practices, answer)
            data["reliability"] = trust.get(answer.key)
            answers[answer.key] = data
    return {
        "api_version": API_VERSION,
        **provenance,
        "domain": domain,
        "policy": {
            "slug": report.slug,
            "name": meta.name,
            "domains": list(meta.lookup_domains),
            "url": str(meta.url),
            "page": page,
            "history": site_url + page_url(history_path(report.slug)),
            "feed": site_url + feed_path(report.slug),
            "badge": site_url + badge_path(report.slug),
            "badge_data": site_url + api_badge_path(report.slug),
            "card": site_url + card_path(report.slug),
        },
        "archived": meta.archived.isoformat(),
        "snapshot": str(meta.snapshot) if meta.snapshot else None,
        "analysed": current.analysis.analysed,
        "language": current.analysis.language,
        "grade": {"letter": current.grade.letter, "score": current.grade.score, "label": current.grade.label},
        "versions": [
            {
                "archived": v.version.meta.archived.isoformat(),
                "page": site_url + page_url(version_path(report.slug, v.version.meta.archived)),
            }
            for v in report.versions
        ],
        "answers": answers,
    }


def lookup_api(
    reports: list[PolicyReport],
    site_url: str,
    evaluation: tuple[EvaluationScores, ...],
    renderer: Renderer | None = None,
) -> dict[str, str | Deferred]:
    """The index, one file per covered domain and the schemas, as ``{path relative to docs/: JSON}``.

    With ``renderer``, a domain's file is made when written, from its page cache while the policy is unchanged.
    """
    provenance = {"generator_version": __version__, "rules_sha256": rules_hash()}
    trust = reliability(evaluation)
    files: dict[str, str | Deferred] = {}
    shown = json.dumps([site_url, provenance, trust], sort_keys=True)
    """What a domain's file shows besides its policy."""
    index: dict[str, dict] = {}
    for report in sorted(reports, key=lambda r: r.slug):
        meta = report.current.version.meta
        for domain in meta.lookup_domains:
            path = api_domain_path(domain)
            def document(report: PolicyReport = report, domain: str = domain) -> str:
                return _dump(domain_document(report, domain, site_url=site_url, provenance=provenance, trust=trust))

            if renderer is None:
                files[path] = document()
            else:
                files[path] = renderer.made_from([report], path, shown, document)
            index[domain] = {
                "policy": report.slug,
                "name": meta.name,
                "grade": report.current.grade.letter,
                "updated": meta.archived.isoformat(),
                "href": site_url + path,
            }
    files[API_INDEX] = _dump({"api_version": API_VERSION, **provenance, "domains": index})
    for published, packaged in SCHEMAS.items():
        files[published] = resources.files("generator").joinpath(packaged).read_text("utf-8")
    return files
