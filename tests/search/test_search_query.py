"""The query language: operators are recognised, everything else is plain words."""

from __future__ import annotations

import pytest

from briefing.model import StatementKind
from briefing.search import parse_query
from briefing.search.query import MAX_TERMS, query_problem


def test_plain_words_are_lowercased_and_deduplicated() -> None:
    assert parse_query("Esper LEAVE esper").words == ("esper", "leave")


def test_at_name_is_a_speaker_filter_not_a_word() -> None:
    query = parse_query("@esper leave")
    assert query.speakers == ("esper",)
    assert query.words == ("leave",)


def test_quoted_speaker_keeps_both_names() -> None:
    assert parse_query('@"Mark Esper" iraq').speakers == ("mark esper",)


def test_quoted_words_are_a_phrase() -> None:
    query = parse_query('"No  decision!" iraq')
    assert query.phrases == ("no decision",)
    assert query.words == ("iraq",)


def test_an_unclosed_quote_runs_to_the_end() -> None:
    assert parse_query('iraq "no decision').phrases == ("no decision",)


def test_kind_filter_accepts_a_prefix() -> None:
    assert parse_query("kind:direct").kind is StatementKind.DIRECT
    assert parse_query("kind:r leave").kind is StatementKind.REPORTED


def test_an_unknown_kind_is_searched_as_words() -> None:
    query = parse_query("kind:banana")
    assert query.kind is None
    assert query.words == ("kind", "banana")


def test_markup_and_punctuation_are_only_separators() -> None:
    assert parse_query("[bold red]x[/]").words == ("bold", "red", "x")
    assert parse_query("!!! ... ???").is_empty


def test_a_pasted_paragraph_keeps_only_the_first_words() -> None:
    words = [f"word{n}" for n in range(200)]
    assert parse_query(" ".join(words)).words == tuple(words[:MAX_TERMS])


def test_a_lone_at_sign_or_empty_quotes_are_nothing() -> None:
    assert parse_query('@ ""').is_empty


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("kind:foo", "unknown filter 'kind:foo'"),
        ("leave kind:", "unknown filter 'kind:'"),
        ("speaker:esper", "unknown filter 'speaker:esper'"),
        ('"no decision', "unclosed quote"),
    ],
)
def test_a_strict_reader_is_told_what_is_wrong(text: str, problem: str) -> None:
    found = query_problem(text)
    assert found is not None
    assert problem in found


@pytest.mark.parametrize(
    "text",
    ["esper leave", "kind:d leave", '"no decision" @"mark esper"', "at 10:30", "see https://x.org"],
)
def test_good_queries_have_no_problem(text: str) -> None:
    assert query_problem(text) is None
