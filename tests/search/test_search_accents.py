"""Accents neither hide a statement nor need typing: "gonzalez" finds "Gonzàlez"."""

from __future__ import annotations

import datetime as dt

from search_corpus import brief_of

from briefing.model import Speaker, SpeakerKind, StatementKind
from briefing.search import SearchIndex

SPEAKERS = (
    Speaker("gonzalez", "Azucena Gonzàlez", SpeakerKind.PERSON, "", ("Gonzàlez",)),
    Speaker("pena", "Luis Pena", SpeakerKind.PERSON, "", ("Pena",)),
)
QUOTES = (
    ("g1", "gonzalez", StatementKind.DIRECT, "The café in São Paulo closed"),
    ("p1", "pena", StatementKind.DIRECT, "Nothing changed in Sao Paulo"),
    ("p2", "pena", StatementKind.DIRECT, "The cafe\u0301 reopened"),  # decomposed accent
)


def _index() -> SearchIndex:
    return SearchIndex([brief_of("accents", dt.date(2016, 9, 27), "Accents", SPEAKERS, QUOTES)])


def _ids(query: str) -> set[str]:
    return {hit.statement_id for hit in _index().search(query)}


def test_a_plain_query_finds_accented_words() -> None:
    assert _ids("sao paulo") == {"g1", "p1"}


def test_an_accented_query_finds_plain_words() -> None:
    assert _ids("São Paulo") == {"g1", "p1"}


def test_composed_and_decomposed_accents_are_one_word() -> None:
    assert _ids("cafe") == {"g1", "p2"}


def test_a_speaker_filter_ignores_accents() -> None:
    assert _ids("@gonzalez") == {"g1"}


def test_highlight_covers_the_accented_word_in_the_original_text() -> None:
    hit = next(h for h in _index().search("sao") if h.statement_id == "g1")
    assert "".join(hit.text[p] for p in hit.positions) == "São"


def test_an_accented_match_counts_as_exact_not_as_a_typo() -> None:
    scores = {hit.statement_id: hit.score for hit in _index().search("cafe")}
    assert scores["g1"] == scores["p2"]
