"""One edit at N policies, as issue 16 measured it: ``python -m bench.edit_rebuild PROJECT MODE [PROFILE]``.

PROJECT is a folder made by ``bench.run.make_project`` (or any project with ``policies/`` and
``templates/``). ``build_site`` runs in this process with ``jobs=1``, configured as the MkDocs
plugin is (``repo_url``, ``site_url``, committed evaluation and reliability, report cache).

Modes:

* ``cold``: build (fill the cache first: run it once before ``edit``);
* ``edit``: append one line to the first policy file, then build (what the bench's one-edit run does);
* ``serve``: two edits in one process, as ``mkdocs serve`` reloads; the second is what a reload costs.

With PROFILE, cProfile statistics of the (last) build are written there. Prints CPU and wall
seconds and the peak RSS of this process; compare runs interleaved, with the load beside them.
"""

from __future__ import annotations

import cProfile
import resource
import sys
import time
from pathlib import Path


def edit(project: Path) -> None:
    first = sorted((project / "policies").glob("*/*.md"))[0]
    with first.open("a", encoding="utf-8") as stream:
        stream.write(f"\nWe may update this policy ({time.time_ns()}).\n")


def main() -> None:
    from generator.build.build import BuildConfig, build_site
    from generator.tools.accuracy import committed_results, reliability_scores

    project, mode = Path(sys.argv[1]), sys.argv[2]
    profile = sys.argv[3] if len(sys.argv) > 3 else None
    config = BuildConfig(
        project / "policies", project / "templates", project / "docs",
        repo_url="https://github.com/plainpolicy/plainpolicy", site_url="https://plainpolicy.github.io/plainpolicy/",
        evaluation=committed_results(), reliability=reliability_scores(),
        jobs=1, cache=project / ".cache/plainpolicy", progress=False,
    )  # fmt: skip
    rounds = {"cold": 1, "edit": 1, "serve": 2}[mode]
    for round_ in range(1, rounds + 1):
        if mode != "cold":
            edit(project)
        profiler = cProfile.Profile() if profile and round_ == rounds else None
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        result = build_site(config)
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{mode} {round_}: cpu {time.process_time() - cpu:.2f} s, wall {time.perf_counter() - wall:.2f} s,"
            f" peak {peak:.0f} MB, written {len(result.write.written)},"
            f" from cache {result.stats.cached if result.stats else None}"
        )


if __name__ == "__main__":  # workers of a forkserver import this module again: build only here
    main()
