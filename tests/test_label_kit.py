"""The labelling kit (``tests/data/real/labels/kit``) rebuilds what a round brought in.

A labelling workspace lives outside the project and can be lost between sessions; the kit is how a
round is made again. These tests hold it to the files it made: a kit that drifted would write gold
files unlike the ones already measured.
"""

import importlib.util
import re
from pathlib import Path

import pytest

LABELS = Path(__file__).resolve().parent / "data/real/labels"
KIT = LABELS / "kit"
ROUNDS = sorted(int(re.search(r"\d+", p.name)[0]) for p in LABELS.glob("FETCHED[0-9]*.tsv"))


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"kit_{name}", KIT / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("round_number", ROUNDS[-3:])
def test_the_kit_writes_the_gold_files_of_a_round_byte_for_byte(round_number, tmp_path, monkeypatch):
    kit = _load("round")
    for split in ("blind", "tuning"):
        (tmp_path / split / "gold").mkdir(parents=True)
    monkeypatch.setattr(kit, "REAL", tmp_path)
    kit.gold(round_number)
    written = sorted(tmp_path.glob("*/gold/*.yaml"))
    rows = (LABELS / f"FETCHED{round_number}.tsv").read_text("utf-8").splitlines()[1:]
    kept = [row for row in rows if row.endswith("\tkept")]
    assert kept and len(written) == len(kept)  # one gold file for every policy the round kept
    for path in written:
        committed = LABELS.parent / path.relative_to(tmp_path)
        assert path.read_bytes() == committed.read_bytes(), path.name


def test_the_reader_check_refuses_a_value_not_allowed_and_a_quote_not_in_the_text(tmp_path, monkeypatch):
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    make = _load("make_workspace")
    (workspace / "allowed.yaml").write_text(__import__("yaml").safe_dump(make.allowed(), sort_keys=False))
    check = _load("check")
    monkeypatch.setattr(check, "HERE", workspace)
    label = LABELS / "reader-a" / "1066-yunxuange.net.yaml"
    (workspace / "texts").mkdir()
    (workspace / "texts/yunxuange.net.md").write_text((LABELS.parent / "tuning/texts/yunxuange.net.md").read_text("utf-8"))
    good = workspace / "good.yaml"
    good.write_text(label.read_text("utf-8"))
    assert check.problems(good) == []
    bad = workspace / "bad.yaml"
    bad.write_text(label.read_text("utf-8").replace('answer: "no"', 'answer: "never"', 1).replace(
        "to provide a username and email address", "to provide a username and e-mail address", 1))
    found = check.problems(bad)
    assert any("not allowed" in problem for problem in found)
    assert any("not verbatim" in problem for problem in found)


def test_the_seeded_prefix_lists_regenerate_as_stored():
    make = _load("make_workspace")
    stored = {int(re.search(r"\d+", p.name)[0]): p for p in LABELS.glob("samples6/prefixes-a*.tsv")}
    # lists 178-180 were made for the thirty-fifth round and never walked (the session's search allowance)
    lists = make.prefix_lists(max(stored))
    assert len(stored) >= 144
    assert all(path.read_text("utf-8") == lists[number - 1] for number, path in stored.items())


def _workspace(root: Path, readers: dict[str, list[tuple[str, str]]]) -> Path:
    """A labelling workspace: each reader's fetched domains, each ``kept`` (a label) or ``skip`` (a skip file)."""
    workspace = root / "workspace"
    workspace.mkdir()
    (workspace / "EXCLUDE.txt").write_text("", "utf-8")
    for reader, fetched in readers.items():
        folder = workspace / reader
        (folder / "texts").mkdir(parents=True)
        rows = ["domain\tpath\tcommit\tid\tlength\tarchived\twords"]
        for domain, outcome in fetched:
            (folder / "texts" / f"{domain}.md").write_text(f"text of {domain}\n", "utf-8")
            if outcome == "kept":
                (folder / f"{domain}.yaml").write_text(f"labeller: {reader}\norder: 0\nanswers: {{}}\n", "utf-8")
            else:
                (folder / f"skip-{domain}.yaml").write_text("skip: under 500 words (499 words)\n", "utf-8")
            rows.append(f"{domain}\tx/{domain}.md\tc0ffee\t1\t20\t2015-01-01\t600")
        (folder / "fetched.tsv").write_text("\n".join(rows) + "\n", "utf-8")
    return workspace


def _project(root: Path, kit, monkeypatch) -> tuple[Path, Path]:
    labels, real = root / "labels", root / "real"
    for folder in ("reader-a", "reader-b", "samples6"):
        (labels / folder).mkdir(parents=True)
    for split in ("blind", "tuning"):
        (real / split / "texts").mkdir(parents=True)
    monkeypatch.setattr(kit, "LABELS", labels)
    monkeypatch.setattr(kit, "REAL", real)
    return labels, real


