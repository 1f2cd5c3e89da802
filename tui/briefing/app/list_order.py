"""Which briefs the list shows, in what order: filter-as-you-type and the sort orders.

Plain functions over the briefs' rows (no Textual, no parsed briefs), so the rules are
tested alone and a list of 100,000 briefs is filtered and sorted without loading them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..corpus.rows import BriefRow, haystack, site_of
from ..safe_text import one_line

SORT_ORDERS = ("date", "title", "disputes")
SORT_LABELS = {"date": "newest first", "title": "by title", "disputes": "most disputes first"}


__all__ = ["SORT_LABELS", "filtered", "haystack", "next_order", "site_of", "sorted_briefs"]


def filtered(briefs: Iterable[BriefRow], query: str) -> list[BriefRow]:
    """The briefs whose haystack (title, speakers, site) holds every word of ``query``
    (any case)."""
    words = query.casefold().split()
    if not words:
        return list(briefs)
    return [brief for brief in briefs if all(word in brief.haystack for word in words)]


def sorted_briefs(briefs: Sequence[BriefRow], order: str) -> list[BriefRow]:
    """``briefs`` (given newest first) in ``order``; ties keep the newest-first order."""
    if order == "title":
        return sorted(briefs, key=lambda b: one_line(b.title).casefold())
    if order == "disputes":
        return sorted(briefs, key=lambda b: b.contradictions, reverse=True)
    return list(briefs)


def next_order(order: str) -> str:
    return (
        SORT_ORDERS[(SORT_ORDERS.index(order) + 1) % len(SORT_ORDERS)]
        if order in SORT_ORDERS
        else "date"
    )
