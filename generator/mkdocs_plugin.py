"""MkDocs plugin: ``mkdocs build`` and ``mkdocs serve`` run the generator themselves.

A thin seam over ``build.build_site``, the same function the CLI calls.
``on_config`` generates before MkDocs collects files; ``on_serve`` watches the
policies and templates so an edit regenerates the pages. The generator writes
only changed files, so its own writes settle after one reload.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import InclusionLevel

from .build import BuildConfig, build_site
from .errors import SiteError

log = logging.getLogger("mkdocs.plugins.plainpolicy")


class PlainPolicyConfig(base.Config):
    policies = c.Type(str, default="policies")
    """Folder of policies, relative to mkdocs.yml."""
    templates = c.Type(str, default="templates")
    """Folder of Jinja2 templates, relative to mkdocs.yml."""
    evaluation_gold = c.Type(str, default="tests/data/gold")
    """Hand-checked answers the methodology page scores the analyzer on (skipped when missing)."""
    evaluation_heldout = c.Type(str, default="tests/data/heldout")
    """Hand-labelled answers never used to tune the rules (skipped when missing)."""
    evaluation_texts = c.Type(str, default="tests/data/texts")
    keep_going = c.Type(bool, default=False)
    """Build the valid policies and log each invalid one as a warning (``--strict`` then fails at the end)."""


class PlainPolicyPlugin(BasePlugin[PlainPolicyConfig]):
    def _paths(self, config) -> tuple[Path, Path]:  # noqa: ANN001 - MkDocsConfig
        project = Path(config.config_file_path).parent
        return project / self.config.policies, project / self.config.templates

    def _evaluation(self, config) -> tuple[tuple[str, Path, Path], ...]:  # noqa: ANN001 - MkDocsConfig
        project = Path(config.config_file_path).parent
        texts = project / self.config.evaluation_texts
        return (
            ("Development set", project / self.config.evaluation_gold, texts),
            ("Held-out set", project / self.config.evaluation_heldout, texts),
        )

    def on_config(self, config):  # noqa: ANN001, ANN201 - MkDocs event signature
        policies, templates = self._paths(config)
        repo_url = (config.repo_url or "").rstrip("/") or None
        site_url = config.site_url or ""
        try:
            result = build_site(
                BuildConfig(
                    policies,
                    templates,
                    Path(config.docs_dir),
                    keep_going=self.config.keep_going,
                    repo_url=repo_url,
                    site_url=site_url,
                    evaluation=self._evaluation(config),
                )
            )
        except SiteError as error:
            raise PluginError(f"plainpolicy: {error}") from None
        for problem in result.problems:
            log.warning("plainpolicy: %s", problem)
        write = result.write
        log.info(
            "plainpolicy: %d policies, %d files written, %d unchanged",
            len(result.reports),
            len(write.written),
            write.unchanged,
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

    def on_serve(self, server, config, builder):  # noqa: ANN001, ANN201 - MkDocs event signature
        for folder in self._paths(config):
            server.watch(str(folder))
        return server
