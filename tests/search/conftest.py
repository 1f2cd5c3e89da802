"""Fixtures for the search tests: one index over the two hand-made briefs."""

from __future__ import annotations

import pytest
from search_corpus import corpus

from briefing.search import SearchIndex


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(corpus())
