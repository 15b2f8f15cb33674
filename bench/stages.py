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
    from generator.pages.export import export_data
    from generator.read.load import load_policies
    from generator.models import PolicyReport, VersionReport
    from generator.build.output import write_outputs
    from generator.pages.render import Renderer
    from generator.read.segment import segment
    from generator.analysis.summarize import summarize

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
    mark("summarize")
    reports = iter(VersionReport(*parts) for parts in zip(versions, documents, analyses, summaries))
    policy_reports = [PolicyReport(p.slug, tuple(next(reports) for _ in p.versions)) for p in policies]
    outputs = Renderer(project / "templates").render_all(policy_reports)
    mark("render")
    outputs.update(export_data(policy_reports))
    mark("export")
    write_outputs(project / "stages-docs", outputs)
    mark("write")
    return {"stages": result, "policies": len(policies), "files": len(outputs)}


def build(project: Path, jobs: int) -> dict:
    from generator.build.build import BuildConfig, build_site

    config = BuildConfig(
        project / "policies", project / "templates", project / "docs",
        repo_url="https://github.com/plainpolicy/plainpolicy", site_url="https://plainpolicy.github.io/plainpolicy/",
        jobs=jobs, cache=project / ".cache/plainpolicy", progress=False,
    )  # fmt: skip
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


def main() -> None:
    mode, project = sys.argv[1], Path(sys.argv[2])
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    data = stages(project) if mode == "stages" else build(project, jobs)
    print(json.dumps(data))


if __name__ == "__main__":
    main()
