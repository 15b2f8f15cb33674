"""Analyze one file in whatever form it comes, for ``plainpolicy analyze`` and ``evaluate``.

Accepted: a policy file with front matter, a file in the archive-dataset format
(banner line first), or plain Markdown/text. The result is the documented JSON
contract: ``{"slug", "answers": {key: {"answer", "detail", "evidence": [{"quote", "anchor"}]}}}``.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..analysis.analyze import analyze
from ..errors import PolicyErrors
from ..read.importer import parse_dataset_file, slug_for_domain
from ..read.load import decode_policy_bytes, parse_front_matter
from ..pages.views import answer_data
from ..read.segment import segment


def policy_text(path: Path) -> tuple[str, str, dict]:
    """Return (slug, body, overrides) of any accepted file."""
    text = decode_policy_bytes(path, path.read_bytes())
    if text.startswith("---\n"):
        meta, body, _ = parse_front_matter(path, text)
        return meta.slug, body, dict(meta.overrides)
    try:
        domain, _, _, body = parse_dataset_file(path, text)
        return slug_for_domain(domain), body, {}
    except PolicyErrors:
        stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "policy"
        return stem, text, {}


def analyze_file(path: Path) -> dict:
    """The JSON contract for one file.

    A text that is not in English is not analysed: then, and only then, the object
    also says ``"analysed": false`` with the detected ``"language"``, and ``answers``
    is empty rather than a column of ``not_mentioned``.
    """
    slug, body, overrides = policy_text(path)
    analysis = analyze(segment(body), overrides)
    result = {"slug": slug, "answers": {a.key: answer_data(a) for a in analysis.answers}}
    if not analysis.analysed:
        result.update(analysed=False, language=analysis.language)
    return result
