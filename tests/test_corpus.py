"""plainpolicy analyze --corpus: streamed, resumable, locally or on Dask, the same pure analysis."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.tools.analysis_io import analyze_file
from generator.tools.corpus import analyze_corpus, done_ids, walk

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Four policies in the seeds' dataset format, two folders deep, plus one unreadable file."""
    root = tmp_path / "corpus"
    sources = sorted(SEEDS.glob("*.txt"))[:4] if SEEDS.is_dir() else []
    if not sources:  # without ../shared: the bundled policies in dataset form
        from bench.corpus import write_corpus

        write_corpus(root, 4, dataset=True, max_words=800)
    for index, source in enumerate(sources):
        target = root / f"part-{index % 2}" / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    (root / "part-0").mkdir(parents=True, exist_ok=True)
    (root / "part-0" / "broken.md").write_bytes(b"\xff\xfe not UTF-8")
    return root


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_walk_is_sorted_and_lazy(corpus):
    ids = list(walk(corpus))
    assert ids == sorted(ids) and len(ids) == 5
    assert all(not i.startswith("/") for i in ids)


def test_local_engine_writes_one_record_per_file_with_the_analyze_contract(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    stats = analyze_corpus(corpus, out, jobs=1)
    assert (stats.analysed, stats.failed, stats.skipped) == (5, 1, 0)
    records = lines(out)
    assert [r["id"] for r in records] == list(walk(corpus))
    good = next(r for r in records if "answers" in r)
    expected = analyze_file(corpus / good["id"])
    assert {k: v for k, v in good.items() if k != "id"} == json.loads(json.dumps(expected))
    assert "UTF-16" in next(r for r in records if "error" in r)["error"]


def test_resume_skips_done_ids_and_cuts_a_torn_last_line(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    analyze_corpus(corpus, out, jobs=1)
    complete = out.read_text().splitlines(keepends=True)
    out.write_text("".join(complete[:2]) + complete[2][:40])  # killed while writing the third record
    assert len(done_ids(out)) == 2 and out.read_text() == "".join(complete[:2])
    stats = analyze_corpus(corpus, out, jobs=1)
    assert (stats.analysed, stats.skipped) == (3, 2)
    assert out.read_text() == "".join(complete)


def test_dask_engine_gives_the_same_records(corpus, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    local = tmp_path / "local.jsonl"
    analyze_corpus(corpus, local, jobs=1)
    options = {"n_workers": 1, "threads_per_worker": 2, "processes": False, "dashboard_address": None}
    with distributed.LocalCluster(**options) as cluster:
        remote = tmp_path / "dask.jsonl"
        stats = analyze_corpus(corpus, remote, engine="dask", scheduler=cluster.scheduler_address)
    assert stats.analysed == 5
    assert remote.read_text() == local.read_text()


def test_cli_corpus_needs_out_and_keeps_the_files_contract(corpus, tmp_path):
    run = [sys.executable, "-m", "generator", "analyze"]
    missing = subprocess.run([*run, "--corpus", str(corpus)], capture_output=True, text=True)
    assert missing.returncode == 2 and "--out" in missing.stderr
    out = tmp_path / "cli.jsonl"
    done = subprocess.run([*run, "--corpus", str(corpus), "--out", str(out), "-j", "1"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "5 analysed (1 unreadable), 0 already" in done.stdout
    one = next(corpus.rglob("*.txt"), None) or next(corpus.rglob("0*.md"))
    single = subprocess.run([*run, str(one), "--format", "json"], capture_output=True, text=True)
    assert set(json.loads(single.stdout)) == {"slug", "answers"}
