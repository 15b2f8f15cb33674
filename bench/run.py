"""``make bench``: build synthetic corpora and time every stage; writes ``bench/results.md``.

For each size: write the corpus (bench/corpus.py), then, each in a fresh
process: the generator stage by stage (one process, no cache), the real
build cold (empty cache, ``--jobs`` = all cores), warm with nothing changed,
warm after editing one policy (what a ``mkdocs serve`` reload runs), then
``mkdocs build --strict`` (generator up to date, so this is MkDocs' own work
plus search indexing) and the time to the first search result in chromium.

    python -m bench.run --sizes 100,1000,10000 --runs 3 --mkdocs-runs 3,1,1
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import platform
import re
import shutil
import sys
import threading
import time
from functools import partial
from pathlib import Path

from bench.corpus import ROOT, distinctness, read_sources, write_corpus
from bench.proctree import run_tree

PYTHON = sys.executable


def fresh(mode: str, project: Path, jobs: int = 1) -> dict:
    """One measured run in a new process; with its process tree's CPU time and peak memory
    (the analysis workers included: ``bench/proctree.py``)."""
    out = run_tree([PYTHON, "-m", "bench.stages", mode, str(project), str(jobs)], cwd=ROOT)
    if out["returncode"] != 0:
        raise SystemExit(f"bench.stages {mode} failed:\n{out['stderr'][-3000:]}")
    result = json.loads(out["stdout"].strip().splitlines()[-1])
    result.update(tree_cpu=out["tree_cpu"], tree_max_mb=out["max_mb"], tree_peaks_mb=out["peaks_mb"])
    return result


def make_project(target: Path, size: int) -> dict:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", target / "templates")
    (target / "docs").mkdir()
    shutil.copy(ROOT / "docs/about.md", target / "docs/about.md")
    shutil.copytree(ROOT / "docs/assets", target / "docs/assets")
    started = time.perf_counter()
    paths = write_corpus(target / "policies", size, sources=read_sources())
    stats = distinctness(paths)
    stats["write_seconds"] = time.perf_counter() - started
    stats["megabytes"] = sum(p.stat().st_size for p in paths) / 1e6
    return stats


def mkdocs_build(project: Path) -> dict:
    # the plugin's code from this checkout: in a worktree, the environment's editable install points at
    # another checkout, whose edits during a run would be measured instead (the 10,000 build of
    # 2026-12-06 07:00 re-analysed every policy inside `mkdocs build` for that reason)
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": os.pathsep.join(paths)}
    started = time.perf_counter()
    tree = run_tree([PYTHON, "-c", _MKDOCS_WITH_RUSAGE, str(project)], cwd=project, env=env)
    wall = time.perf_counter() - started
    if tree["returncode"] != 0:
        raise SystemExit(f"mkdocs build failed in {project}:\n{tree['stderr'][-3000:]}")
    log = tree["stderr"]
    generator = float(re.search(r"in ([\d.]+) s; search", log).group(1))
    # Pagefind indexes while MkDocs makes pages: what the site waits for is the part after MkDocs.
    pagefind = re.search(r"pagefind indexed \d+ pages in ([\d.]+) s, while MkDocs made them; ([\d.]+) s after", log)
    search_seconds = float(pagefind.group(2)) if pagefind else None
    peak = float(re.search(r"PEAK_MB=([\d.]+)", tree["stdout"]).group(1))
    site = project / "site"
    index = site / "search/search_index.json"
    pagefind_dir = site / "pagefind"
    pages = sum(1 for _ in site.rglob("*.html"))
    return {
        "wall": wall,
        "tree_cpu": tree["tree_cpu"],
        "tree_max_mb": tree["max_mb"],
        "tree_peaks_mb": tree["peaks_mb"],
        "pages": pages,
        "generator": generator,
        "search": search_seconds,
        "search_overlapped": float(pagefind.group(1)) if pagefind else None,
        "mkdocs": wall - generator - (search_seconds or 0),
        "peak_mb": peak,
        "engine": "pagefind" if pagefind else "lunr",
        "index_mb": (index.stat().st_size / 1e6) if index.exists() else
        sum(p.stat().st_size for p in pagefind_dir.rglob("*") if p.is_file()) / 1e6,
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
    }


_MKDOCS_WITH_RUSAGE = """
import resource, sys
from mkdocs.__main__ import cli
try:
    cli.main(["build", "--strict", "--site-dir", sys.argv[1] + "/site"], standalone_mode=False)
