"""PlainPolicy: privacy policies in plain words, with evidence.

Data flows down, one package per stage (the README's code map says what each
module does and where new code goes):

- ``read``: load and validate ``policies/``, import archive files, segment text;
- ``analysis``: answers with evidence, summary, grade, readability, look-alikes,
  history facts (``analysis.pipeline.report_version``: one version, text to report);
- ``pages``: view objects, Jinja2 pages, feeds and exports (the output producers);
- ``build``: runs the stages for a folder of policies (cache, processes, atomic output);
- ``tools``: evaluation, corpus analysis, the ``analyze`` command.

At the top: ``models`` (the typed objects stages hand each other), ``contract``
(the JSON form of an answer), ``practices`` and ``schemas`` (the questions and
the data files), ``errors``, ``files``; ``cli`` and ``mkdocs_plugin`` drive the build.

The names below are the public API; they are imported on first use, so
``import generator`` stays cheap (the command line starts without loading the analyzer).
"""

from importlib import import_module

__version__ = "0.1.0"

_PUBLIC = {
    "BuildConfig": "generator.build.build",
    "BuildResult": "generator.build.build",
    "build_site": "generator.build.build",
    "load_policies": "generator.read.load",
    "segment": "generator.read.segment",
    "analyze": "generator.analysis.analyze",
    "report_version": "generator.analysis.pipeline",
    "report_policy": "generator.analysis.pipeline",
    "answer_data": "generator.contract",
    "analysis_data": "generator.contract",
    "load_practices": "generator.practices",
    "PRODUCERS": "generator.pages.producers",
    "Producer": "generator.pages.producers",
    "SiteError": "generator.errors",
    "PolicyError": "generator.errors",
    "PolicyErrors": "generator.errors",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> object:
    if name in _PUBLIC:
        return getattr(import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'generator' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
