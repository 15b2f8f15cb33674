"""What a reader can do about a policy: its own routes, request letters, and reporting a wrong answer.

For every answer that is worse for the reader, the routes are what the policy
itself gives, found in the answer's detail and evidence: links (from the
evidence paragraphs' own links and addresses written out), email addresses and
settings paths ("Account Settings", "Settings > Privacy"). For access and
deletion, a request letter (wording in ``data/letters.yaml``) is addressed to
the policy's privacy contact. All of it is plain data: the template escapes
every value, and nothing is ever sent from the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from urllib.parse import quote, urlsplit

import yaml

from ..analysis.summarize import answer_sentence
from ..models import Answer, Document, VersionReport
from ..practices import Practices

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
    r"(?![\w-])"
)
"""An email address as policies write them (no quoted local parts, no ``%``: safe in a ``mailto:`` as is)."""
_WRITTEN_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_SETTINGS = re.compile(
    # "Account Settings", "your browser settings", "email preferences", "preference center"
    r"(?i:\b(?:account|privacy|profile|e-?mail|notification|communication|cookie|browser|ad|marketing|subscription)s?"
    r"\s+(?:settings|preferences)\b|\bpreference cent(?:er|re)\b)"
    # "Settings > Privacy > Ads": a path of capitalised menu names
    r"|\b[A-Z][\w']*(?: [A-Z][\w']*){0,2}(?:\s*(?:>|→|»)\s*[A-Z][\w']*(?: [A-Z][\w']*){0,2})+"
)
_ROUTE_WORDS = (
    "opt", "unsubscribe", "choice", "prefer", "setting", "cookie", "privacy", "aboutads", "networkadvertising",
    "youronlinechoices", "delet", "remov", "request", "form", "contact", "account", "manage", "dnt",
)
"""A link in an evidence paragraph is a route when its text or address has one of these (not a link to the terms)."""
_PRIVACY_MAILBOX = re.compile(r"privacy|dpo|data.?protection|gdpr|legal|compliance", re.IGNORECASE)
_TRAILING = ".,;:!?"
ARCHIVE_HOST = "web.archive.org"
LETTER_KEYS = ("access", "deletion")


@dataclass(frozen=True)
class Route:
    kind: str
    """``link``, ``email`` or ``settings``."""
    text: str
    """What the reader sees: the address, or the settings path as the policy words it."""
    href: str | None
    """``https:``/``http:`` or ``mailto:`` link; None for a settings path."""


@dataclass(frozen=True)
class AnswerRoutes:
    key: str
    question: str
    sentence: str
    href: str
    """Link to the answer on the page."""
    routes: tuple[Route, ...]


@dataclass(frozen=True)
class Letter:
    key: str
    title: str
    law: str
    to: str | None
    """The policy's privacy email address, when it gives one."""
    subject: str
    body: str
    mailto: str


@dataclass(frozen=True)
class ReaderActions:
    answers: tuple[AnswerRoutes, ...]
    """Every answer worse for the reader, with the routes the policy gives (maybe none)."""
    letters: tuple[Letter, ...]
    contact_routes: tuple[Route, ...]
    """Every email address the policy gives for privacy questions."""


@cache
def letter_wording() -> dict:
    return yaml.safe_load(resources.files("generator").joinpath("data/letters.yaml").read_text("utf-8"))


def reader_actions(
    report: VersionReport, practices: Practices, *, answer_hrefs: dict[str, str], policy_url: str
) -> ReaderActions:
    """Routes for every answer worse for the reader, and the access and deletion letters."""
    document = report.document
    links = dict(document.links)
    answers = []
    if report.analysis.analysed:
        for answer in report.analysis.answers:
            question = practices[answer.key]
            if not set(answer.values) & set(question.bad):
                continue
            answers.append(
                AnswerRoutes(
                    key=answer.key,
                    question=question.question,
                    sentence=answer_sentence(practices, answer),
                    href=answer_hrefs[answer.key],
                    routes=answer_routes(answer, document, links, policy_url),
                )
            )
    emails = contact_emails(report)
    meta = report.version.meta
    letters = tuple(
        request_letter(key, meta.name, emails[0] if emails else None, policy_url, meta.archived.isoformat())
        for key in LETTER_KEYS
    )
    return ReaderActions(tuple(answers), letters, tuple(Route("email", e, f"mailto:{e}") for e in emails))


