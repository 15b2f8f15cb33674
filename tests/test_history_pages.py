"""Version pages, history pages and "Recent changes": links, escaping, anchors that survive a new version."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.build.build import BuildConfig, build_site
from tests.conftest import ROOT, policy_text, write_policy

V1 = """# Privacy

We collect your email address when you register.

We do not sell or rent your personal information to anyone.

Questions? Write to privacy@example.com.
"""

V2 = """# Privacy

We collect your email address and your phone number when you register.

We do not sell or rent your personal information to anyone.

Questions? Write to privacy@example.com.

We use cookies.
"""


def build(tmp_path: Path, policies: Path) -> Path:
    docs = tmp_path / "docs"
    build_site(BuildConfig(policies, ROOT / "templates", docs))
    return docs


def front(page: str) -> dict:
    return yaml.safe_load(page.split("---\n")[1])


def ids(page: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', page))


def test_quote_link_into_an_unchanged_paragraph_still_resolves_after_a_new_version(tmp_path):
    policies = tmp_path / "policies"
    write_policy(policies, policy_text(V1, archived="2020-01-02"), archived="2020-01-02")
    docs = build(tmp_path, policies)
    policy_page = (docs / "policies/example-com.md").read_text()
    (quote,) = front(policy_page)["plainpolicy"]["answers"]["sells_data"]["evidence"]
    link = quote["anchor"]  # a reader cites policies/example-com/#<anchor>
    assert link in ids(policy_page)

    write_policy(policies, policy_text(V2, archived="2021-05-06"), archived="2021-05-06")
    docs = build(tmp_path, policies)
    current = (docs / "policies/example-com.md").read_text()
    assert front(current)["plainpolicy"]["archived"] == "2021-05-06"
    assert link in ids(current), "the cited paragraph did not change, so its anchor must still be on the policy page"
    assert link in ids((docs / "policies/example-com/2020-01-02.md").read_text())
    (new_quote,) = front(current)["plainpolicy"]["answers"]["sells_data"]["evidence"]
    assert new_quote["anchor"] == link


def test_version_pages_say_which_version_they_show_and_link_the_current_one(tmp_path):
    policies = tmp_path / "policies"
    write_policy(policies, policy_text(V1, archived="2020-01-02"), archived="2020-01-02")
    write_policy(policies, policy_text(V2, archived="2021-05-06"), archived="2021-05-06")
    docs = build(tmp_path, policies)
    main = (docs / "policies/example-com.md").read_text()
    assert 'Version of <a href="2021-05-06/"' in main
    assert '1 earlier version: <a href="2020-01-02/">2 January 2020</a>' in main
    assert '<a href="history/">What changed</a>' in main and 'href="feed.xml"' in main
    old = (docs / "policies/example-com/2020-01-02.md").read_text()
    assert "<strong>This is an older version</strong>" in old
    assert '<a href="../">Read the current version</a> (of 6 May 2021)' in old
    assert front(old)["search"] == {"exclude": True} and "tags" not in front(old)
    latest = (docs / "policies/example-com/2021-05-06.md").read_text()
    assert "the latest on record" in latest and "older version" not in latest
    # The policy page carries the latest version in full; its dated page points there instead of repeating it.
    assert '<a href="../">Example\'s policy page</a> shows it in full' in latest
    assert 'class="pp-fulltext"' not in latest and front(latest)["search"] == {"exclude": True}
    history = (docs / "policies/example-com/history.md").read_text()
    assert "{#change-2021-05-06}" in history
    assert "Now uses cookies" in history
    assert 'href="../#practice-cookies"' in history
    changes = (docs / "changes.md").read_text()
    assert 'href="../policies/example-com/history/#change-2021-05-06"' in changes
    assert 'href="../feed.xml"' in changes


def test_policy_text_in_a_diff_is_escaped(tmp_path):
    policies = tmp_path / "policies"
    write_policy(policies, policy_text("Plain words here today.\n", archived="2020-01-02"), archived="2020-01-02")
    hostile = "Plain words <script>alert(1)</script> here {{ today }} {% raw %}.\n"
    write_policy(policies, policy_text(hostile, archived="2021-01-02"), archived="2021-01-02")
    history = (build(tmp_path, policies) / "policies/example-com/history.md").read_text()
    assert "<script>" not in history
    assert "&lt;script&gt;" in history
    assert "{{ today }}" in history


def test_single_version_policy_has_an_empty_history_and_feed(tmp_path):
    policies = tmp_path / "policies"
    write_policy(policies, policy_text(V1), archived="2020-01-02")
    docs = build(tmp_path, policies)
    assert "Only one version is on record" in (docs / "policies/example-com/history.md").read_text()
    assert "<entry>" not in (docs / "policies/example-com/feed.xml").read_text()
    assert "No policy has changed yet." in (docs / "changes.md").read_text()
