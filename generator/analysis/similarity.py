"""Look-alike policies: versions that share much of their text.

Texts are compared as sets of 5-word shingles. The measure is containment: the
share of the smaller text's shingles found in the larger one, so a short policy
copied into a long one still counts. datasketch's MinHash LSH Ensemble (an index
built for containment queries) finds candidate pairs without comparing every
pair, and each candidate is then checked exactly on its shingle sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSHEnsemble

from ..models import PolicyReport, VersionReport

SHINGLE_WORDS = 5
THRESHOLD = 0.5
"""Two versions are look-alikes when at least half of the smaller one's 5-word shingles occur in the larger."""
NUM_PERM = 128
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class LookAlike:
    slug: str
    archived: str
    """The version of this policy that was compared."""
    other_slug: str
    other_archived: str
    containment: float
    """Share of the smaller text's shingles found in the larger (0-1)."""
    jaccard: float


def shingles(report: VersionReport) -> set[str]:
    words = _WORD.findall(" ".join(p.text for p in report.document.paragraphs).lower())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def find_look_alikes(reports: list[PolicyReport], threshold: float = THRESHOLD) -> tuple[LookAlike, ...]:
    """Every pair of versions of different policies whose containment reaches ``threshold``.

    Returns:
        Pairs in both directions (one per policy), strongest first within a policy.
    """
    entries = []
    for report in reports:
        for version in report.versions:
            key = (report.slug, version.version.meta.archived.isoformat())
            sets = shingles(version)
            if not sets:
                continue
            minhash = MinHash(num_perm=NUM_PERM, seed=1)
            minhash.update_batch([s.encode("utf-8") for s in sorted(sets)])
            entries.append((key, minhash, sets))
    if len(entries) < 2:
        return ()
    # Candidates are looked up a little below the threshold: MinHash estimates are noisy.
    index = MinHashLSHEnsemble(threshold=max(0.05, threshold - 0.15), num_perm=NUM_PERM, num_part=8)
    index.index([(key, minhash, len(sets)) for key, minhash, sets in entries])
    by_key = {key: sets for key, _, sets in entries}
    found: dict[tuple, LookAlike] = {}
    for key, minhash, sets in entries:
        for other in index.query(minhash, len(sets)):
            if other[0] == key[0]:
                continue  # versions of one policy are its history, not look-alikes
            pair = tuple(sorted((key, other)))
            if pair in found:
                continue
            a, b = by_key[pair[0]], by_key[pair[1]]
            common = len(a & b)
            containment = common / min(len(a), len(b))
            if containment >= threshold:
                jaccard = common / len(a | b)
                found[pair] = LookAlike(pair[0][0], pair[0][1], pair[1][0], pair[1][1], round(containment, 3), round(jaccard, 3))
    both = []
    for item in found.values():
        both.append(item)
        both.append(LookAlike(item.other_slug, item.other_archived, item.slug, item.archived, item.containment, item.jaccard))
    return tuple(sorted(both, key=lambda x: (x.slug, -x.containment, x.other_slug, x.archived, x.other_archived)))
