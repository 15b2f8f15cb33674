"""``plainpolicy`` / ``python -m generator``: the command line.

Errors from the stages become messages here and nowhere else; exit code 2
means bad input (nothing was written), 1 an unexpected failure.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .characters import shown
from .errors import SiteError, describe_os_error

INPUT_ERROR = 2
UNEXPECTED = 1


def _say_error(message: str) -> None:
    # shown(): terminal escapes, U+200B and U+202E in a file name are printed as \xNN / \uNNNN
    for line in shown(str(message)).split("\n"):
        click.echo(f"error: {line}", err=True)


def _fail(error: SiteError) -> None:
    _say_error(str(error))
    sys.exit(INPUT_ERROR)


class _NoTraceback(click.Group):
    """Every command: a failure of the disk or a bug is one ``error:`` line and exit 1, never a traceback.

    ``PLAINPOLICY_DEBUG=1`` shows the traceback of a bug for whoever fixes it.
    """

    def invoke(self, ctx: click.Context):  # noqa: ANN201 - click's signature
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except SiteError as error:
            _fail(error)
        except OSError as error:
            _say_error(describe_os_error(error))
            sys.exit(UNEXPECTED)
        except Exception as error:
            if os.environ.get("PLAINPOLICY_DEBUG") == "1":
                raise
            _say_error(f"unexpected failure ({type(error).__name__}: {error}); this is a bug, please report it"
                       " (PLAINPOLICY_DEBUG=1 shows where).")
            sys.exit(UNEXPECTED)


@click.group(cls=_NoTraceback)
@click.version_option(__version__, prog_name="plainpolicy")
def main() -> None:
    """PlainPolicy: privacy policies in plain words, with evidence."""


@main.command()
@click.option("--config-file", type=click.Path(path_type=Path), default=Path("mkdocs.yml"), show_default=True,
              help="Site settings (site_url, repo_url, the plainpolicy plugin's options), when the file exists.")
@click.option("--policies", type=click.Path(path_type=Path), help="[default: policies]")
@click.option("--templates", type=click.Path(path_type=Path), help="[default: templates]")
@click.option("--docs", type=click.Path(path_type=Path), help="[default: docs]")
@click.option("--keep-going", is_flag=True, help="Build the valid policies and report the invalid ones.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Processes for analysis (0: all cores).")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), help="Report cache folder [default: .cache/plainpolicy].")
@click.option("--no-cache", is_flag=True, help="Analyse every policy, ignoring and not filling the cache.")
@click.option("--page-rows", type=click.IntRange(min=1),
              help="Split listings (compare, per-question, policy index) into pages of this many rows [default: 200].")
def build(
    config_file: Path, policies: Path | None, templates: Path | None, docs: Path | None, keep_going: bool, jobs: int,
    cache_dir: Path | None, no_cache: bool, page_rows: int | None,
) -> None:
    """Generate the site's pages and data into DOCS (without running MkDocs).

    Settings come from mkdocs.yml when it exists, as ``mkdocs build`` takes them, so running one
    after the other re-renders nothing; options given here win.
    """
    from dataclasses import replace

    from .build.build import BuildConfig, build_site
    from .build.parallel import default_jobs
    from .pages.render import templates_folder
    from .tools.accuracy import committed_results, reliability_scores

    try:
        if config_file.is_file():
            from .mkdocs_plugin import site_build_config

            config = site_build_config(config_file)
        else:
            config = BuildConfig(Path("policies"), templates_folder(Path("templates")), Path("docs"),
                                 evaluation=committed_results(), reliability=reliability_scores(),
                                 cache=Path(".cache/plainpolicy"))  # fmt: skip
    except Exception as error:  # noqa: BLE001 - mkdocs' own configuration errors, reported plainly
        _say_error(f"{config_file}: {error}")
        sys.exit(INPUT_ERROR)
    given = {"policies": policies, "templates": templates and templates_folder(templates), "docs": docs, "page_rows": page_rows, "cache": cache_dir}
    config = replace(
        config, **{k: v for k, v in given.items() if v is not None}, keep_going=keep_going or config.keep_going,
        jobs=jobs or default_jobs(),
    )
    if no_cache:
        config = replace(config, cache=None)
    try:
        result = build_site(config)
    except SiteError as error:
        _fail(error)
    for problem in result.problems:
        _say_error(str(problem))
    write = result.write
    click.echo(
        f"{result.policy_count} policies: {len(write.written)} files written, {write.unchanged} unchanged,"
        f" {len(write.removed)} stale removed"
    )
    if result.problems:
        sys.exit(INPUT_ERROR)


def _docs_dir(config_file: Path) -> Path:
    """The ``docs_dir`` a MkDocs configuration names (``docs`` beside it by default)."""
    import yaml

    class Loader(yaml.SafeLoader):
        """Reads mkdocs.yml's plain keys; its ``!!python/name`` and ``!ENV`` tags are not needed here."""

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        raw = yaml.load(config_file.read_text("utf-8"), Loader=Loader)  # noqa: S506 - SafeLoader subclass
    except (OSError, yaml.YAMLError):
        raw = None
    docs = raw.get("docs_dir") if isinstance(raw, dict) else None
    return config_file.parent / (docs if isinstance(docs, str) and docs else "docs")


