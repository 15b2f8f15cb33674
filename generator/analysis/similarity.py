"""Look-alike policies: versions that share much of their text.

Texts are compared as sets of 5-word shingles. The measure is containment: the
share of the smaller text's shingles found in the larger one, so a short policy
copied into a long one still counts.

Checking every pair exactly is quadratic, so pairs are found in two steps:

1. **Estimate.** Each shingle is a 64-bit hash and a text keeps its hashes
   sorted, so its ``SAMPLE`` smallest hashes are a uniform random sample of its
   shingles, drawn the same way for every text. For the smaller text A of a
   pair, the number of A's sample found in B follows a hypergeometric law
   around ``containment × sample``; one sparse matrix product counts it for
   every pair that shares any sampled shingle. A pair goes on only when that
   count is within ``Z`` standard deviations of what a containment of
   ``threshold`` would give (short texts are sampled whole, so their bound is
   exact).
2. **Exact check.** Each remaining pair is checked once, the smaller text's
   hashes looked up in the larger's sorted array (numpy, grouped by the larger
   text).

Results are kept in an ``Index`` (hashes of every version and the pairs found):
given the previous build's index, pairs of unchanged versions are reused and
only the changed versions are checked against the others.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from scipy import sparse

from ..models import PolicyReport, VersionReport

SHINGLE_WORDS = 5
THRESHOLD = 0.5
"""Two versions are look-alikes when at least half of the smaller one's 5-word shingles occur in the larger."""
SAMPLE = 256
"""Shingles per text in the estimate (its smallest hashes); a shorter text is sampled whole."""
Z = 6.0
"""Standard deviations of slack under the threshold before a pair is dropped unchecked (a miss is about 1e-9)."""
_WORD = re.compile(r"[a-z0-9']+")
_BLOCK = 512
"""Rows of the sample-count product computed at once (bounds its memory)."""
_HASH_CHUNK = 64
"""Versions hashed per task."""
_COMMON_TASKS = 64
"""Tasks the exact check is cut into at most (about equal in work)..."""
_PAIRS_PER_TASK = 2_000
"""... and at least this many pairs each (a small corpus is checked in one)."""

T = TypeVar("T")
Mapper = Callable[[Callable[[int], T], int], Iterable[T]]
"""``mapper(function, count)``: ``function(0) ... function(count - 1)`` in order, perhaps in other
processes (the build passes ``parallel.map_forked``, whose workers share this process's memory);
each result is small or an array. Every result is read: a mapper may hold its workers until then."""


def serial(function: Callable[[int], T], count: int) -> Iterator[T]:
    return map(function, range(count))


@dataclass(frozen=True, slots=True)
class LookAlike:
    slug: str
    archived: str
    """The version of this policy that was compared."""
    other_slug: str
    other_archived: str
    containment: float
    """Share of the smaller text's shingles found in the larger (0-1)."""
    jaccard: float


@dataclass(frozen=True)
class Index:
    """Shingle hashes of every version, by content key, and the look-alike pairs among them.

    ``pairs`` rows are ``(a, b, common)``: positions in ``keys`` with a < b, and
    how many shingles the two share. Kept between builds so an edit rechecks
    only the edited versions; each version's hashes are their own array, so an
    edit neither copies nor rewrites the others'.
    """

    keys: np.ndarray
    """Content key of each version (``text_key``, hexadecimal), sorted."""
    arrays: tuple[np.ndarray, ...]
    """Sorted distinct shingle hashes of each version (uint64), in the order of ``keys``."""
    pairs: np.ndarray
    threshold: float

    @property
    def sizes(self) -> np.ndarray:
        return np.fromiter(map(len, self.arrays), dtype=np.int64, count=len(self.arrays))

    def hashes_of(self, i: int) -> np.ndarray:
        return self.arrays[i]


def text_of(report: VersionReport) -> str:
    return " ".join(p.text for p in report.document.paragraphs)


def text_key(text: str) -> str:
    return hashlib.sha256(f"{SHINGLE_WORDS}\0{text}".encode()).hexdigest()


def shingles(report: VersionReport) -> set[str]:
    """The 5-word shingles of a version, as text (the definition the hashes stand for)."""
    words = _WORD.findall(text_of(report).lower())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


_word_hashes: dict[str, int] = {}
"""64-bit hash of every word seen (blake2b: the same in every process, unlike ``hash``)."""


