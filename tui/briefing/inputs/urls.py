"""Which inputs are URLs, and the stable brief id a URL gets."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

_WEB_URL = re.compile(r"^https?://[^\s/]", re.IGNORECASE)
_ANY_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm)$", re.IGNORECASE)


def is_web_url(text: str) -> bool:
    return bool(_WEB_URL.match(text))


def has_scheme(text: str) -> bool:
    """``ftp://…``, ``file://…``: meant as a URL, though not one briefing fetches."""
    return bool(_ANY_SCHEME.match(text))


def slug(text: str, limit: int = 80) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")


def brief_id_for_url(url: str) -> str:
    """Host and last path segment, for a person; a hash of the whole URL, so two pages
    never share an id and a rebuild finds the same brief."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = _PAGE_SUFFIX.sub("", segments[-1]) if segments else ""
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    # At most 40 + 1 + 70 + 1 + 8 characters: within the 128 a brief id may have.
    return "-".join(p for p in (slug(host, 40), slug(last, 70), digest) if p)
