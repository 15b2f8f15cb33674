"""MkDocs plugin: ``mkdocs build`` and ``mkdocs serve`` run the generator themselves.

A thin seam over ``build.build_site``, the same function the CLI calls.
``on_config`` generates before MkDocs collects files; ``on_serve`` watches the
policies and templates so an edit regenerates the pages. The generator writes
only changed files, so its own writes settle after one reload. On large sites
``on_post_build`` indexes the built HTML with Pagefind (``search.py``).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import InclusionLevel

from .build.build import BuildConfig, build_site
from .characters import shown
from .errors import SiteError, describe_os_error
from .pages.pagination import DEFAULT_PAGE_ROWS
from .pages.render import templates_folder
from .build.parallel import default_jobs
from .build.splice import Cut, blocks_again, cut, paste, remember, without_analysis
from .build.search import DEFAULT_PAGEFIND_FROM, MODES, PART_MB, StreamedIndex, choose, searchable, use_pagefind
from .models import EvaluationScores
from .pages.render import GENERATED_MARK
from .tools.accuracy import committed_results, evaluation_sets, reliability_scores, score_sets

log = logging.getLogger("mkdocs.plugins.plainpolicy")
_MARK_LINE = f"generated_by: {GENERATED_MARK}"


class PlainPolicyConfig(base.Config):
    policies = c.Type(str, default="policies")
    """Folder of policies, relative to mkdocs.yml."""
    templates = c.Type(str, default="templates")
    """Folder of Jinja2 templates, relative to mkdocs.yml; when it is missing, the templates that ship with
    the package."""
    evaluation = c.Type(list, default=[])
    """Sets the methodology page scores the analyzer on: items ``{label, gold, texts, about}``
    (folders relative to mkdocs.yml; a missing ``gold`` folder is skipped), scored at build time.
    Empty: the figures committed with the package (``tools.accuracy``)."""
    keep_going = c.Type(bool, default=False)
    """Build the valid policies and log each invalid one as a warning (``--strict`` then fails at the end)."""
    cache = c.Type(str, default=".cache/plainpolicy")
    """Report cache folder, relative to mkdocs.yml; empty to analyse every policy on every build."""
    jobs = c.Type(int, default=0)
    """Processes analysing changed policies; 0 for all cores."""
    page_rows = c.Type(int, default=DEFAULT_PAGE_ROWS)
    """Listings (compare, per-question pages, the policy index) longer than this are split into pages."""
    search = c.Choice(MODES, default="auto")
    """``lunr`` (Material's index), ``pagefind``, or ``auto``: Pagefind from ``pagefind_from`` policies on."""
    pagefind_from = c.Type(int, default=DEFAULT_PAGEFIND_FROM)
    pagefind_part_mb = c.Type((int, float), default=PART_MB)
    """Past this much HTML (MB), Pagefind indexes the site in parts, each under 2 GB of memory (``search``)."""
    splice = c.Type(bool, default=True)
    """Pass the pre-rendered full text of policy pages around Python-Markdown (``splice``); off only to compare."""


class PlainPolicyPlugin(BasePlugin[PlainPolicyConfig]):
    search_engine = "lunr"
    generator_seconds = 0.0
    """Time the generator took in the last ``on_config`` (the benchmark reads the log line)."""
    command = "build"
    serve_index: Path | None = None
    """Under ``mkdocs serve``: the Pagefind index of the session's first build, reused on reloads."""
    index_stream: StreamedIndex | None = None
    """This build's Pagefind index, fed page by page (``on_post_page``) when the site uses Pagefind."""

    def on_startup(self, *, command, dirty) -> None:  # noqa: ANN001
        # Defining on_startup also keeps this instance across mkdocs serve's rebuilds.
        self.command = command

    def _paths(self, config) -> tuple[Path, Path]:  # noqa: ANN001 - MkDocsConfig
        project = Path(config.config_file_path).parent
        return project / self.config.policies, templates_folder(project / self.config.templates)

    def _evaluation(self, config) -> tuple[EvaluationScores, ...]:  # noqa: ANN001 - MkDocsConfig
        if not self.config.evaluation:
            return committed_results()
        project = Path(config.config_file_path).parent
        try:
            sets = evaluation_sets(self.config.evaluation, project)
        except ValueError as error:
            raise PluginError(f"plainpolicy: {error}") from None
        return score_sets(sets, project / self.config.cache if self.config.cache else None)

    def build_config(self, config) -> BuildConfig:  # noqa: ANN001 - MkDocsConfig
        """The generator's settings from mkdocs.yml: the one source for the plugin and ``plainpolicy build``."""
        policies, templates = self._paths(config)
        project = Path(config.config_file_path).parent
        return BuildConfig(
            policies,
            templates,
            Path(config.docs_dir),
            keep_going=self.config.keep_going,
            repo_url=(config.repo_url or "").rstrip("/") or None,
            site_url=config.site_url or "",
            evaluation=self._evaluation(config),
            reliability=reliability_scores(),
            jobs=self.config.jobs or default_jobs(),
            cache=project / self.config.cache if self.config.cache else None,
            page_rows=max(1, self.config.page_rows),
        )

    @event_priority(100)  # before Material's search plugin reads its own config
    def on_config(self, config):  # noqa: ANN001, ANN201 - MkDocs event signature
        self._spliced: dict[str, Cut] = {}
        self._short_content: dict[str, str] = {}
        build = self.build_config(config)
        started = time.perf_counter()
        try:
            result = build_site(build)
            self.search_engine = choose(self.config.search, result.policy_count, self.config.pagefind_from)
        except SiteError as error:
            raise PluginError(f"plainpolicy: {shown(str(error))}") from None
        except OSError as error:  # a full or read-only disk: one line naming the path, no traceback
            raise PluginError(f"plainpolicy: {shown(describe_os_error(error))}") from None
        except Exception as error:
            if os.environ.get("PLAINPOLICY_DEBUG") == "1":
                raise
            raise PluginError(
                f"plainpolicy: unexpected failure ({type(error).__name__}: {shown(str(error))}); this is a bug,"
                " please report it (PLAINPOLICY_DEBUG=1 shows where)."
            ) from None
        for problem in result.problems:
            log.warning("plainpolicy: %s", shown(str(problem)))
        self.generator_seconds = time.perf_counter() - started
        if self.search_engine == "pagefind":
            use_pagefind(config)
        write = result.write
        cached = result.stats.cached if result.stats else 0
        log.info(
            "plainpolicy: %d policies (%s), %d files written, %d unchanged, in %.2f s; search: %s",
            result.policy_count,
            "nothing changed" if result.up_to_date else f"{cached} from cache",
            len(write.written),
            write.unchanged,
            self.generator_seconds,
            self.search_engine,
        )
        return None

    def on_files(self, files, config):  # noqa: ANN001, ANN201 - MkDocs event signature
        """Version and history pages (``policies/<slug>/*.md``) are reached from policy pages, not the nav.

        ``not_in_nav`` in mkdocs.yml covers ``policies/*.md``; this covers the
        pages one folder down, so MkDocs does not list them as missing from the nav.
        """
        for file in files.documentation_pages():
            parts = file.src_uri.split("/")
            if len(parts) == 3 and parts[0] == "policies" and file.inclusion.is_in_nav():
                file.inclusion = InclusionLevel.NOT_IN_NAV
        return None

    def on_page_read_source(self, page, config):  # noqa: ANN001, ANN201 - MkDocs event signature
        """A generated page as MkDocs reads it: without the analysis in its front matter (``without_analysis``).

        The analysis is for readers of the Markdown and for tools; no template uses it, and MkDocs would
        parse it (a tenth of its build) and keep it for every page until the build ends (10 KB a page).
        """
        try:
            source = page.file.content_string
        except (OSError, ValueError):
            return None  # MkDocs reads it again and reports the error its own way
        return without_analysis(source, _MARK_LINE)

    def on_page_markdown(self, markdown, page, config, files):  # noqa: ANN001, ANN201 - MkDocs event signature
        """Cut the pre-rendered blocks out of generated pages (``splice``); ``on_page_context`` restores them."""
        if page.meta.get("generated_by") != GENERATED_MARK:
            return markdown
        if not self.config.splice:
            return markdown
        markdown, blocks = cut(markdown)
        if blocks:
            self._spliced[page.file.src_uri] = remember(blocks)
        return markdown

    def on_page_content(self, html, page, config, files):  # noqa: ANN001, ANN201 - MkDocs event signature
        kept = self._spliced.get(page.file.src_uri)
        if kept is not None:
            page.present_anchor_ids = (page.present_anchor_ids or set()) | kept.anchors
        return html

    @event_priority(100)  # before the search plugin indexes the page
    def on_page_context(self, context, page, config, nav):  # noqa: ANN001, ANN201 - MkDocs event signature
        """Put the blocks back as MkDocs renders the page (only then: see ``splice``)."""
        kept = self._spliced.get(page.file.src_uri)
        if kept is None:
            return context
        try:
            blocks = blocks_again(page.file.content_string, kept)
            self._short_content[page.file.src_uri] = page.content
            page.content = paste(page.content, blocks)
        except ValueError as error:
            raise PluginError(f"plainpolicy: {page.file.src_uri}: {error}") from None
        return context

    def on_pre_build(self, *, config) -> None:  # noqa: ANN001
        self.index_stream = None
        reusing = self.command == "serve" and self.serve_index is not None and self.serve_index.is_dir()
        if self.search_engine == "pagefind" and not reusing:
            self.index_stream = StreamedIndex(Path(config.site_dir), self.config.pagefind_part_mb)

    @event_priority(-100)  # last: the HTML Pagefind indexes is the HTML MkDocs writes
    def on_post_page(self, output, page, config):  # noqa: ANN001, ANN201 - MkDocs event signature
        """The page is made: hand it to Pagefind if search indexes it, keep its short form for the rest of the build."""
        short = self._short_content.pop(page.file.src_uri, None)
        if short is not None:
            page.content = short
        # the pages Material's search would index: not the permanent version pages, nor files that are no page
        if self.index_stream is not None and searchable(page.meta) and output.strip():
            try:
                self.index_stream.add(page.file.dest_uri, output.encode("utf-8", errors="xmlcharrefreplace"))
            except OSError as error:
                raise PluginError(f"plainpolicy: search index: {describe_os_error(error)}") from None
        return output

    def on_post_build(self, *, config) -> None:  # noqa: ANN001
        if self.search_engine != "pagefind":
            return
        site = Path(config.site_dir)
        if self.index_stream is None:
            # Re-indexing a large site on every reload would take longer than the reload itself.
            shutil.copytree(self.serve_index, site / "pagefind", dirs_exist_ok=True)
            log.info("plainpolicy: pagefind index of the first build reused (restart serve to refresh it)")
            return
        stream, self.index_stream = self.index_stream, None
        try:
            seconds, waited = stream.finish()
        except SiteError as error:
            raise PluginError(f"plainpolicy: {error}") from None
        log.info(
            "plainpolicy: pagefind indexed %d pages in %.2f s, while MkDocs made them; %.2f s after MkDocs",
            stream.pages, seconds, waited,
        )
        if self.command == "serve":
            self.serve_index = Path(tempfile.mkdtemp(prefix="plainpolicy-pagefind-")) / "pagefind"
            shutil.copytree(site / "pagefind", self.serve_index)

    def on_build_error(self, *, error) -> None:  # noqa: ANN001
        if self.index_stream is not None:
            self.index_stream.abandon()
            self.index_stream = None

    def on_serve(self, server, config, builder):  # noqa: ANN001, ANN201 - MkDocs event signature
        for folder in self._paths(config):
            server.watch(str(folder))
        return server


def site_build_config(config_file: Path) -> BuildConfig:
    """``plainpolicy build``'s settings from ``config_file`` (mkdocs.yml), as ``mkdocs build`` would take them."""
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    plugin = config.plugins.get("plainpolicy")
    if not isinstance(plugin, PlainPolicyPlugin):
        raise PluginError(f"{config_file}: the plainpolicy plugin is not enabled")
    return plugin.build_config(config)
