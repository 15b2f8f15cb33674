"""The policy pages: each version of a policy laid out with its answers, quotes, grade and full text,
and the latest version's permanent page that points to the policy page. A part of ``render.Renderer``.
"""

from __future__ import annotations

from markupsafe import Markup

from ..analysis.similarity import LookAlike
from ..analysis.summarize import human_date
from ..models import PolicyReport, VersionReport
from .actions import reader_actions, report_href
from .paths import COMPARE_PAGE, feed_path, policy_path
from .views import AnswerView, embed_view, feed_link, mark_evidence, page_url, relative, version_nav


class PolicyPages:
    """The policy and version pages of ``render.Renderer`` (which provides ``answer_views``, ``_page``, the
    site's settings and the questions to show on the card)."""

    def policy_page(
        self, report: PolicyReport, path: str, *, related: list[LookAlike] | None = None, names: dict | None = None
    ) -> str:
        """The policy page: the current version, found by readers and search."""
        return self.version_page(report, len(report.versions) - 1, path, related=related, names=names)

    def version_page(
        self,
        report: PolicyReport,
        index: int,
        path: str,
        *,
        related: list[LookAlike] | None = None,
        names: dict | None = None,
    ) -> str:
        """One version of a policy, laid out like the policy page.

        On ``policies/<slug>.md`` it is the current version; on a dated page
        (``policies/<slug>/<date>.md``) it is marked as that version, kept out of
        search and tag lists so readers land on the current one.
        """
        shown = report.versions[index]
        meta = shown.version.meta
        versions = version_nav(report, index, path)
        answers = self.answer_views(shown, path, path)
        views = {a.key: a for a in answers}
        cited: dict[str, list[AnswerView]] = {}
        for answer in shown.analysis.answers:
            for anchor in dict.fromkeys(e.anchor for e in answer.evidence if e.anchor):
                cited.setdefault(anchor, []).append(views[answer.key])
        if versions.on_policy_page:
            front = {
                "title": meta.name,
                "description": f"What {meta.name}'s privacy policy says, in plain words, with quotes.",
                "tags": list(meta.tags),
            }
        else:
            front = {
                "title": f"{meta.name}, version of {human_date(meta.archived)}",
                "description": f"{meta.name}'s privacy policy as archived on {human_date(meta.archived)}.",
                "search": {"exclude": True},
            }
        front["feeds"] = [feed_link(f"{meta.name}: privacy policy changes", feed_path(report.slug))]
        archived = meta.archived.isoformat()
        actions = reader_actions(
            shown, self.practices, answer_hrefs={a.key: a.href for a in answers}, policy_url=str(meta.url)
        )
        return self._page(
            "policy.md.j2",
            path,
            front=front,
            facts_of=shown,
            meta=meta,
            report=shown,
            summary=shown.summary.sentences,
            answers=answers,
            fulltext=Markup(mark_evidence(shown.document.html, cited)),
            versions=versions,
            page_ref=page_url(path),
            repo_url=self.repo_url,
            report_links=self.report_links(answers, page_url(path), meta.slug) if self.repo_url else {},
            actions=actions,
            grade=shown.grade,
            reasons=self.grade_reasons(shown, views),
            readability=shown.readability,
            card=[a for a in answers if a.key in self.card_keys],
            compare_href=relative(path, COMPARE_PAGE, f"row-{report.slug}"),
            embed=embed_view(report.slug, meta.name, shown.grade.letter, answers, path, self.site_url)
            if versions.on_policy_page
            else None,
            related=[
                (names.get(item.other_slug, item.other_slug) if names else item.other_slug,
                 relative(path, policy_path(item.other_slug)), item)
                for item in related or ()
                if item.archived == archived
            ],
        )

    def report_links(self, answers: tuple[AnswerView, ...], page: str, slug: str) -> dict[str, str]:
        """Per answer, the "report a wrong answer" issue form with the policy, question and answer filled in."""
        assert self.repo_url
        return {
            a.key: report_href(
                self.repo_url, policy=f"{self.site_url}{page}#practice-{a.key}", question=a.question,
                answer=a.sentence, slug=slug, key=a.key,
            )
            for a in answers
        }

    def current_version_page(self, report: PolicyReport, path: str) -> str:
        """The latest version's permanent page: a pointer to the policy page, which shows that version in full.

        It becomes a full page (``version_page``) once a newer version arrives.
        """
        meta = report.current.version.meta
        front = {
            "title": f"{meta.name}, version of {human_date(meta.archived)}",
            "description": f"{meta.name}'s privacy policy as archived on {human_date(meta.archived)}.",
            "search": {"exclude": True},
        }
        versions = version_nav(report, len(report.versions) - 1, path)
        return self._page(
            "version_current.md.j2", path, front=front, facts_of=report.current, meta=meta, versions=versions
        )

    def grade_reasons(
        self, report: VersionReport, views: dict[str, AnswerView]
    ) -> list[tuple[AnswerView, float, float]]:
        """The answers that counted towards the grade, most influential first (``views``: the page's, by key)."""
        counted = sorted(report.grade.contributions, key=lambda c: (-abs(c.weight * c.points), c.key))
        return [(views[c.key], c.weight, c.points) for c in counted if c.points]
