"""One measurement, in a fresh process: ``python -m bench.stages MODE PROJECT``.

Modes:

* ``stages``: every generator stage on its own, one process, no cache
  (load, segment, analyze, summarize, render, export, write), wall and CPU
  seconds and the peak memory after each stage.
* ``build``: ``build_site`` as the CLI and plugin run it (``--jobs``, with the
  project's cache), total wall time and peak memory of this process and of
  its worker processes.

Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def stages(project: Path) -> dict:
    from generator.analysis.analyze import analyze
    from generator.analysis.grade import grade
    from generator.analysis.history import policy_history
    from generator.analysis.readability import measure
    from generator.analysis.similarity import look_alikes_with_index
    from generator.analysis.summarize import summarize
    from generator.build.output import write_outputs
    from generator.models import PolicyReport, VersionReport
    from generator.pages.producers import SiteData, produce_all
    from generator.pages.render import Renderer
    from generator.read.load import load_policies
    from generator.read.segment import segment

    result: dict[str, dict] = {}
    clock = [time.perf_counter(), time.process_time()]

    def mark(stage: str) -> None:
        now = [time.perf_counter(), time.process_time()]
        result[stage] = {"wall": now[0] - clock[0], "cpu": now[1] - clock[1], "peak_mb": _peak_mb()}
        clock[:] = [time.perf_counter(), time.process_time()]

    policies, _ = load_policies(project / "policies")
    versions = [v for p in policies for v in p.versions]
    mark("load")
    documents = [segment(v.body) for v in versions]
    mark("segment")
    analyses = [analyze(d, v.meta.overrides) for d, v in zip(documents, versions)]
    mark("analyze")
    summaries = [summarize(a, v.meta.name, v.meta.archived) for a, v in zip(analyses, versions)]
    grades = [grade(a) for a in analyses]
    readability = [measure(d) for d in documents]
    mark("summarize")
    parts = zip(versions, documents, analyses, summaries, grades, readability)
    reports = iter(VersionReport(*part) for part in parts)
    policy_reports = [PolicyReport(p.slug, tuple(next(reports) for _ in p.versions)) for p in policies]
    look_alikes, _ = look_alikes_with_index(policy_reports)
    histories = [policy_history(r, grades=[v.grade.letter for v in r.versions]) for r in policy_reports]
    mark("look-alikes")
    # pages are made as the writer reaches them (streamed): rendering and writing are one stage
    site = SiteData(policy_reports, look_alikes, histories, (), "", Renderer(project / "templates"), None)
    outputs = produce_all(site)
    written = write_outputs(project / "stages-docs", outputs)
    mark("render + export + write")
    return {"stages": result, "policies": len(policies), "files": len(written.written) + written.unchanged}


def build(project: Path, jobs: int) -> dict:
    """``plainpolicy build`` as the CLI runs it: settings from the project's mkdocs.yml, as
    ``mkdocs build`` reads them, so a later ``mkdocs build`` finds the generator up to date."""
    import dataclasses

    from generator.build.build import build_site
    from generator.mkdocs_plugin import site_build_config

    config = dataclasses.replace(site_build_config(project / "mkdocs.yml"), jobs=jobs, progress=False)
    started, cpu = time.perf_counter(), time.process_time()
    result = build_site(config)
    return {
        "wall": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "peak_mb": _peak_mb(),
        "peak_children_mb": _peak_mb(resource.RUSAGE_CHILDREN),
        "policies": result.policy_count,
        "cached": result.stats.cached if result.stats else None,
        "up_to_date": result.up_to_date is not None,
        "written": len(result.write.written),
    }


def edit_one(project: Path) -> None:
    """Append a sentence to the first policy file, as a person editing it would."""
    first = sorted((project / "policies").glob("*/*.md"))[0]
    with first.open("a", encoding="utf-8") as stream:
        stream.write(f"\nWe may update this policy ({time.time_ns()}).\n")


def serve_edit(project: Path, jobs: int) -> dict:
    """What ``mkdocs serve`` pays for an edit once it is running: one edit and build to load
    what every build loads once per process (the rules, the pronunciation dictionary), then
    a second edit, measured."""
    edit_one(project)
    build(project, jobs)
    edit_one(project)
    return build(project, jobs)


def main() -> None:
    mode, project = sys.argv[1], Path(sys.argv[2])
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    modes = {"stages": lambda: stages(project), "build": lambda: build(project, jobs), "serve-edit": lambda: serve_edit(project, jobs)}
    print(json.dumps(modes[mode]()))


if __name__ == "__main__":
    main()
