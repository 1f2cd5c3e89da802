"""Which briefs the list shows, in what order: filter-as-you-type and the sort orders.

Plain functions over briefs (no Textual), so the rules are tested alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePath
from urllib.parse import urlsplit

from ..model import Brief
from ..safe_text import one_line

SORT_ORDERS = ("date", "title", "disputes")
SORT_LABELS = {"date": "newest first", "title": "by title", "disputes": "most disputes first"}


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


def filtered(
    briefs: Iterable[Brief], query: str, haystacks: dict[str, str] | None = None
) -> list[Brief]:
    """The briefs whose haystack holds every word of ``query`` (any case)."""
    words = query.casefold().split()
    if not words:
        return list(briefs)
    cache = haystacks if haystacks is not None else {}
    shown = []
    for brief in briefs:
        text = cache.get(brief.id)
        if text is None:
            text = cache[brief.id] = haystack(brief)
        if all(word in text for word in words):
            shown.append(brief)
    return shown


def sorted_briefs(briefs: Sequence[Brief], order: str) -> list[Brief]:
    """``briefs`` (given newest first) in ``order``; ties keep the newest-first order."""
    if order == "title":
        return sorted(briefs, key=lambda b: one_line(b.title).casefold())
    if order == "disputes":
        return sorted(briefs, key=lambda b: len(b.contradictions), reverse=True)
    return list(briefs)


def next_order(order: str) -> str:
    return (
        SORT_ORDERS[(SORT_ORDERS.index(order) + 1) % len(SORT_ORDERS)]
        if order in SORT_ORDERS
        else "date"
    )
