"""The probe passages (``tests/data/probes``, scored by ``python -m bench.probes``) are valid data."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.probes import Probe, answer_of, load_probes
from generator.practices import load_practices


def test_every_probe_names_a_question_and_allowed_answers_and_all_questions_are_probed():
    probes = load_probes()
    assert len(probes) >= 250
    assert {p.question for p in probes} == set(load_practices().keys)
    assert len({p.text for p in probes}) == len(probes), "a passage is repeated"


def test_a_probe_with_an_answer_the_question_does_not_allow_is_refused(tmp_path: Path):
    (tmp_path / "bad.yaml").write_text("- question: cookies\n  expected: maybe\n  text: We use cookies.\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.yaml#0: \['maybe'\] for cookies"):
        load_probes(tmp_path)


def test_a_list_answer_is_compared_as_a_set():
    probe = Probe("t#0", "contact", frozenset({"postal", "email"}), "Write to us at privacy@acme.test or by post to Acme Ltd, 1 Main Street, Springfield, IL 62701.", "")
    assert answer_of(probe) == probe.expected
