"""The brief list's row of each brief: what the list shows, filters, sorts and marks unread,
kept in the corpus store beside the brief (``row_tables``) so listing 100,000 briefs parses
none of them.

A row is made from a parsed brief (``row_of``) whether it comes from the store or from the
YAML files, so the list looks the same either way. The reader imports this module before
its first frame: no SQLite, JSON or model here at run time.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from ..safe_text import one_line

if TYPE_CHECKING:
    from ..model import Brief


class BriefRow(NamedTuple):
    """One brief as the list shows it, without its statements (a tuple: 100,000 of them
    are made in a tenth of a second)."""

    id: str
    title: str
    date_text: str
    #: The date's ordinal, -1 when undated (for the newest-first order).
    date_ord: int
    site: str
    statements: int
    speakers: int
    #: Disputes the reader lists by default: not weak (``Contradiction.weak``).
    contradictions: int
    #: Title, speakers' names, roles and aliases, and site, case-folded.
    haystack: str
    #: The content hash of the brief in the store ("" when read from its YAML file: no
    #: store, or a file whose brief is shown despite problems).
    sha256: str = ""
    #: The brief's file name in the folder.
    name: str = ""
    #: Bytes of the brief's stored data (0 when unknown).
    size: int = 0
    #: Disputes on weak evidence, which the reader hides until asked (`w`).
    weak_contradictions: int = 0


def site_of(brief: Brief) -> str:
    """Where the article comes from: the host of ``source.url`` when the brief has one
    (without "www."), else the source file's name without its extension."""
    url = getattr(brief.source, "url", None)
    if isinstance(url, str) and url:
        host = urlsplit(url.strip()).hostname or ""
        if host:
            return one_line(host.removeprefix("www."))
    return one_line(PurePath(brief.source.file).stem) or "unknown source"


def haystack(brief: Brief) -> str:
    """The text a list filter looks in: title, speakers' names and roles, and site."""
    speakers = " ".join(f"{s.name} {s.role} {' '.join(s.aliases)}" for s in brief.speakers)
    return one_line(f"{brief.title} {speakers} {site_of(brief)}").casefold()


def row_of(brief: Brief, sha256: str = "", name: str = "", size: int = 0) -> BriefRow:
    return BriefRow(
        brief.id,
        brief.title,
        brief.date_text,
        brief.date.toordinal() if brief.date else -1,
        site_of(brief),
        len(brief.statements),
        len(brief.speakers),
        sum(1 for c in brief.contradictions if not c.weak),
        haystack(brief),
        sha256,
        name,
        size,
        sum(1 for c in brief.contradictions if c.weak),
    )
