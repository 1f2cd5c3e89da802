"""Finding direct quotations: marks, pairing, and stray marks."""

from __future__ import annotations

from briefing.builder.quotes import find_quotes


def _inner(text: str) -> list[str]:
    return [text[q.inner[0] : q.inner[1]] for q in find_quotes(text)]


def test_straight_quotes_pair_and_drop_the_trailing_comma() -> None:
    assert _inner('"We will win," she said.') == ["We will win"]


def test_curly_quotes_pair() -> None:
    assert _inner("“We will win.” She left.") == ["We will win."]


def test_quote_spanning_sentences_is_one_quote() -> None:
    assert _inner('"One thing. Another thing." He left.') == ["One thing. Another thing."]


def test_ellipsis_inside_a_quote_stays_inside() -> None:
    assert _inner('"I do not know ... Period."') == ["I do not know ... Period."]


def test_unbalanced_mark_mid_paragraph_does_not_swallow_the_text() -> None:
    text = 'He said "unbalanced and more.\nNext "is fine," Bob said.'
    assert _inner(text) == ["is fine"]


def test_unclosed_quote_that_opens_a_paragraph_runs_to_its_end() -> None:
    text = '"First paragraph of the quote.\n"Second paragraph," he said.'
    assert _inner(text) == ["First paragraph of the quote.", "Second paragraph"]


def test_text_without_quotes_has_none() -> None:
    assert find_quotes("No quotes at all here.") == []


def test_curly_quote_inside_a_curly_quote_is_nested() -> None:
    text = "“I would rather live in what he calls “hell” than here.” ― Ann Lee"
    assert _inner(text) == ["I would rather live in what he calls “hell” than here."]


def test_unclosed_outer_quote_falls_back_to_flat_pairing() -> None:
    text = "“Fine then. “We go now,” he said."
    assert _inner(text) == ["We go now"]


def test_single_quotes_count_in_an_article_without_double_quotes() -> None:
    text = "'Bees are miracles,' he said. The dogs' owners don't care. 'Yes.'"
    assert _inner(text) == ["Bees are miracles", "Yes."]


def test_single_quotes_are_ignored_when_double_quotes_are_used() -> None:
    assert _inner("He called it 'crazy'. \"We stay,\" she said.") == ["We stay"]


def test_british_quote_reopened_after_a_full_stop_continues() -> None:
    text = "The letter reads: 'We stay. 'We also go.' He left."
    assert _inner(text) == ["We stay. 'We also go."]


def test_a_quote_that_goes_on_in_the_next_paragraph_holds_its_whole_first_paragraph() -> None:
    # the closing mark ends only a quotation's last paragraph
    text = (
        "Jo Roe said: “These rioters, they are criminals. They must face it.\n\n"
        "“There is no other option.”"
    )
    assert _inner(text) == [
        "These rioters, they are criminals. They must face it.",
        ("There is no other option."),
    ]


def test_an_unclosed_quote_with_no_paragraph_after_it_that_reopens_is_dropped() -> None:
    text = 'He called it a "disaster. Nobody came.\n\nThe council met on Monday.'
    assert _inner(text) == []


def test_two_curly_apostrophes_close_a_quote_opened_with_a_curly_double_mark() -> None:
    # before, "’’" closed nothing and the fact-checker's two quotes were lost
    text = "“It was an attempt to mislead voters,’’ Ann Lee told the BBC. “It is wrong.”"
    quotes = find_quotes(text)
    assert [text[q.inner[0] : q.inner[1]] for q in quotes] == [
        "It was an attempt to mislead voters",
        "It is wrong.",
    ]
