"""A name query finds the name first: whole words and speakers above near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from search_corpus import D, R, brief_of, iraq_brief

from briefing.model import Speaker, SpeakerKind
from briefing.search import SearchHit, SearchIndex

SPEAKERS = (
    Speaker("miller", "Stephen Miller", SpeakerKind.PERSON, "adviser", ("Miller",)),
    Speaker("anon", "an official", SpeakerKind.PERSON, "", ()),
)
QUOTES = (
    ("n1", "miller", D, "We will leave, especially the troops"),
    ("n2", "anon", R, "Miller wanted the troops to leave"),
    ("n3", "anon", R, "it is especially cold in the north"),
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    news = brief_of("news", dt.date(2021, 1, 1), "Adviser talks", SPEAKERS, QUOTES)
    return SearchIndex([news, iraq_brief()])


def ids(hits: list[SearchHit]) -> list[str]:
    return [hit.statement_id for hit in hits]


@pytest.mark.parametrize(
    ("query", "name_hits", "near_hits"),
    [
        ("milley", {"m1", "m2"}, {"n1", "n2"}),  # Miller, as speaker and in the text
        ("esper", {"e1", "e2", "e3"}, {"n1", "n3"}),  # "especially"
    ],
)
def test_a_name_ranks_its_own_statements_above_near_misses(
    index: SearchIndex, query: str, name_hits: set[str], near_hits: set[str]
) -> None:
    hits = index.search(query)
    assert set(ids(hits[: len(name_hits)])) == name_hits
    assert set(ids(hits[len(name_hits) :])) == near_hits
    assert {hit.match for hit in hits[: len(name_hits)]} == {"exact"}
    assert {hit.match for hit in hits[len(name_hits) :]} == {"near"}


def test_a_name_with_another_word_keeps_the_names_statements_above_near_misses(
    index: SearchIndex,
) -> None:
    # Milley's statements match one word of two, as Miller's about leaving do; the name
    # matched whole beats a near miss of it, whatever the other word adds.
    hits = ids(index.search("milley leave"))
    assert hits.index("m1") < hits.index("n1")
    assert hits.index("m2") < hits.index("n2")


def test_a_whole_word_in_the_title_beats_a_near_miss_in_the_text() -> None:
    titled = brief_of("t", None, "Milley under fire", SPEAKERS[1:], (("t1", "anon", R, "no"),))
    near = brief_of("n", None, "Farm news", SPEAKERS[1:], (("x1", "anon", R, "Millet is up"),))
    hits = SearchIndex([near, titled]).search("milley")
    assert ids(hits) == ["t1", "x1"]
    assert [hit.match for hit in hits] == ["exact", "near"]


def test_a_typo_still_finds_its_word(index: SearchIndex) -> None:
    hits = index.search("milly")
    assert ids(hits)[:2] == ["m1", "m2"]
    assert hits[0].match == "near"
    assert hits[0].score > 50  # a typo of a word found nowhere counts in full


def test_without_fuzzy_near_misses_match_nothing(index: SearchIndex) -> None:
    assert ids(index.search("milley", fuzzy=False)) == ["m1", "m2"]
    assert index.search("milly", fuzzy=False) == []
    assert index.near_words("milly") == ["milley", "miller"]


def test_the_index_ranks_near_misses_as_scoring_every_statement_does(index: SearchIndex) -> None:
    for query in ["milley", "esper", "milley leave", "milly", "esper leave troops"]:
        assert index.search(query) == index.search_exhaustive(query), query
        assert index.search(query, fuzzy=False) == index.search_exhaustive(query, fuzzy=False)
