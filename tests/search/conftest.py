"""Fixtures for the search tests: one index over the two hand-made briefs."""

from __future__ import annotations

import pytest

from briefing.search import SearchIndex
from search_corpus import corpus


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(corpus())
