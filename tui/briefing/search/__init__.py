"""Fuzzy search over every statement of every loaded brief; no Textual here.

``SearchIndex(briefs).search("esper leave")`` returns ranked ``SearchHit``s; the query
language is in ``query`` and documented in docs/search.md.
"""

from __future__ import annotations

from .index import SearchHit, SearchIndex
from .query import Query, parse_query

__all__ = ["Query", "SearchHit", "SearchIndex", "parse_query"]
