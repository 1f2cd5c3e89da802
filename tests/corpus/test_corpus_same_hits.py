"""Searching through the corpus store gives the hits an index built in memory gives.

The corpus here is 400 generated briefs (about 2,600 statements), not 10,000, to keep CI
fast; bench/bench_corpus.py compares the two at 10,000 briefs and more."""

from __future__ import annotations

from pathlib import Path

import pytest
from generated import write_corpus

from briefing.corpus.folder import open_corpus
from briefing.search import SearchIndex
from briefing.store import load_briefs

QUERIES = [
    "milley",
    "esper",
    "milly",
    "esper leave",
    "milley leave troops",
    "withdrawl",
    "leaving",
    "withdr",
    "the of",
    "@milley",
    "@mark withdrawal",
    '"no decision"',
    "kind:direct troops",
    "kind:reported",
    "@letter forces kind:d",
    "ceasefire talks sanctions",
    "2020-01-05",
    "zzzz",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated") / "briefs"
    write_corpus(folder, 400)
    return folder


@pytest.mark.parametrize("fuzzy", [True, False])
def test_the_store_gives_the_same_hits_as_memory(folder: Path, fuzzy: bool) -> None:
    in_memory = SearchIndex(load_briefs(folder).briefs)
    corpus = open_corpus(folder)
    stored = corpus.search_index()
    assert corpus.stored and corpus.notice == ""
    for query in QUERIES:
        for limit in (5, 50):
            expected = in_memory.search(query, limit, fuzzy=fuzzy)
            assert stored.search(query, limit, fuzzy=fuzzy) == expected, query
    corpus.close()


def test_a_second_open_parses_nothing_and_reuses_the_index(folder: Path) -> None:
    open_corpus(folder).search_index()
    again = open_corpus(folder)
    assert again.parsed == 0
    assert again.search_index().search("milley")
    assert again.notice == ""
    again.close()
