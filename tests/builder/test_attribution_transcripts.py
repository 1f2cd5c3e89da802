"""Interview turns and quote paragraphs introduced by the paragraph above."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract


def test_colon_at_paragraph_end_introduces_the_quote_below() -> None:
    text = 'Ann Lee added:\n"We are staying here for good."'
    assert by_speaker(text) == [("Ann Lee", "direct", "We are staying here for good.")]


def test_interview_turn_in_capitals_is_a_statement() -> None:
    text = "WALLACE: Let us start with the debate.\nPENCE: Well, look, we will win it."
    assert [(name, said) for name, _, said in by_speaker(text)] == [
        ("WALLACE", "Let us start with the debate"),
        ("PENCE", "Well, look, we will win it"),
    ]


def test_headline_name_and_colon_is_a_statement() -> None:
    assert by_speaker("Pence: Gennifer Flowers will not be at the debate\n") == [
        ("Pence", "reported", "Gennifer Flowers will not be at the debate")
    ]


def test_label_and_colon_is_no_statement() -> None:
    assert extract("Update: the story was changed\n")[1] == []


def test_a_dateline_inside_an_attributed_quote_is_not_an_interview_turn() -> None:
    text = '"Madrid: The former police chief was captured in Bangkok," Alice Morgan said.'
    assert by_speaker(text) == [
        ("Alice Morgan", "direct", "Madrid: The former police chief was captured in Bangkok")
    ]
