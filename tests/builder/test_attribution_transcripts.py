"""Interview turns and quote paragraphs introduced by the paragraph above."""

from __future__ import annotations

import pytest
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


def test_a_photo_captions_label_is_no_speaker_and_speaks_no_paragraph() -> None:
    # a reader saw speaker "Guilty" holding the whole caption and the story after it
    text = (
        "Guilty: John Smith, 45, was jailed for six years at Leeds Crown Court on Friday. "
        "The court heard he had stolen £40,000 from his employer.\n"
        "Judge Mary Brown said he had betrayed the trust of his colleagues."
    )
    said = by_speaker(text)
    assert [name for name, _, _ in said] == ["Mary Brown"]
    assert said[0][2] == "he had betrayed the trust of his colleagues"


def test_a_transcript_speaker_named_again_talks_past_a_sentence() -> None:
    text = "Pence spoke first.\nPence: We will win. The polls are wrong."
    assert by_speaker(text) == [("Pence", "reported", "We will win. The polls are wrong")]


def test_a_round_up_of_voices_with_their_outlets_is_quoted() -> None:
    text = (
        "What the papers said.\n"
        'John Smith, BBC: "This is the worst crisis in a generation."\n'
        "Jane Doe, The Guardian: “Nobody saw it coming.”"
    )
    assert by_speaker(text) == [
        ("John Smith", "direct", "This is the worst crisis in a generation."),
        ("Jane Doe", "direct", "Nobody saw it coming."),
    ]


def test_a_name_age_and_town_before_a_colon_is_a_caption_not_a_round_up() -> None:
    assert extract("Ann Lee, Leeds: pictured at her home on Friday\n")[1] == []


def test_a_turn_quoting_a_title_is_still_the_speakers_turn() -> None:
    # the turn's quoted title ("Shark Tank.") used to read as a quote closed before an
    # attribution, so Pence's whole answer was lost
    text = (
        '"WALLACE: Let us start with the debate.\n\n'
        '"PENCE: Well, look, this is not an episode of “Shark Tank.” But this is '
        "serious business.\n"
    )
    assert by_speaker(text) == [
        ("WALLACE", "reported", "Let us start with the debate"),
        (
            "PENCE",
            "reported",
            "Well, look, this is not an episode of “Shark Tank.” But this is serious business",
        ),
    ]


def test_a_paragraph_without_quote_marks_after_said_colon_is_a_block_quote() -> None:
    # the page's block quote lost its layout: Limbaugh's words were nobody's
    text = (
        "Limbaugh added:\n\n"
        "And from a supposed front-runner, this reeks of fear. She cannot beat this guy.\n\n"
        "The host went on to other topics."
    )
    assert by_speaker(text) == [
        (
            "Limbaugh",
            "direct",
            "And from a supposed front-runner, this reeks of fear. She cannot beat this guy",
        )
    ]


def test_a_list_after_a_colon_is_no_block_quote() -> None:
    text = "The plan has three parts:\n\nNew roads, new schools and new parks for the city.\n"
    assert by_speaker(text) == []


def test_a_label_before_a_lower_case_fragment_is_no_turn() -> None:
    # A photo caption's label, not a speaker: a turn opens like a sentence
    text = (
        "The race was won by Silver Storm.\n\n"
        "Clouds: a few yards away, their joy was almost matched by the runner-up team.\n\n"
        "It was a great day."
    )
    assert by_speaker(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee: 1,769.",
        "Superdelegates: 121",
        "Twitter: @annlee",
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.",
        "Contributing: Nicole Gaudiano, Ledyard King",
    ],
)
def test_a_list_entry_after_a_colon_is_no_turn(line: str) -> None:
    # a delegate tally, a handle, a roster and a credit line are no words anyone said
    text = f"The race goes on.\n\nPENCE: We will win this state, and then we go on.\n\n{line}\n"
    assert [speaker for speaker, _, _ in by_speaker(text)] == ["PENCE"]


def test_a_quote_paragraph_speaks_on_for_the_speaker_just_before_it_only() -> None:
    said = (
        "Ann Lee said the new console was lighter than the old one.\n\n"
        '"It is the best machine we have made in years, and the price is fair."\n'
    )
    assert [who for who, _, _ in by_speaker(said)] == ["Ann Lee", "Ann Lee"]
    # a deal headline between them: the quote below it is the next item's, not hers
    listed = (
        "Ann Lee said the new console was lighter than the old one.\n\n"
        "New Release: Last Chance to Buy the Game and Get a Gift Card\n\n"
        '"It is the best game in the series, and the price is fair." Read our review.\n'
    )
    assert [who for who, _, _ in by_speaker(listed)] == ["Ann Lee"]


def test_a_title_with_a_subtitle_is_no_turn_label() -> None:
    # "Star Wars Jedi: Fallen Order is a game …" gave the game's review to "Star Wars Jedi"
    text = (
        "Trade talks stalled on Monday.\n\n"
        "Even if its parts are borrowed, Moon Quest: The Return finds a use for them.\n\n"
        "Moon Quest: The Return is a game that is many things to many people. It has puzzles."
    )
    assert not [said for said in by_speaker(text) if said[0].startswith("Moon Quest")]


def test_a_full_name_label_then_its_surname_label_are_turns() -> None:
    text = (
        "Trade talks stalled on Monday.\n\n"
        "GOV. ANN LEE: The markets fell today. We are worried.\n\n"
        "JOE TAPPER: The talks broke down on Friday. Many doubt they will resume.\n\n"
        "TAPPER: And the markets? They fell again today."
    )
    # "TAPPER:" after "JOE TAPPER:" is a label still, not a title written in running text
    assert "And the markets? They fell again today" in [said[2] for said in by_speaker(text)]


def test_a_quote_paragraph_under_an_issued_statement_is_its_issuers() -> None:
    text = (
        "When the captain retired, the harbour master released the following statement:\n\n"
        "“We thank him for forty years at sea. He never missed a tide.”\n\n"
        "The ferry sailed at noon.\n"
    )
    assert by_speaker(text) == [
        (
            "the harbour master",
            "direct",
            "We thank him for forty years at sea. He never missed a tide.",
        )
    ]


def test_labelled_notes_under_a_heading_in_capitals_are_no_turns() -> None:
    # a sports page's "TIP-INS" notes: "Hawks:" is a team, not a speaker
    text = (
        "The Hawks beat the Owls 101-99 on Monday.\n\n"
        "TIP-INS\n\n"
        "Hawks: G Tom Reyes missed his third game with a sore knee.\n\n"
        "Owls: Bob Dale left the court in the second quarter.\n\n"
        "UP NEXT\n\n"
        "Hawks: Host the Owls on Friday."
    )
    assert by_speaker(text) == []


def test_a_transcript_under_a_heading_still_gives_turns_in_capitals() -> None:
    text = "TRANSCRIPT\n\nLEE: We will win this race.\n\nROE: We will see about that."
    assert [name for name, _, _ in by_speaker(text)] == ["LEE", "ROE"]
