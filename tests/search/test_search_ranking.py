"""What a query finds, in which order, and that odd queries are just text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from search_corpus import corpus

from briefing.model import StatementKind
from briefing.search import SearchHit, SearchIndex
from briefing.search import index as index_module


def ids(hits: list[SearchHit]) -> list[str]:
    return [hit.statement_id for hit in hits]


def test_a_typo_finds_the_word(index: SearchIndex) -> None:
    assert ids(index.search("withdrawl")) == ["m1", "m2"]


def test_a_word_being_typed_finds_the_words_it_begins(index: SearchIndex) -> None:
    assert ids(index.search("withdr")) == ["m1", "m2"]


def test_another_form_of_a_word_finds_it(index: SearchIndex) -> None:
    assert set(ids(index.search("leaving"))) == {"e1", "e2", "r1", "x1"}


def test_speaker_and_topic_put_the_speakers_own_statements_first(index: SearchIndex) -> None:
    assert ids(index.search("esper leave"))[:2] == ["e1", "e2"]


def test_word_order_does_not_matter(index: SearchIndex) -> None:
    assert ids(index.search("leave esper")) == ids(index.search("esper leave"))


def test_more_matched_words_rank_higher(index: SearchIndex) -> None:
    hits = index.search("troops leave city")
    assert hits[0].statement_id == "x1"
    assert hits[0].score > hits[1].score


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("@esper", ["e1", "e2", "e3"]),
        ("@milley", ["m1", "m2"]),
        ("@letter", ["l1", "l2"]),
        ("@milly", ["m1", "m2"]),  # typo in the name
        ('@"mark esper"', ["e1", "e2", "e3"]),
    ],
)
def test_at_name_keeps_only_that_speaker(
    index: SearchIndex, query: str, expected: list[str]
) -> None:
    assert ids(index.search(query)) == expected


def test_a_speaker_filter_narrows_the_words(index: SearchIndex) -> None:
    assert ids(index.search("@esper leave")) == ["e1", "e2"]


def test_at_mark_matches_every_mark(index: SearchIndex) -> None:
    assert set(ids(index.search("@mark"))) == {"e1", "e2", "e3", "m1", "m2"}


def test_a_phrase_must_appear_in_order(index: SearchIndex) -> None:
    # "sovereign decision" and "no plans" have the words, not the phrase.
    assert ids(index.search('"no decision"')) == ["e1"]
    assert ids(index.search('"decision no"')) == []


def test_kind_keeps_only_that_kind(index: SearchIndex) -> None:
    hits = index.search("kind:reported leave")
    assert ids(hits) == ["x1", "e2"]
    assert all(hit.kind is StatementKind.REPORTED for hit in hits)
    assert ids(index.search("kind:direct leave")) == ["r1", "e1"]


def test_filters_alone_list_statements_in_reading_order(index: SearchIndex) -> None:
    # Newest brief first (memo, 2021), then each brief's own order.
    assert ids(index.search("kind:direct")) == ["r1", "e1", "e3", "m1", "l1"]


def test_the_brief_title_counts_less_than_the_statement(index: SearchIndex) -> None:
    hits = index.search("iraq")
    assert hits[0].statement_id == "e1"  # says Iraq itself
    assert {hit.statement_id for hit in hits[1:]} == {"e2", "e3", "m1", "m2", "l1", "l2"}
    assert all(hit.score < hits[0].score for hit in hits[1:])


def test_equal_scores_keep_reading_order(index: SearchIndex) -> None:
    hits = index.search("leave")
    assert ids(hits) == ["r1", "x1", "e1", "e2"]
    assert len({hit.score for hit in hits}) == 1


def test_the_same_query_gives_the_same_list(index: SearchIndex) -> None:
    assert index.search("no plans leave") == SearchIndex(corpus()).search("no plans leave")


def test_hits_say_where_they_are_and_who_spoke(index: SearchIndex) -> None:
    (hit,) = index.search("@milley withdrawal planned")[:1]
    assert (hit.brief_id, hit.statement_id, hit.speaker) == ("iraq", "m2", "Mark Milley")
    assert (hit.brief_title, hit.brief_date) == (
        "US has no plans to pull out of Iraq",
        "2020-01-06",
    )
    assert 0 < hit.score <= 100


def test_positions_mark_the_matched_characters(index: SearchIndex) -> None:
    hit = index.search("withdrawl")[0]
    assert "".join(hit.text[p] for p in hit.positions) == "withdrawl"
    start = hit.text.index("withdrawal")
    assert all(start <= p < start + len("withdrawal") for p in hit.positions)


def test_positions_cover_a_phrase(index: SearchIndex) -> None:
    hit = index.search('"no decision"')[0]
    assert "".join(hit.text[p] for p in hit.positions) == "nodecision"


def test_an_unknown_word_matches_nothing(index: SearchIndex) -> None:
    assert index.search("zyxwvut") == []
    assert index.search("@esper zyxwvut") == []


def test_an_unknown_word_beside_known_ones_is_ignored(index: SearchIndex) -> None:
    assert ids(index.search("withdrawal zyxwvut")) == ["m1", "m2"]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "!!!...???", "[bold red]x[/]", "[/]", "x" * 1000, "@", '"', "kind:", "\x1b[31m"],
)
def test_odd_queries_find_nothing_without_failing(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_markup_in_a_query_is_searched_as_words(index: SearchIndex) -> None:
    assert ids(index.search("[bold red]withdrawal[/]")) == ["m1", "m2"]


def test_a_long_query_still_finds_its_first_words(index: SearchIndex) -> None:
    query = ("withdrawal " * 100)[:1000]
    assert ids(index.search(query)) == ["m1", "m2"]


def test_limit_caps_the_hits(index: SearchIndex) -> None:
    assert len(index.search("leave", limit=2)) == 2
    assert index.search("leave", limit=0) == []


def test_an_empty_index_finds_nothing() -> None:
    assert SearchIndex([]).search("leave") == []


@pytest.mark.parametrize(
    "query",
    ["withdrawl", "esper leave", "iraq", "@letter forces", "kind:direct leave", "no plans leave"],
)
def test_the_index_ranks_as_scoring_every_statement_does(index: SearchIndex, query: str) -> None:
    assert index.search(query) == index.search_exhaustive(query)


def test_words_left_out_of_the_merge_are_still_scored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Room for Esper's three statements, not for the four with "leave": that word is
    # scored on the candidates only, and on a corpus this small the ranking stays exact.
    monkeypatch.setattr(index_module, "POSTINGS_BUDGET", 3)
    small = SearchIndex(corpus())
    for query in ["esper leave", "@esper leave plans", "esper leave kind:reported"]:
        assert small.search(query) == small.search_exhaustive(query), query


def test_queries_of_common_words_are_scanned_in_reading_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A budget of one posting makes every word too common to merge.
    monkeypatch.setattr(index_module, "POSTINGS_BUDGET", 1)
    small = SearchIndex(corpus())
    for query in ["esper leave", "no plans leave", "iraq withdrawal", "@esper leave", "leave"]:
        assert small.search(query) == small.search_exhaustive(query), query


def test_a_scan_stops_at_the_first_statements_that_cannot_be_beaten(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(index_module, "POSTINGS_BUDGET", 1)
    small = SearchIndex(corpus())
    assert small.search("leave", limit=2) == small.search_exhaustive("leave", limit=2)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_text_is_a_query(text: str) -> None:
    index = _shared_index()
    for hit in index.search(text):
        assert 0 < hit.score <= 100
        assert all(0 <= p < len(hit.text) for p in hit.positions)


_INDEX: list[SearchIndex] = []


def _shared_index() -> SearchIndex:
    if not _INDEX:
        _INDEX.append(SearchIndex(corpus()))
    return _INDEX[0]
