"""Analyze one file in whatever form it comes, for ``plainpolicy analyze`` and ``evaluate``.

Accepted: a policy file with front matter, a file in the archive-dataset format
(banner line first), or plain Markdown/text. The result is the documented JSON
contract of ``generator.contract``: ``{"slug", "answers": {key: {"answer", "detail", "evidence": [...]}}}``.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..analysis.analyze import analyze
from ..contract import analysis_data
from ..errors import PolicyErrors
from ..read.importer import parse_dataset_file, slug_for_domain
from ..read.front_matter import parse_front_matter
from ..read.load import decode_policy_bytes
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
    """The JSON contract (``contract.analysis_data``) for one file."""
    slug, body, overrides = policy_text(path)
    return analysis_data(slug, analyze(segment(body), overrides))
