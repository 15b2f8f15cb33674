"""One policy version from text to report: the analysis stage as one pure function.

The build runs it in worker processes (``build.parallel``) and the tools call it
directly; it lives here, below both, so neither has to import the other.
"""

from __future__ import annotations

from ..models import Policy, PolicyReport, PolicyVersion, VersionReport
from ..read.segment import segment
from .analyze import analyze
from .grade import grade
from .readability import measure
from .summarize import summarize


def report_version(version: PolicyVersion) -> VersionReport:
    """Segment, analyze, summarize, grade and measure one version: a pure function of the file."""
    document = segment(version.body)
    analysis = analyze(document, version.meta.overrides)
    summary = summarize(analysis, version.meta.name, version.meta.archived)
    return VersionReport(version, document, analysis, summary, grade(analysis), measure(document))


def report_policy(policy: Policy) -> PolicyReport:
    """Every version of one policy, oldest first."""
    return PolicyReport(policy.slug, tuple(report_version(v) for v in policy.versions))