def _word_ids(words: list[str]) -> np.ndarray:
    table = _word_hashes
    for word in set(words).difference(table):
        table[word] = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
    return np.fromiter(map(table.__getitem__, words), dtype=np.uint64, count=len(words))


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the combined word hashes over all 64 bits."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def shingle_hashes(text: str) -> np.ndarray:
    """Sorted distinct 64-bit hashes of the 5-word shingles of ``text`` (same sets as ``shingles``)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint64)
    ids = _word_ids(words)
    count = len(words) - SHINGLE_WORDS + 1
    combined = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for position in range(SHINGLE_WORDS):
            combined = _mix(combined ^ ids[position : position + count])
    return np.unique(combined)


def _sample_bound(sizes: np.ndarray, samples: np.ndarray, threshold: float) -> np.ndarray:
    """Least sample hits a text of ``sizes`` shingles can show when its containment reaches ``threshold``."""
    spread = np.where(sizes > 1, (sizes - samples) / np.maximum(sizes - 1, 1), 0.0)
    deviation = Z * np.sqrt(samples * threshold * (1 - threshold) * spread)
    return np.maximum(np.ceil(threshold * samples - deviation - 1e-9), 1)


def _candidates(index: Index, rows: np.ndarray, columns: np.ndarray, mapper: Mapper) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (smaller, larger) with a row as the smaller text and a column as the larger whose sample passes."""
    sizes = index.sizes
    samples = np.minimum(sizes, SAMPLE)
    bounds = _sample_bound(sizes, samples, index.threshold)
    probe = [index.arrays[i][: samples[i]] for i in rows]
    probed = np.concatenate(probe) if probe else np.empty(0, dtype=np.uint64)
    pointers = np.concatenate([[0], np.cumsum([len(p) for p in probe])]).astype(np.int64)
    if int(sizes[columns].sum()) < len(probed):
        # few columns (an edit): only shingles they hold can be hits, so the vocabulary is theirs
        vocabulary = np.unique(np.concatenate([index.arrays[c] for c in columns]))
        if not len(vocabulary):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        at = np.minimum(np.searchsorted(vocabulary, probed), len(vocabulary) - 1)
        held = vocabulary[at] == probed
        probed_at = at[held]
        pointers = np.concatenate([[0], np.cumsum(held)])[pointers]  # held samples before each row
    else:
        vocabulary = np.unique(probed)
        probed_at = np.searchsorted(vocabulary, probed)
    if not len(vocabulary):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    sampled = sparse.csr_matrix(
        (np.ones(len(probed_at), dtype=np.int16), probed_at, pointers), shape=(len(rows), len(vocabulary))
    )
    # members[j, v]: column j's text has vocabulary shingle v. Built row by row (each text's hashes are
    # sorted, so are its positions), in int16: at 10,000 policies it has 12 million entries, and the
    # coordinate form and the transposed copies the product needed took about 450 MB.
    # Positions are written into a buffer as long as every column's hashes, of which only the part used
    # is ever touched (and so takes memory).
    positions = np.empty(int(sizes[columns].sum()), dtype=np.int32)
    pointers = np.zeros(len(columns) + 1, dtype=np.int64)
    for j, column in enumerate(columns):
        values = index.hashes_of(column)
        if len(vocabulary) < len(values) and len(values):
            # few rows (an edit): look the vocabulary up in the column, not the column in the vocabulary
            at = np.minimum(np.searchsorted(values, vocabulary), len(values) - 1)
            found = np.flatnonzero(values[at] == vocabulary)
        else:
            at = np.minimum(np.searchsorted(vocabulary, values), len(vocabulary) - 1)
            found = at[vocabulary[at] == values]
        positions[pointers[j] : pointers[j] + len(found)] = found
        pointers[j + 1] = pointers[j] + len(found)
    members = sparse.csr_matrix(
        (np.ones(pointers[-1], dtype=np.int16), positions[: pointers[-1]], pointers),
        shape=(len(columns), len(vocabulary)),
    )
    order = np.argsort(np.lexsort((np.arange(len(sizes)), sizes)))  # rank by (size, position)
    least = bounds[rows].astype(np.int16)  # whole numbers, at most SAMPLE

    def block(number: int) -> tuple[np.ndarray, np.ndarray]:
        start = number * _BLOCK
        # hits[j, i]: sampled shingles of row start + i found in column j (counts fit: at most SAMPLE)
        hits = (members @ sampled[start : start + _BLOCK].T).tocoo()
        # most hits are a shingle or two in common: drop them first, before any array as long as the hits
        passed = hits.data >= least[start : start + _BLOCK][hits.col]
        a, b = rows[start + hits.col[passed]], columns[hits.row[passed]]
        keep = order[a] < order[b]
        return a[keep], b[keep]

    found = list(mapper(block, -(-len(rows) // _BLOCK)))
    return np.concatenate([a for a, _ in found]), np.concatenate([b for _, b in found])


def _common(index: Index, smaller: np.ndarray, larger: np.ndarray, mapper: Mapper) -> np.ndarray:
    """Exact number of shared shingles of each pair, grouped by the larger text.

    Each text's hashes are sorted, so the smaller texts of a group are looked up in
    the larger one's array with one ``searchsorted``: nothing the size of the whole
    index is built (a global renumbering of every hash took about 1 GB at 10,000 policies).
    """
    common = np.zeros(len(smaller), dtype=np.int64)
    if not len(smaller):
        return common
    order = np.argsort(larger, kind="stable")
    groups = np.split(order, np.flatnonzero(np.diff(larger[order])) + 1)
    # tasks of about equal work: a group costs the hashes of its smaller texts
    sizes = index.sizes
    work = np.cumsum([int(sizes[smaller[group]].sum()) for group in groups])
    count = min(_COMMON_TASKS, 1 + len(smaller) // _PAIRS_PER_TASK)
    cuts = np.searchsorted(work, np.linspace(0, work[-1], count + 1)[1:-1])
    tasks = np.split(np.arange(len(groups)), cuts)

    def task(number: int) -> np.ndarray:
        counts = []
        for g in tasks[number]:
            group = groups[g]
            target = index.hashes_of(int(larger[group[0]]))
            parts = [index.hashes_of(int(i)) for i in smaller[group]]
            values = np.concatenate(parts)
            at = np.minimum(np.searchsorted(target, values), len(target) - 1)
            hit = target[at] == values
            starts = np.concatenate([[0], np.cumsum([len(p) for p in parts])[:-1]])
            counts.append(np.add.reduceat(hit, starts, dtype=np.int64))
        return np.concatenate(counts) if counts else np.empty(0, dtype=np.int64)

    for number, counts in enumerate(mapper(task, len(tasks))):
        common[np.concatenate([groups[g] for g in tasks[number]]) if len(tasks[number]) else []] = counts
    return common


def build_index(
    entries: Iterable[tuple[str, np.ndarray | None]],
    threshold: float = THRESHOLD,
    previous: Index | None = None,
    mapper: Mapper = serial,
) -> Index:
    """The index of ``entries`` (content key, hashes or None to take them from ``previous``).

    Pairs between versions both in ``previous`` are taken from it; every other
    pair involving a new version is estimated and checked.
    """
    known = {}
    if previous is not None and previous.threshold == threshold:
        known = {str(key): i for i, key in enumerate(previous.keys)}
    arrays: dict[str, np.ndarray] = {}
    for key, values in entries:
        if values is None:
            values = previous.hashes_of(known[key])
        if len(values):
            arrays[key] = values
    keys = sorted(arrays)
    index = Index(np.array(keys, dtype="U64"), tuple(arrays[k] for k in keys), np.empty((0, 3), dtype=np.int64), threshold)
    del arrays
    sizes = index.sizes
    fresh = np.array([i for i, k in enumerate(keys) if k not in known], dtype=np.int64)
    everyone = np.arange(len(keys), dtype=np.int64)
    kept = np.empty((0, 3), dtype=np.int64)
    if known and len(previous.pairs):
        position = np.full(len(previous.keys), -1, dtype=np.int64)
        for i, key in enumerate(keys):
            if key in known:
                position[known[key]] = i
        old = previous.pairs
        a, b = position[old[:, 0]], position[old[:, 1]]
        ok = (a >= 0) & (b >= 0)
        kept = np.stack([np.minimum(a[ok], b[ok]), np.maximum(a[ok], b[ok]), old[ok, 2]], axis=1)
    if len(fresh):
        small_a, large_a = _candidates(index, fresh, everyone, mapper)
        stale = np.setdiff1d(everyone, fresh)
        small_b, large_b = _candidates(index, stale, fresh, mapper) if len(stale) else (np.empty(0, np.int64),) * 2
        smaller = np.concatenate([small_a, small_b])
        larger = np.concatenate([large_a, large_b])
        common = _common(index, smaller, larger, mapper)
        good = common >= np.ceil(threshold * sizes[smaller] - 1e-9)
        found = np.stack([np.minimum(smaller, larger)[good], np.maximum(smaller, larger)[good], common[good]], axis=1)
        kept = np.concatenate([kept, found])
    kept = kept[np.lexsort((kept[:, 1], kept[:, 0]))] if len(kept) else kept
    return Index(index.keys, index.arrays, kept, threshold)


def find_look_alikes(reports: list[PolicyReport], threshold: float = THRESHOLD) -> tuple[LookAlike, ...]:
    """Every pair of versions of different policies whose containment reaches ``threshold``.

    Returns:
        Pairs in both directions (one per policy), strongest first within a policy.
    """
    return look_alikes_with_index(reports, threshold)[0]


_TEXT_KEYS: dict[str, str] = {}
"""Text key of each version by its content key (``VersionReport.key``), from the last call: a build
under ``mkdocs serve`` then joins and hashes only the edited versions' texts (40 ms at 1,000 policies)."""


def look_alikes_with_index(
    reports: list[PolicyReport], threshold: float = THRESHOLD, previous: Index | None = None, mapper: Mapper = serial
) -> tuple[tuple[LookAlike, ...], Index]:
    """``find_look_alikes`` and the index it built, given the index of the last build (or None).

    Versions whose text is in ``previous`` are not hashed again, and their pairs are not checked again.
    Hashing, the estimate and the exact check are cut into tasks run by ``mapper``.
    """
    known = set()
    if previous is not None and previous.threshold == threshold:
        known = {str(key) for key in previous.keys}
    versions: dict[str, list[tuple[str, str]]] = {}
    to_hash: list[tuple[str, VersionReport]] = []
    remembered = dict(_TEXT_KEYS)
    _TEXT_KEYS.clear()  # only the versions of this call stay remembered
    for report in reports:
        for version in report.versions:
            key = remembered.get(version.key) if version.key else None
            if key is None:
                key = text_key(text_of(version))
            if version.key:
                _TEXT_KEYS[version.key] = key
            if key not in versions:
                to_hash.append((key, version))
            versions.setdefault(key, []).append((report.slug, version.version.meta.archived.isoformat()))
    fresh = [version for key, version in to_hash if key not in known]

    def hash_chunk(number: int) -> list[np.ndarray]:
        return [shingle_hashes(text_of(v)) for v in fresh[number * _HASH_CHUNK : (number + 1) * _HASH_CHUNK]]

    hashed = (values for chunk in mapper(hash_chunk, -(-len(fresh) // _HASH_CHUNK)) for values in chunk)

    def entries() -> Iterator[tuple[str, np.ndarray | None]]:
        # hashed as build_index reads them, so that only its copy of each version's hashes is kept
        for key, _ in to_hash:
            yield key, None if key in known else next(hashed)
        for _ in hashed:  # run the mapper to its end: a pool of workers closes only then
            pass

    index = build_index(entries(), threshold, previous, mapper)
    sizes = index.sizes.tolist()  # Python numbers: rounding numpy scalars is slow
    keys = [str(key) for key in index.keys]
    found: dict[tuple, LookAlike] = {}
    for a, b, common in index.pairs.tolist():
        containment = round(common / min(sizes[a], sizes[b]), 3)
        jaccard = round(common / (sizes[a] + sizes[b] - common), 3)
        for first in versions.get(keys[a], ()):
            for second in versions.get(keys[b], ()):
                if first[0] != second[0]:  # versions of one policy are its history, not look-alikes
                    pair = tuple(sorted((first, second)))
                    found[pair] = LookAlike(pair[0][0], pair[0][1], pair[1][0], pair[1][1], containment, jaccard)
    # Two versions with the same text are one entry of the index: pair them as the exact method would.
    indexed = set(keys)
    for key, same in versions.items():
        if key not in indexed:
            continue
        for i, first in enumerate(same):
            for second in same[i + 1 :]:
                if first[0] != second[0]:
                    pair = tuple(sorted((first, second)))
                    found[pair] = LookAlike(pair[0][0], pair[0][1], pair[1][0], pair[1][1], 1.0, 1.0)
    both = []
    for item in found.values():
        both.append(item)
        both.append(LookAlike(item.other_slug, item.other_archived, item.slug, item.archived, item.containment, item.jaccard))
    ordered = tuple(sorted(both, key=lambda x: (x.slug, -x.containment, x.other_slug, x.archived, x.other_archived)))
    return ordered, index