@main.command(name="site")
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"), show_default=True)
@click.option("--config-file", "-f", type=click.Path(dir_okay=False, path_type=Path), default=Path("mkdocs.yml"),
              show_default=True)
def site_command(site_dir: Path, config_file: Path) -> None:
    """Build the site with `mkdocs build --strict` beside SITE_DIR and swap it in only if the build succeeds."""
    from .build.publish import publish_site

    # MkDocs checks that docs_dir exists before any plugin runs; in a new project the generator has not made it yet.
    _docs_dir(config_file).mkdir(parents=True, exist_ok=True)
    code = publish_site(site_dir, ["--strict", "--config-file", str(config_file)])
    if code != 0:
        _say_error(f"the site was not built (mkdocs exited with {code}); {site_dir} is left as it was.")
        sys.exit(code)


@main.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--policies", type=click.Path(path_type=Path), default=Path("policies"), show_default=True)
@click.option("--force", is_flag=True, help="Replace versions that exist already.")
@click.option("--tag", "tags", multiple=True, help="Tag to give the imported policies (repeatable).")
def import_command(files: tuple[Path, ...], policies: Path, force: bool, tags: tuple[str, ...]) -> None:
    """Import archive-dataset FILES as policies/<slug>/<date>.md."""
    from .read.importer import import_files

    try:
        written = import_files(list(files), policies, force=force, tags=tags)
    except SiteError as error:
        _fail(error)
    for path in written:
        click.echo(f"wrote {path}")


@main.command(name="check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--policies", type=click.Path(path_type=Path), default=Path("policies"), show_default=True)
def check_command(files: tuple[Path, ...], policies: Path) -> None:
    """Validate policy FILES (all of them when none are given) with the build's rules.

    Each problem is printed as a GitHub workflow annotation (::error file=...,line=...::message),
    which GitHub shows on the pull request's diff; exits 2 when there is any.
    """
    from .tools.check import annotation, check_files

    problems = check_files(list(files), policies)
    for problem in problems:
        click.echo(annotation(problem))
    checked = (f"{len(files)} file" + "s" * (len(files) != 1)) if files else f"every policy in {policies}"
    if problems:
        click.echo(f"{len(problems)} problem{'s' * (len(problems) != 1)} in {checked}", err=True)
        sys.exit(INPUT_ERROR)
    click.echo(f"checked {checked}: no problems", err=True)


@main.command(name="analyze")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="text", show_default=True)
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Analyse every .md/.txt file under this folder into --out (streamed, resumable).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="JSON Lines output for --corpus.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address for --engine dask (tcp://host:8786).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, help="Local processes (0: all cores).")
def analyze_command(
    files: tuple[Path, ...], output_format: str, corpus: Path | None, out: Path | None, engine: str,
    scheduler: str | None, jobs: int,
) -> None:
    """Answer the practice questions for policy FILES (any format: see the README), or a whole --corpus."""
    if corpus is not None:
        if files or out is None:
            raise click.UsageError("--corpus DIR needs --out FILE.jsonl and no FILES.")
        _analyze_corpus(corpus, out, engine, scheduler, jobs)
        return
    if not files:
        raise click.UsageError("give policy FILES, or --corpus DIR --out FILE.jsonl.")
    from .tools.analysis_io import analyze_file

    try:
        results = [analyze_file(path) for path in files]
    except SiteError as error:
        _fail(error)
    if output_format == "json":
        payload = results[0] if len(results) == 1 else results
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for result in results:
        click.echo(f"# {result['slug']}")
        if result.get("analysed") is False:
            click.echo(f"not analysed: the text is in another language ({result['language']})")
        for key, answer in result["answers"].items():
            value = answer["answer"]
            shown = ", ".join(value) if isinstance(value, list) else value
            detail = f" ({answer['detail']})" if answer["detail"] else ""
            click.echo(f"{key}: {shown}{detail}")
            for quote in answer["evidence"]:
                click.echo(f"    #{quote['anchor']}: {quote['quote']}")


