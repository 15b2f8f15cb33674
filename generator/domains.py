"""Domain names as the lookup API keys them: one normal form for every way of writing a site's name.

A browser extension looking up ``https://WWW.Bücher.de/shop`` and a policy's
front matter saying ``bücher.de`` must meet on the same file name, so both go
through ``normalise_domain``: lower case, a trailing dot and a leading ``www.``
removed, and international names in their ASCII (IDNA 2008, UTS #46) form, the
form DNS itself uses: ``xn--bcher-kva.de``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import idna

DOMAIN_PATTERN = r"^[a-z0-9.-]+\.(?:[a-z]{2,}|xn--[a-z0-9-]+)$"
"""What a normalised domain looks like: ASCII labels, a top-level domain of letters or its IDNA form."""
_NORMAL = re.compile(DOMAIN_PATTERN)


@lru_cache(maxsize=65536)
def normalise_domain(text: str) -> str:
    """The lookup form of a domain name (kept per text: every build asks again for every policy's domains).

    Raises:
        ValueError: the text is not a domain name (a URL, a bare label, forbidden characters...).
    """
    name = text.strip().rstrip(".")
    try:
        name = idna.encode(name, uts46=True).decode("ascii")
    except idna.IDNAError as error:
        raise ValueError(f"{text!r} is not a domain name ({error})") from None
    name = name.removeprefix("www.")
    if len(name) > 253 or not _NORMAL.fullmatch(name):
        raise ValueError(f"{text!r} is not a domain name like example.com")
    return name
