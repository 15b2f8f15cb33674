"""What changed in the text between two versions, paragraph by paragraph.

Paragraph anchors are derived from the words (``segment._anchors``), so a
paragraph whose anchor is in both versions is the same paragraph, wherever it
now stands. The diff therefore works on anchors first:

1. ``difflib.SequenceMatcher`` aligns the two anchor sequences; aligned anchors
   are *unchanged*.
2. An anchor present in both versions but not aligned has *moved*: it is shown
   once, at its new place, never as a deletion plus an insertion.
3. Among the rest, an old and a new paragraph of the same kind that share most
   of their words are one *changed* paragraph, shown at its new place with a
   word-level diff; what is left was *removed* or *added*.

Texts are the paragraphs' plain text (markup removed), so the result is text
for the templates to escape, never HTML. Pure functions, no I/O.

Why difflib and not diff-match-patch: measured on the 29 edited paragraphs of
the sample histories, difflib on words took 2.4 ms and always cuts between
words; diff-match-patch (characters, then semantic clean-up) took 20 ms and
still cut inside words ("We a|t Kaspersky Lab|s"), which reads worse.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..models import Document, Paragraph

SIMILAR = 0.5
"""Share of words two paragraphs must have in common to be shown as one changed paragraph."""
MAX_PAIRING = 40_000
"""Above this many old x new candidates (a rewrite), pair only paragraphs under the same section heading."""

BlockStatus = Literal["unchanged", "moved", "changed", "added", "removed"]
WordOp = Literal["equal", "insert", "delete"]


@dataclass(frozen=True)
class WordRun:
    """A run of words in a changed paragraph: kept, inserted or deleted."""

    op: WordOp
    text: str


@dataclass(frozen=True)
class DiffBlock:
    """One paragraph of the comparison, in reading order of the new version."""

    status: BlockStatus
    kind: str
    """``heading``, ``paragraph``, ``table`` or ``code`` (of the new paragraph when there is one)."""
    section: tuple[str, ...]
    """Headings the paragraph sits under (in the new version; in the old one for removed paragraphs)."""
    old_anchor: str | None = None
    new_anchor: str | None = None
    old_text: str = ""
    new_text: str = ""
    words: tuple[WordRun, ...] = ()
    """Word-level diff, for changed paragraphs only."""
    old_section: tuple[str, ...] = ()
    """Where a moved paragraph was before."""


@dataclass(frozen=True)
class TextDiff:
    blocks: tuple[DiffBlock, ...]

    def count(self, status: BlockStatus) -> int:
        return sum(1 for block in self.blocks if block.status == status)

    @property
    def changed(self) -> bool:
        return any(block.status != "unchanged" for block in self.blocks)

    def counts(self) -> dict[str, int]:
        """Paragraph counts per status, in a fixed order (for exports and summaries)."""
        return {status: self.count(status) for status in ("unchanged", "moved", "changed", "added", "removed")}


@dataclass(frozen=True)
class SectionDiff:
    """Consecutive blocks under one section heading, for a per-section display."""

    section: tuple[str, ...]
    blocks: tuple[DiffBlock, ...]

    @property
    def changed(self) -> bool:
        return any(block.status != "unchanged" for block in self.blocks)


def diff_documents(old: Document, new: Document) -> TextDiff:
    """Compare two versions' paragraphs.

    Args:
        old: the earlier version, segmented.
        new: the later version, segmented.

    Returns:
        Every paragraph of both versions once: in the new version's order, with
        removed paragraphs at the place they had in the old one.
    """
    old_paras, new_paras = old.paragraphs, new.paragraphs
    old_anchors = [p.anchor for p in old_paras]
    new_anchors = [p.anchor for p in new_paras]
    common = set(old_anchors) & set(new_anchors)
    old_by_anchor = {p.anchor: p for p in old_paras}
    pairs = pair_similar(
        [p for p in old_paras if p.anchor not in common], [p for p in new_paras if p.anchor not in common]
    )
    paired_old = {id(old_p) for old_p in pairs.values()}
    matcher = difflib.SequenceMatcher(None, old_anchors, new_anchors, autojunk=False)
    blocks: list[DiffBlock] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            blocks.extend(_same(old_paras[i], new_paras[j], "unchanged") for i, j in zip(range(i1, i2), range(j1, j2)))
            continue
        blocks.extend(
            DiffBlock("removed", p.kind, p.section, old_anchor=p.anchor, old_text=p.text)
            for p in old_paras[i1:i2]
            if p.anchor not in common and id(p) not in paired_old
        )
        for paragraph in new_paras[j1:j2]:
            if paragraph.anchor in common:
                blocks.append(_same(old_by_anchor[paragraph.anchor], paragraph, "moved"))
            elif id(paragraph) in pairs:
                before = pairs[id(paragraph)]
                blocks.append(
                    DiffBlock(
                        "changed",
                        paragraph.kind,
                        paragraph.section,
                        old_anchor=before.anchor,
                        new_anchor=paragraph.anchor,
                        old_text=before.text,
                        new_text=paragraph.text,
                        words=word_diff(before.text, paragraph.text),
                    )
                )
            else:
                blocks.append(
                    DiffBlock(
                        "added", paragraph.kind, paragraph.section, new_anchor=paragraph.anchor, new_text=paragraph.text
                    )
                )
    return TextDiff(tuple(blocks))


def _same(old: Paragraph, new: Paragraph, status: BlockStatus) -> DiffBlock:
    return DiffBlock(
        status,
        new.kind,
        new.section,
        old_anchor=old.anchor,
        new_anchor=new.anchor,
        old_text=old.text,
        new_text=new.text,
        old_section=old.section,
    )


def pair_similar(gone: Sequence[Paragraph], fresh: Sequence[Paragraph]) -> dict[int, Paragraph]:
    """Match new paragraphs to old ones of the same kind that share most words.

    Greedy on the best ratio first; each old paragraph is used once. When there
    are very many candidates (a rewrite), only paragraphs under the same section
    heading are compared, which keeps the cost bounded.

    Returns:
        ``{id(new paragraph): old paragraph}``.
    """
    if not gone or not fresh:
        return {}
    large = len(gone) * len(fresh) > MAX_PAIRING
    words_old = [p.text.lower().split() for p in gone]
    words_new = [p.text.lower().split() for p in fresh]
    candidates: list[tuple[float, int, int]] = []
    for j, new_p in enumerate(fresh):
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words_new[j])
        for i, old_p in enumerate(gone):
            if old_p.kind != new_p.kind or (large and old_p.section[-1:] != new_p.section[-1:]):
                continue
            matcher.set_seq1(words_old[i])
            if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILAR:
                candidates.append((-ratio, j, i))
    pairs: dict[int, Paragraph] = {}
    used: set[int] = set()
    for _, j, i in sorted(candidates):
        if i in used or id(fresh[j]) in pairs:
            continue
        pairs[id(fresh[j])] = gone[i]
        used.add(i)
    return pairs


def word_diff(old: str, new: str) -> tuple[WordRun, ...]:
    """Runs of kept, deleted and inserted words (whitespace-separated) from ``old`` to ``new``."""
    a, b = old.split(), new.split()
    runs: list[WordRun] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(WordRun("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(WordRun("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(WordRun("insert", " ".join(b[j1:j2])))
    return tuple(runs)


def by_section(diff: TextDiff) -> tuple[SectionDiff, ...]:
    """Group consecutive blocks by the section they sit in, for a per-section display."""
    groups: list[SectionDiff] = []
    for block in diff.blocks:
        if groups and groups[-1].section == block.section:
            groups[-1] = SectionDiff(block.section, groups[-1].blocks + (block,))
        else:
            groups.append(SectionDiff(block.section, (block,)))
    return tuple(groups)