finally:
    print("PEAK_MB=%.1f" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
"""


def first_result(site: Path, query: str) -> dict | None:
    """Seconds from typing the query to the first result, and bytes fetched meanwhile, in chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return None
    handler = partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(url)
            fetched: list = []
            page.on("requestfinished", lambda request: fetched.append(request))
            started = time.perf_counter()
            page.get_by_label("Search", exact=False).first.click()
            page.keyboard.type(query)
            page.locator(".md-search-result__link").first.wait_for(timeout=120_000)
            seconds = time.perf_counter() - started
            page.wait_for_timeout(500)
            total = sum(r.sizes()["responseBodySize"] for r in fetched)
            browser.close()
    finally:
        server.shutdown()
    return {"seconds": seconds, "bytes": total}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


def measure(size: int, work: Path, runs: int, mkdocs_runs: int, jobs: int) -> dict:
    project = work / f"n{size}"
    print(f"[{size}] writing the corpus", flush=True)
    corpus = make_project(project, size)
    results: dict = {"size": size, "corpus": corpus}
    print(f"[{size}] stages", flush=True)
    results["stages"] = [fresh("stages", project) for _ in range(runs)]
    cold, warm, edit = [], [], []
    for run in range(runs):
        print(f"[{size}] build cold/warm/edit, run {run + 1}", flush=True)
        # moved aside, deleted after the measurements: on ext4, creating files right after deleting tens of
        # thousands costs about 20 times more kernel time per file (the inode allocator skips the inodes
        # just freed), which a cold build on a fresh clone does not pay (bench/notes.md)
        aside = work / f"aside-{size}-{run}"
        aside.mkdir(parents=True, exist_ok=True)
        for name in ("stages-docs", ".cache", "docs/policies"):
            if (project / name).exists():
                (project / name).rename(aside / name.replace("/", "-"))
        cold.append(fresh("build", project, jobs))
        warm.append(fresh("build", project, jobs))
        edit.append(fresh("serve-edit", project, jobs))
    results.update(cold=cold, warm=warm, edit=edit)
    results["mkdocs"] = []
    for run in range(mkdocs_runs):
        print(f"[{size}] mkdocs build, run {run + 1}", flush=True)
        results["mkdocs"].append(mkdocs_build(project))
    name = sorted((project / "policies").glob("*/*.md"))[size // 2].read_text("utf-8").split("\nname: ")[1].split("\n")[0]
    print(f"[{size}] first search result for {name!r}", flush=True)
    results["search"] = first_result(project / "site", name)
    results["query"] = name
    # deleted last: deleting them before `mkdocs build` would make it pay for creating files after a mass delete
    for run in range(runs):
        shutil.rmtree(work / f"aside-{size}-{run}", ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", default="3,3,1", help="generator runs per size (medians are reported)")
    parser.add_argument("--mkdocs-runs", default="3,1,1", help="mkdocs build runs per size")
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "plainpolicy-bench")
    parser.add_argument("--json", type=Path, default=ROOT / "bench/results.json")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results.md")
    args = parser.parse_args()
    from generator.build.parallel import default_jobs

    jobs = args.jobs or default_jobs()
    sizes = [int(s) for s in args.sizes.split(",")]
    runs = _per_size(args.runs, len(sizes))
    mkdocs_runs = _per_size(args.mkdocs_runs, len(sizes))
    machine = _machine(jobs)
    results = []
    for size, n_runs, n_mkdocs in zip(sizes, runs, mkdocs_runs):
        results.append(measure(size, args.work, n_runs, n_mkdocs, jobs))
        machine["load_after"] = os.getloadavg()
        args.json.write_text(json.dumps({"machine": machine, "results": results}, indent=1) + "\n")
        from bench.report import write_report

        write_report(args.json, args.out)
    print(f"wrote {args.out}")


def _per_size(value: str, count: int) -> list[int]:
    items = [int(v) for v in value.split(",")]
    return (items + [items[-1]] * count)[:count]


def _machine(jobs: int) -> dict:
    from importlib.metadata import version

    cpu = "unknown"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        memory = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal"))) / 1e6
    except (OSError, StopIteration):
        memory = 0.0
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "jobs": jobs,
        "memory_gb": round(memory, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": {name: version(name) for name in ("mkdocs", "mkdocs-material", "pagefind", "jinja2", "markdown-it-py")},
        "load_before": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


if __name__ == "__main__":
    main()