def answer_routes(
    answer: Answer, document: Document, links: dict[str, tuple[tuple[str, str], ...]], policy_url: str
) -> tuple[Route, ...]:
    """The routes in an answer's detail, its quotes and the paragraphs they stand in, in that order, once each."""
    texts = [answer.detail or ""] + [e.quote for e in answer.evidence]
    anchors = [e.anchor for e in answer.evidence if e.anchor]
    for anchor in anchors:
        try:
            texts.append(document.paragraph(anchor).text)
        except KeyError:
            continue
    found: dict[str, Route] = {}
    for anchor in anchors:
        for href, text in links.get(anchor, ()):
            url = live_url(href, policy_url)
            if url and any(word in (text + " " + url).lower() for word in _ROUTE_WORDS):
                found.setdefault(url, Route("link", url, url))
    for text in texts:
        lowered = text.lower()
        # each pattern tries every position of the text; most texts hold none of its literals
        if "http" in lowered or "www." in lowered:
            for written in _WRITTEN_URL.findall(text):
                url = live_url(written.rstrip(_TRAILING), policy_url)
                if url and any(word in url.lower() for word in _ROUTE_WORDS):
                    found.setdefault(url, Route("link", url, url))
        if "@" in text:
            for email in EMAIL.findall(text):
                found.setdefault(f"mailto:{email.lower()}", Route("email", email, f"mailto:{email}"))
        if "setting" not in lowered and "preference" not in lowered:
            continue
        for match in _SETTINGS.finditer(text):
            path = " ".join(match.group(0).split())
            found.setdefault(f"settings:{path.lower()}", Route("settings", path, None))
    return tuple(found.values())


def live_url(href: str, policy_url: str) -> str | None:
    """An ``http(s)`` address as the policy gave it; an archive copy's link turned back into the original."""
    if href.lower().startswith("www."):
        href = "http://" + href
    parts = urlsplit(href)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if parts.netloc.lower() == ARCHIVE_HOST:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        original = re.match(r"/web/\d+(?:[a-z]{2}_)?/(https?:/{1,2}.+)$", target)
        if original:
            return re.sub(r"^(https?:)/+", r"\1//", original.group(1))
        # The archive rewrote a link relative to the site as a link to itself: put the site back.
        site = urlsplit(policy_url)
        if site.scheme in ("http", "https") and site.netloc and not parts.path.startswith("/web/"):
            return f"{site.scheme}://{site.netloc}{target}"
        return None
    return href


def contact_emails(report: VersionReport) -> tuple[str, ...]:
    """The policy's email addresses for privacy questions, best first.

    Addresses quoted as the contact answer's evidence (or in its paragraphs) come
    first, then the rest of the text's; within each, a privacy mailbox
    (privacy@, dpo@, legal@...) before the others.
    """
    document = report.document
    contact = next((a for a in report.analysis.answers if a.key == "contact"), None)
    cited = []
    for evidence in contact.evidence if contact else ():
        cited.append(evidence.quote)
        try:
            cited.append(document.paragraph(evidence.anchor).text)
        except KeyError:
            continue
    ordered: dict[str, None] = {}
    for group in (cited, [p.text for p in document.paragraphs]):
        emails = [e for text in group if "@" in text for e in EMAIL.findall(text)]
        for email in sorted(emails, key=lambda e: not _PRIVACY_MAILBOX.search(e.split("@")[0])):
            ordered.setdefault(email, None)
    return tuple(ordered)


def request_letter(key: str, organisation: str, email: str | None, policy_url: str, archived: str) -> Letter:
    """One request letter, filled in for this organisation, with a ``mailto:`` link that opens it ready to send."""
    wording = letter_wording()[key]
    values = {
        "organisation": organisation,
        "contact": email or "no email address in its privacy policy",
        "policy_url": policy_url,
        "archived": archived,
    }
    body = wording["body"].format_map(values).strip() + "\n"
    subject = wording["subject"].format_map(values)
    mailto = f"mailto:{email or ''}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return Letter(key, wording["title"], wording["law"], email, subject, body, mailto)


def report_href(repo_url: str, *, policy: str, question: str, answer: str, slug: str, key: str) -> str:
    """The "report a wrong answer" issue form, its fields filled in (GitHub reads them from the query)."""
    fields = {
        "template": "report-a-wrong-answer.yml",
        "title": f"Wrong answer: {slug} / {key}",
        "policy": policy,
        "question": question,
        "answer": answer,
    }
    # the bytes of urlencode(fields, quote_via=quote); the questions and answer sentences repeat on every page
    query = "&".join(f"{_quoted(name)}={_quoted(value)}" for name, value in fields.items())
    return f"{repo_url}/issues/new?{query}"


@lru_cache(maxsize=4096)
def _quoted(text: str) -> str:
    return quote(text, safe="")