def test_ingest_keeps_a_policy_two_lists_picked_once_and_copies_only_the_walked_lists(tmp_path, monkeypatch):
    kit = _load("round")
    labels, _ = _project(tmp_path, kit, monkeypatch)
    readers = {"reader-a1": ["one.org", "twice.com"], "reader-a2": ["twice.com", "three.net"]}
    workspace = _workspace(tmp_path, {reader: [(domain, "kept") for domain in domains] for reader, domains in readers.items()})
    for reader, domains in readers.items():
        (workspace / reader / "walk.tsv").write_text(f"prefixes-a{reader[-1]}.tsv\tx/xy/xyz\t7\t1\t{domains[0]} (kept)\n", "utf-8")
    for number in (1, 2, 3):  # list 3 was made by the kit and walked by nobody
        (workspace / f"prefixes-a{number}.tsv").write_text("folder\tk\n", "utf-8")
    kit.ingest(workspace, 99, 10)

    kept = [row.split("\t")[:2] for row in (labels / "FETCHED99.tsv").read_text("utf-8").splitlines()[1:]]
    assert kept == [["10", "one.org"], ["11", "twice.com"], ["12", "three.net"]]
    first = sorted(p.name for p in (labels / "reader-a").iterdir())
    assert first == ["10-one.org.yaml", "11-twice.com.yaml", "12-three.net.yaml"]
    second = labels / "reader-b" / "11-twice.com.yaml"
    assert second.read_text("utf-8") == "labeller: reader-a2\norder: 11\nanswers: {}\n"
    assert [p.name for p in (labels / "reader-b").iterdir()] == ["11-twice.com.yaml"]
    lists = sorted(p.name for p in (labels / "samples6").glob("prefixes-*"))
    assert lists == ["prefixes-a1.tsv", "prefixes-a2.tsv"]


def test_ingest_writes_one_line_for_a_short_text_two_lists_picked_and_skipped(tmp_path, monkeypatch):
    kit = _load("round")
    labels, _ = _project(tmp_path, kit, monkeypatch)
    workspace = _workspace(
        tmp_path, {"reader-a1": [("short.net", "skip"), ("one.org", "kept")], "reader-a2": [("short.net", "skip"), ("two.org", "kept")]}
    )
    kit.ingest(workspace, 99, 10)
    rows = [row.split("\t")[:2] for row in (labels / "FETCHED99.tsv").read_text("utf-8").splitlines()[1:]]
    assert rows == [["-", "short.net"], ["10", "one.org"], ["11", "two.org"]]


def test_a_refused_ingest_leaves_the_project_as_it_was(tmp_path, monkeypatch):
    kit = _load("round")
    labels, real = _project(tmp_path, kit, monkeypatch)
    workspace = _workspace(
        tmp_path, {"reader-a1": [("one.org", "kept"), ("two.org", "kept")], "reader-b1": [("elsewhere.com", "kept")]}
    )
    with pytest.raises(SystemExit, match="elsewhere.com, which no first reader kept"):
        kit.ingest(workspace, 99, 10)
    # the first reader's texts and labels were fine, but nothing of the round was written
    assert [p for p in tmp_path.joinpath("labels").rglob("*") if p.is_file()] == []
    assert [p for p in real.rglob("*") if p.is_file()] == []


def test_the_round_prompts_name_each_reader_its_own_list_and_leave_no_placeholder(tmp_path):
    prompts = _load("prompts")
    prompts.readers("/work/somewhere", 55, 297, 100, tmp_path)
    written = {path.stem: path.read_text("utf-8") for path in tmp_path.glob("*.txt")}
    assert sorted(written) == [f"reader-a{n}" for n in range(297, 303)] + ["reader-b100", "reader-b101"]
    assert "prefixes-a295.tsv" in written["reader-a297"] and "prefixes-a300.tsv" in written["reader-a302"]
    assert "SECOND policy of that list" in written["reader-b101"] and "295, 296, 297" in written["reader-b101"]
    assert "FIRST policy" in written["reader-b100"] and "295, 296, 297, 298, 299, 300" in written["reader-b100"]
    for text in written.values():
        assert "/work/labels6" not in text  # the workspace named, not the one the guide was written in
        assert not re.search(r"\b(READER|WORKSPACE|LISTS?|WHICH)\b", text)


def test_a_resumed_reader_is_told_to_go_on_from_the_earlier_files_once_and_the_others_are_not(tmp_path):
    prompts = _load("prompts")
    prompts.readers("/work/somewhere", 60, 327, 110, tmp_path)
    prompts.resume(tmp_path, ["reader-a329", "reader-b111"])
    prompts.resume(tmp_path, ["reader-a329"])
    written = {path.stem: path.read_text("utf-8") for path in tmp_path.glob("*.txt")}
    assert written["reader-a329"].count("## Resuming") == 1
    assert "walk.tsv" in written["reader-a329"].split("## Resuming")[1]
    assert written["reader-b111"].count("## Resuming") == 1
    assert all("## Resuming" not in text for name, text in written.items() if name not in ("reader-a329", "reader-b111"))
