"""``bench/instructions.py`` counts instructions per ``analyze`` call from a callgrind dump (valgrind itself is
not run here): the figure is the dump's total over the calls it holds, so reading the total is what must hold."""

from __future__ import annotations

import pytest

from bench.instructions import _total


def test_the_total_of_a_dump_is_read_from_its_summary_line(tmp_path):
    dump = tmp_path / "callgrind.out.1.2"
    dump.write_text("version: 1\ncreator: callgrind\nevents: Ir\nfl=(1) x.c\nfn=(1) f\n3 7\nsummary: 1530000000\ntotals: 1530000000\n")
    assert _total(dump) == 1_530_000_000


def test_a_dump_without_a_total_is_refused_by_name(tmp_path):
    dump = tmp_path / "callgrind.out.9"
    dump.write_text("version: 1\nevents: Ir\n")
    with pytest.raises(SystemExit, match="callgrind.out.9: no total"):
        _total(dump)
