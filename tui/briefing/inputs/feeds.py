"""Read an RSS or Atom feed into its entries: link, headline, date, author, own text."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
import warnings
import xml.sax
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from ..errors import InputError
from .urls import is_web_url
from .web_page import PageFacts

_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    label: str  # for messages: the entry's link, or the feed and its number
    link: str
    key: str  # the entry's id, link or title: what tells two entries apart
    facts: PageFacts
    text: str  # the entry's own content or summary, as plain paragraphs
    stamp: str  # sha256 over what the feed says of the entry; changes when it does


def read_feed(raw: bytes, label: str, base_url: str = "") -> list[FeedEntry]:
    """The feed's entries, in feed order; raise InputError when it is no feed or empty."""
    import feedparser  # imported here: only feeds need it

    # Bytes, never a str: given a str, feedparser would take it for a URL or a path to open.
    parsed = feedparser.parse(
        raw, response_headers={"content-location": base_url} if base_url else None
    )
    broken = parsed.get("bozo_exception")
    # A feed that is not well-formed XML (cut short, say) would give made-up entries from
    # feedparser's loose parser; a wrong declared encoding is only a remark.
    malformed = isinstance(broken, xml.sax.SAXException)
    if malformed or not parsed.get("version"):
        detail = f" ({' '.join(str(broken).split())})" if broken else ""
        raise InputError.single(label, f"not an RSS or Atom feed{detail}")
    if not parsed.entries:
        raise InputError.single(label, "feed has no entries")
    site = _clean(parsed.feed.get("title", ""))
    with warnings.catch_warnings():
        # feedparser warns that a missing 'updated' falls back to 'published': as wanted.
        warnings.simplefilter("ignore", DeprecationWarning)
        return [_entry(e, i, label, base_url, site) for i, e in enumerate(parsed.entries, 1)]


def _entry(entry: Any, number: int, label: str, base_url: str, site: str) -> FeedEntry:
    link = _clean(entry.get("link", ""))
    if link and base_url:
        link = urljoin(base_url, link)
    if not is_web_url(link):
        link = ""
    contents = [c.get("value", "") for c in entry.get("content", []) if isinstance(c, dict)]
    html = max(contents, key=len, default="") or entry.get("summary", "")
    facts = PageFacts(
        title=_clean(entry.get("title", "")),
        author=_clean(entry.get("author", "")),
        site=site,
        date=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
    )
    said = {
        name: str(entry.get(name, ""))
        for name in ("id", "link", "title", "author", "published", "updated", "summary")
    }
    said["content"] = html
    stamp = hashlib.sha256(json.dumps(said, sort_keys=True).encode("utf-8")).hexdigest()
    return FeedEntry(
        label=link or f"{label} (entry {number})",
        link=link,
        key=said["id"] or link or facts.title or str(number),
        facts=facts,
        text=html_to_text(html),
        stamp=stamp,
    )


def html_to_text(html: str) -> str:
    """Plain paragraphs from an entry's HTML (feeds often carry the article, or its start)."""
    html = _XML_INCOMPATIBLE.sub("", html)  # lxml refuses them, and no reader wants them
    if "<" not in html:
        return _paragraphs(html)
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.LxmlError, ValueError):
        return _paragraphs(re.sub(r"<[^>]*>", " ", html))
    for unwanted in root.xpath("//script|//style|//noscript|//figure|//figcaption"):
        unwanted.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    chunks = (" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text))
    return "\n\n".join(chunk for chunk in chunks if chunk)


def _clean(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _date(value: object) -> dt.date | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except ValueError:
        return None
