"""``plainpolicy import``: turn archive-dataset files into ``policies/<slug>/<date>.md``.

The dataset format (the Princeton-Leuven longitudinal privacy policy dataset)
starts with a banner line naming the site, the archive date and the snapshot::

    > *The following text is extracted and transformed from the X privacy policy that
    > was archived on DATE. Please check the [original snapshot on the Wayback Machine](URL)...*
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import yaml

from ..errors import PolicyError, PolicyErrors, SiteError
from ..files import confined, write_atomic
from .front_matter import parse_front_matter, plain_text_problem
from .load import decode_policy_bytes

MAX_BANNER_CHARS = 2000
"""A first line longer than this is not the archive banner."""
MAX_TITLE_CHARS = 200
"""Only this much of a page title is used to guess the name (real titles are far shorter)."""

_BANNER = re.compile(
    r"^>\s*\*?The following text is extracted and transformed from the (?P<domain>\S+?) privacy policy"
    r" that was archived on (?P<date>\d{4}-\d{2}-\d{2})\.(?:.*?\]\((?P<snapshot>[^)\s]+)\))?"
)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•]+\s+|\s*::\s*|\s*[|·•]\s*|:\s+")
_TITLE_NOISE = re.compile(
    r"\b(?:web|data|online)?\s*privacy\s*(?:polic(?:y|ies)|statements?|notices?)?\b|\bpolic(?:y|ies)\b|\bcontact\b"
    r"|\([^)]*\)|\bUS\b$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Imported:
    slug: str
    date: str
    text: str
    """The whole file to write: front matter and body."""

    @property
    def relative_path(self) -> str:
        return f"{self.slug}/{self.date}.md"


def slug_for_domain(domain: str) -> str:
    """``usa.kaspersky.com`` style domains become ``usa-kaspersky-com``."""
    slug = re.sub(r"[^a-z0-9]+", "-", domain.lower().removeprefix("www.")).strip("-")
    if not slug:
        raise SiteError(f"cannot make a slug from domain {domain!r}")
    return slug


def guess_name(title: str | None, domain: str) -> str:
    """A reader's name for the organisation, from a page title such as 'Privacy Policy | Kaspersky Lab US'.

    Titles are page titles, not names; the guess prefers the part of the title
    that contains the domain's main label, cleaned of 'Privacy Policy' and the like.
    Maintainers correct the result by hand.
    """
    label = domain.lower().removeprefix("www.").split(".")[0]
    fallback = label.capitalize()
    if not title:
        return fallback
    candidates = []
    for part in _TITLE_SEPARATORS.split(title):
        if _squashed(part) == label:  # spelled like the domain: a name such as 'Foreign Policy', noise words and all
            named = part.strip()
            return fallback if named.islower() else named
        cleaned = re.sub(r"\s{2,}", " ", _TITLE_NOISE.sub(" ", part)).strip(" ,-|:")
        if not cleaned:
            continue
        squashed = _squashed(cleaned)
        if label in squashed or squashed in label:
            candidates.append(cleaned)
    if not candidates:
        return fallback
    best = min(candidates, key=len)
    return fallback if best.islower() else best


def _squashed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def parse_dataset_file(path: Path | str, text: str) -> tuple[str, str, str | None, str]:
    """Return domain, archive date, snapshot URL and the body of a dataset file."""
    first, _, rest = text.partition("\n")
    # Real banners have about 300 characters; the pattern is quadratic on a hostile long line.
    match = _BANNER.match(first) if len(first) <= MAX_BANNER_CHARS else None
    if not match:
        raise PolicyErrors(
            [PolicyError(path, 1, "banner", "first line is not the archive banner ('> *The following text is extracted...').")]
        )
    return match["domain"], match["date"], match["snapshot"], rest.lstrip("\n")


def original_url(snapshot: str | None, domain: str) -> str:
    """The policy's own address, recovered from a Wayback Machine snapshot URL."""
    if snapshot:
        found = re.search(r"/web/\d+(?:[a-z]{2}_)?/(.+)$", snapshot)
        if found:
            url = unquote(found.group(1))
            if url.startswith(("http://", "https://")):
                return url
    return f"https://{domain}/"


def convert(path: Path | str, raw: bytes, *, tags: tuple[str, ...] = ()) -> Imported:
    """Convert one dataset file into a policy file (front matter + unchanged body)."""
    text = decode_policy_bytes(path, raw)
    domain, date, snapshot, body = parse_dataset_file(path, text)
    title = first_heading(body)
    slug = slug_for_domain(domain)
    name = guess_name(title[:MAX_TITLE_CHARS] if title else None, domain)
    if plain_text_problem(name):
        name = guess_name(None, domain)
    meta: dict[str, object] = {
        "name": name,
        "slug": slug,
        "domain": domain.lower(),
        "url": original_url(snapshot, domain),
        "archived": date,
        "snapshot": snapshot,
        "title": title,
        "tags": list(tags),
    }
    meta = {key: value for key, value in meta.items() if value not in (None, [])}
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    imported = Imported(slug=slug, date=date, text=f"---\n{front}---\n\n{body}")
    try:  # what the importer writes must load: check it with the loader's own rules
        parse_front_matter(path, imported.text)
    except PolicyErrors as problems:
        raise PolicyErrors(
            [
                PolicyError(path, 1, f"banner: {e.field}", e.message.rstrip(".") + " (from the banner line).")
                for e in problems.errors
            ]
        ) from None
    return imported


def first_heading(body: str) -> str | None:
    """The text of the first ATX heading (``# Title``), scanned line by line.

    A regular expression for this (``^#{1,6}\\s+(.+?)\\s*#*\\s*$``) took 47 s on a
    heading with 2,000 spaces in it.
    """
    for line in body.split("\n"):
        stripped = line.lstrip(" ")
        level = len(stripped) - len(stripped.lstrip("#"))
        if 1 <= level <= 6 and stripped[level : level + 1] in (" ", "\t"):
            title = stripped[level:].strip().rstrip("#").strip()
            if title:
                return title
    return None


def import_files(
    paths: list[Path], policies_root: Path, *, force: bool = False, tags: tuple[str, ...] = ()
) -> list[Path]:
    """Import dataset files into ``policies_root``; refuses to overwrite unless ``force``.

    Every file is checked before anything is written, so a bad file in the list
    leaves the policies folder untouched.

    Returns:
        The paths written.
    """
    converted: list[tuple[Path, Imported]] = []
    errors: list[PolicyError] = []
    for path in paths:
        try:
            converted.append((path, convert(path, path.read_bytes(), tags=tags)))
        except PolicyErrors as problems:
            errors.extend(problems.errors)
    seen: dict[str, Path] = {}
    for path, item in converted:
        target = confined(policies_root, item.relative_path)
        if item.relative_path in seen:
            errors.append(PolicyError(path, 1, "archived", f"same policy and date as {seen[item.relative_path]}."))
        seen[item.relative_path] = path
        if target.exists() and not force:
            errors.append(PolicyError(path, 1, "archived", f"{target} exists already; pass --force to replace it."))
    if errors:
        raise PolicyErrors(errors)
    written = []
    for _path, item in converted:
        target = confined(policies_root, item.relative_path)
        write_atomic(target, item.text.encode("utf-8"))
        written.append(target)
    return written
