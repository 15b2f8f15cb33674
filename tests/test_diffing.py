"""The paragraph diff: moved paragraphs are moved, edits are word diffs, nothing is lost."""

from __future__ import annotations

from generator.analysis.diffing import by_section, diff_documents, word_diff
from generator.read.segment import segment

OLD = """# Policy

## Data

We collect your email address.

We keep logs for thirty days.

## Contact

Write to privacy@example.com with any question.
"""

NEW = """# Policy

## Contact

Write to privacy@example.com with any question.

## Data

We collect your email address and your phone number.

We keep logs for thirty days.

We never sell anything.
"""


def statuses(old: str, new: str) -> list[tuple[str, str]]:
    return [(b.status, b.new_text or b.old_text) for b in diff_documents(segment(old), segment(new)).blocks]


def test_a_paragraph_that_only_moved_is_shown_as_moved_not_deleted_and_inserted():
    old, new = segment(OLD), segment(NEW)
    blocks = diff_documents(old, new).blocks
    in_both = {p.anchor for p in old.paragraphs} & {p.anchor for p in new.paragraphs}
    for block in blocks:
        if block.status in ("added", "removed"):
            assert (block.old_anchor or block.new_anchor) not in in_both, block
    for text in ("Write to privacy@example.com with any question.", "Contact", "Data", "We keep logs for thirty days."):
        shown = [b.status for b in blocks if text in (b.new_text, b.old_text)]
        assert len(shown) == 1 and shown[0] in ("unchanged", "moved"), (text, shown)
    moved = [b for b in blocks if b.status == "moved"]
    assert moved and all(b.old_anchor == b.new_anchor for b in moved)


def test_reordered_paragraphs_are_never_added_or_removed():
    old = "\n\n".join(f"Paragraph number {n} says something different." for n in range(8)) + "\n"
    new = "\n\n".join(f"Paragraph number {n} says something different." for n in (5, 0, 1, 7, 2, 3, 6, 4)) + "\n"
    result = statuses(old, new)
    assert {status for status, _ in result} <= {"unchanged", "moved"}
    assert len(result) == 8
    assert sum(1 for status, _ in result if status == "moved") >= 1


def test_an_edited_paragraph_is_one_changed_block_with_a_word_diff():
    (block,) = [b for b in diff_documents(segment(OLD), segment(NEW)).blocks if b.status == "changed"]
    assert block.old_text == "We collect your email address."
    assert [(run.op, run.text) for run in block.words] == [
        ("equal", "We collect your email"),
        ("delete", "address."),
        ("insert", "address and your phone number."),
    ]
    assert ("added", "We never sell anything.") in statuses(OLD, NEW)
    assert ("moved", "We keep logs for thirty days.") in statuses(OLD, NEW)  # with its section


def test_same_text_has_no_changes_and_every_paragraph_appears_once():
    diff = diff_documents(segment(OLD), segment(OLD))
    assert not diff.changed
    assert diff.counts()["unchanged"] == len(segment(OLD).paragraphs)


def test_unrelated_paragraphs_are_removed_and_added_not_paired():
    result = statuses("Cats are small animals.\n", "Quarterly revenue grew again.\n")
    assert result == [("removed", "Cats are small animals."), ("added", "Quarterly revenue grew again.")]


def test_blocks_are_grouped_by_section():
    sections = [group.section for group in by_section(diff_documents(segment(OLD), segment(NEW)))]
    assert sections == [(), ("Policy",), ("Policy", "Contact"), ("Policy",), ("Policy", "Data")]


def test_word_diff_of_identical_text_is_one_equal_run():
    assert [(r.op, r.text) for r in word_diff("a b c", "a b c")] == [("equal", "a b c")]
