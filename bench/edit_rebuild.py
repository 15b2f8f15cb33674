"""One edit at N policies, as issue 16 measured it: ``python -m bench.edit_rebuild PROJECT MODE [PROFILE]``.

PROJECT is a folder made by ``bench.run.make_project`` (or any project with a ``mkdocs.yml``,
``policies/`` and ``templates/``). ``build_site`` runs in this process with ``jobs=1``, configured as the MkDocs
plugin is, from that ``mkdocs.yml`` (``repo_url``, ``site_url``, evaluation, reliability, report cache).

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


def main() -> None:
    import dataclasses

    from bench.stages import edit_one
    from generator.build.build import build_site
    from generator.mkdocs_plugin import site_build_config

    project, mode = Path(sys.argv[1]), sys.argv[2]
    profile = sys.argv[3] if len(sys.argv) > 3 else None
    # configured as the plugin and the CLI are: from the project's mkdocs.yml
    config = dataclasses.replace(site_build_config(project / "mkdocs.yml"), jobs=1, progress=False)
    rounds = {"cold": 1, "edit": 1, "serve": 2}[mode]
    for round_ in range(1, rounds + 1):
        if mode != "cold":
            edit_one(project)
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