@main.command(name="evaluate")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Directory of gold answer files.")
@click.option(
    "--texts",
    "texts_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Root of the gold files' `file:` paths [default: GOLD/../texts].",
)
@click.option(
    "--overrides",
    "policies_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Also list where the analyzer disagrees with the overrides of the policies in this directory.",
)
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="text", show_default=True)
@click.option(
    "--write",
    "results_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Score the project's own gold sets (run in a clone) and write the figures the methodology page shows"
    " to this file (generator/data/evaluation.json).",
)
def evaluate_command(
    gold_dir: Path | None, texts_dir: Path | None, policies_dir: Path | None, output_format: str,
    results_file: Path | None,
) -> None:
    """Score the analyzer against hand-checked answers. Always exits 0: it measures, it doesn't judge."""
    from .tools import evaluate as ev
    from .tools import overrides as ov

    if results_file is not None:
        _write_results(results_file)
        return
    if gold_dir is None and policies_dir is None:
        raise click.UsageError("give --gold DIR, --overrides POLICIES_DIR, --write FILE, or --gold and --overrides.")
    try:
        evaluation = ev.evaluate(gold_dir, texts_dir or gold_dir.parent / "texts") if gold_dir else None
        disagreements = ov.override_disagreements(policies_dir) if policies_dir else None
    except SiteError as error:
        _fail(error)
    if output_format == "json":
        payload = ev.to_json(evaluation) if evaluation else {}
        if disagreements is not None:
            payload["overrides"] = ov.disagreements_json(disagreements)
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if evaluation:
        click.echo(ev.format_text(evaluation, label=gold_dir.name))
    if disagreements is not None:
        click.echo(ov.format_disagreements(disagreements))


@main.command(name="train-ranking")
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("tests/data/real/tuning/gold"), show_default=True,
              help="Gold answers to learn from: the tuning set, never the blind one.")
@click.option("--texts", "texts_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Root of the gold files' `file:` paths [default: GOLD/../texts].")
@click.option("--folds", type=click.IntRange(min=2), help="Also estimate by cross-validation over this many folds of policies.")
@click.option("--write", "weights_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the weights here (generator/data/evidence_ranking.yaml); without it, only report.")
def train_ranking_command(gold_dir: Path, texts_dir: Path | None, folds: int | None, weights_file: Path | None) -> None:
    """Learn which candidate quote an answer shows first, from the labellers' evidence (needs the `train` extra)."""
    from .files import write_atomic
    from .tools import ranking

    from importlib.util import find_spec

    if find_spec("sklearn") is None:  # said before minutes of reading, not after
        raise click.UsageError("training needs scikit-learn: pip install -e '.[train]'")
    examples, policies = ranking.collect(gold_dir, texts_dir or gold_dir.parent / "texts")
    training = ranking.train_on(examples, policies, gold_dir)
    facts = training.weights["trained_on"]
    click.echo(
        f"{training.policies} policies, {training.examples} answers with a choice of quotes, {facts['pairs']} pairs:"
        f" first quote in a quoted paragraph {facts['first_landed_by_hand']} by hand,"
        f" {facts['first_landed_learned']} learned (on the answers it learned from)"
    )
    if folds:  # on the answers already read: reading the gold set again would double the run
        learned = ranking.cross_validated(examples, folds)
        click.echo(f"{folds}-fold cross-validation by policy: {learned} of {len(examples)} learned,"
                   f" {facts['first_landed_by_hand']} by hand")
    if weights_file is not None:
        write_atomic(weights_file, ranking.ranking_yaml(training.weights).encode("utf-8"))
        click.echo(f"wrote {weights_file}")


def _write_results(results_file: Path) -> None:
    from .files import write_atomic
    from .tools.accuracy import DEFAULT_EVALUATION, evaluation_sets, results_text, score_sets

    sets = evaluation_sets(DEFAULT_EVALUATION, Path("."))
    missing = [str(s.gold) for s in sets if not s.gold.is_dir()]
    if missing:
        raise click.UsageError(f"run in a clone of the project: no gold folder {', '.join(missing)}.")
    try:
        scores = score_sets(sets)
        write_atomic(results_file, results_text(scores).encode("utf-8"))
    except SiteError as error:
        _fail(error)
    click.echo(f"wrote {results_file}: {len(scores)} evaluation sets")


def _analyze_corpus(corpus: Path, out: Path, engine: str, scheduler: str | None, jobs: int) -> None:
    import time

    from .tools.corpus import analyze_corpus
    from .build.parallel import default_jobs

    started = time.perf_counter()
    show = sys.stderr.isatty()

    def progress(done: int) -> None:
        if show:
            click.echo(f"\r{done:,} analysed", nl=False, err=True)

    try:
        stats = analyze_corpus(
            corpus, out, engine=engine, jobs=jobs or default_jobs(), scheduler=scheduler, progress=progress
        )
    except SiteError as error:
        _fail(error)
    seconds = time.perf_counter() - started
    if show:
        click.echo("", err=True)
    click.echo(
        f"{stats.analysed} analysed ({stats.failed} unreadable), {stats.skipped} already in {out}, in {seconds:.1f} s"
    )


if __name__ == "__main__":  # pragma: no cover
    main()
