"""The "Follow" page: every Atom feed of the site, with plain instructions for feed readers and email."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import PolicyReport
from .paths import (
    CORRECTIONS_FEED,
    FOLLOW_PAGE,
    POLICY_INDEX,
    SITE_FEED,
    feed_path,
    policy_path,
    practice_feed_path,
    practice_path,
)
from .render import Renderer, relative


@dataclass(frozen=True)
class FeedView:
    title: str
    """What the feed tells about, in plain words."""
    href: str
    """Link from the Follow page."""
    address: str
    """The address to paste into a feed reader: absolute when the site's address is known."""
    page_href: str = ""
    """The page the feed is about, when there is one."""


def follow_page(renderer: Renderer, reports: list[PolicyReport]) -> dict[str, str]:
    path = FOLLOW_PAGE

    def view(title: str, feed: str, page: str = "") -> FeedView:
        return FeedView(title, relative(path, feed), renderer.site_url + feed, relative(path, page) if page else "")

    site = [
        view("Every change to every policy", SITE_FEED),
        view("Corrections: answers a person checked and corrected", CORRECTIONS_FEED),
    ]
    questions = [
        view(q.question, practice_feed_path(q.key), practice_path(q.key)) for q in renderer.practices.questions
    ]
    shown = reports[: renderer.page_rows]
    policies = [
        view(r.current.version.meta.name, feed_path(r.slug), policy_path(r.slug)) for r in shown
    ]
    return {
        path: renderer.render_page(
            "follow.md.j2",
            path,
            front={
                "title": "Follow changes",
                "description": "Atom feeds of policy changes, of one question across all policies, and of corrections.",
            },
            site=site,
            questions=questions,
            policies=policies,
            more_policies=len(reports) - len(shown),
            policy_index=relative(path, POLICY_INDEX),
        )
    }
