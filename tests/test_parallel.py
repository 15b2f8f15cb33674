"""Work spread over processes gives what one process gives, in the same order."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import generator.build.parallel as parallel
from generator.build.output import write_outputs
from generator.files import Deferred


FORKED_RUN = """
import os, sys
import generator.build.parallel as parallel
assert parallel.can_fork(), "a fresh process with one thread can fork"
results = list(parallel.map_forked(lambda i: (i * i, os.getpid()), 100, jobs=2))
assert [square for square, _ in results] == [i * i for i in range(100)], results
assert os.getpid() not in {pid for _, pid in results}, "made in this process"
print("forked")
"""


def test_forked_work_comes_back_in_order_from_other_processes():
    # in a fresh process: this one may run threads left by other tests (their servers), and then never forks
    run = subprocess.run([sys.executable, "-c", FORKED_RUN], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "forked"


FORKED_BUILD = """
import sys
from pathlib import Path
import generator.build.parallel as parallel
from generator.build.build import BuildConfig, build_site
parallel.PARALLEL_FROM = 2
made = []
real = parallel.map_forked
def counting(function, count, *, jobs, **options):
    made.append(parallel.can_fork())
    return real(function, count, jobs=jobs, **options)
import generator.build.output as output
output.map_forked = counting
output.FORK_FROM = 2  # a small site: its pages are made in forked workers all the same
root, policies, docs = (Path(arg) for arg in sys.argv[1:4])
build_site(BuildConfig(policies, root / "templates", docs, jobs=2, page_rows=3))
assert made == [True], made
"""


def test_a_site_made_in_forked_workers_is_the_site_made_in_one_process(tmp_path, sample_policies):
    from generator.build.build import BuildConfig, build_site
    from tests.conftest import ROOT
    from tests.test_cache import snapshot

    build_site(BuildConfig(sample_policies, ROOT / "templates", tmp_path / "one/docs", page_rows=3))
    args = [str(ROOT), str(sample_policies), str(tmp_path / "forked/docs")]
    run = subprocess.run([sys.executable, "-c", FORKED_BUILD, *args], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert snapshot(tmp_path / "forked/docs") == snapshot(tmp_path / "one/docs")


def test_with_another_thread_running_the_work_stays_in_this_process():
    # mkdocs serve runs a server thread: a fork would copy none of its locks' owners
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert not parallel.can_fork()
        results = list(parallel.map_forked(lambda i: (i, os.getpid()), 40, jobs=2))
    finally:
        stop.set()
        server.join()
    assert results == [(i, os.getpid()) for i in range(40)]


def test_pages_made_in_workers_are_written_whole_and_in_place(tmp_path):
    outputs = {f"page-{i:03}.md": Deferred(lambda i=i: f"---\ngenerated_by: plainpolicy\n---\n\nPage {i}\n") for i in range(60)}
    result = write_outputs(tmp_path / "docs", outputs, jobs=2)
    assert len(result.written) == 60
    for i in range(60):
        assert (tmp_path / "docs" / f"page-{i:03}.md").read_text() == f"---\ngenerated_by: plainpolicy\n---\n\nPage {i}\n"


def test_an_error_in_a_worker_reaches_the_build(tmp_path):
    def broken() -> str:
        raise ValueError("template failed on page 7")

    outputs = {f"page-{i:03}.md": Deferred(lambda i=i: f"Page {i}\n") for i in range(40)}
    outputs["page-007.md"] = Deferred(broken)
    with pytest.raises(ValueError, match="page 7"):
        write_outputs(tmp_path / "docs", outputs, jobs=2)


def test_the_forkserver_warm_up_runs_without_falling_back():
    """warm.py swallows its own errors so that a forkserver never fails; this says it does not need to."""
    import subprocess
    import sys

    script = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)\n"
        "import generator.build.warm\n"
        "from generator.analysis.cues import load_cues\n"
        "print('rules compiled:', load_cues.cache_info().currsize)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "without warming" not in result.stdout
    assert "rules compiled: 1" in result.stdout


EARLY_START = """
import sys
from pathlib import Path
import generator.build.build as build
import generator.build.parallel as parallel
parallel.PARALLEL_FROM = build.PARALLEL_FROM = 2
events = []
start, load = build.start_workers_early, build.load_policies
def starting():
    events.append("start")
    start()
def loading(*args, **options):
    events.append("load")
    return load(*args, **options)
build.start_workers_early, build.load_policies = starting, loading
root, policies, docs, cache = (Path(arg) for arg in sys.argv[1:5])
config = build.BuildConfig(policies, root / "templates", docs, jobs=2, page_rows=3, cache=cache)
result = build.build_site(config)
assert result.stats.jobs == 2 and result.stats.cached == 0, result.stats
edited = sorted(policies.glob("*/*.md"))[0]
edited.write_text(edited.read_text(encoding="utf-8") + "\\nWe may update this policy.\\n", encoding="utf-8")
build.build_site(config)
print(events)
"""


def test_a_cold_build_starts_its_analysis_workers_while_it_loads_the_policies(tmp_path, sample_policies):
    """The forkserver's warm-up (rules, dictionary) overlaps loading on a cold build; a build that finds
    its reports in the cache (an edit under ``mkdocs serve``) starts no worker it will not use."""
    import shutil

    from tests.conftest import ROOT

    policies = tmp_path / "policies"
    shutil.copytree(sample_policies, policies)
    args = [str(ROOT), str(policies), str(tmp_path / "docs"), str(tmp_path / "cache")]
    run = subprocess.run([sys.executable, "-c", EARLY_START, *args], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "['start', 'load', 'load']"


def _resident_mib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    raise AssertionError("no VmRSS line")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads resident memory from /proc")
def test_memory_of_freed_policy_texts_goes_back_to_the_system_before_the_page_workers_fork():
    # texts of a few kilobytes, as policy bodies are: freed, the C allocator keeps them resident, and a
    # forked page worker would start with them; the build releases them first
    texts = [("policy text " * 1700) + str(number) for number in range(5000)]  # about 100 MB
    survivors = [str(number) * 3 for number in range(5000)]  # small objects allocated between them
    held = _resident_mib()
    del texts
    if not parallel.release_freed_memory():
        pytest.skip("this C library has no malloc_trim")
    assert _resident_mib() < held - 60, "the freed texts are still resident"
    assert len(survivors) == 5000
