"""Which words report speech here, and which only look like cues."""

from __future__ import annotations

import pytest
from attribution_helpers import by_speaker, extract


def test_found_without_that_is_not_a_statement() -> None:
    assert extract("The police found a body near the river.")[1] == []


def test_time_adverb_now_between_speaker_and_cue() -> None:
    assert by_speaker("Ann Lee now says she opposes the deal.") == [
        ("Ann Lee", "reported", "she opposes the deal")
    ]


def test_verb_chain_with_to_before_cue() -> None:
    assert by_speaker("Ann Lee appeared to suggest that the plan works.") == [
        ("Ann Lee", "reported", "the plan works")
    ]


def test_cue_word_after_possessive_is_a_noun() -> None:
    assert extract("But his plans ran into trouble early on.")[1] == []


def test_bare_cue_before_copula_is_a_noun() -> None:
    assert extract("The suicide rate was ten times the national average.")[1] == []


def test_title_case_headline_cue() -> None:
    text = "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke on Monday."
    assert by_speaker(text) == [("Lindsey Graham", "reported", "Trump Could Address Clean Energy")]


def test_belief_verb_understood_is_a_cue() -> None:
    assert by_speaker("Ann Lee understood that the plan would fail.") == [
        ("Ann Lee", "reported", "the plan would fail")
    ]


def test_passive_participle_is_no_attribution() -> None:
    assert extract("Despite the tests, the program was not mentioned in the race.")[1] == []


def test_downplayed_is_a_speech_act() -> None:
    assert by_speaker("Ann Lee downplayed the risk of a recession.") == [
        ("Ann Lee", "reported", "the risk of a recession")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Esper never said the troops would leave.",
        "Esper didn’t say the troops would leave.",
        "The DNC did not immediately respond to requests for comment.",
    ],
)
def test_a_denied_cue_makes_no_statement(text: str) -> None:
    # Attributing "the troops would leave" to Esper would say the opposite of the article.
    assert extract(text)[1] == []


def test_having_said_that_is_nobodys_statement_and_an_aside_loses_its_bracket() -> None:
    assert by_speaker("(Having said that, some economists argue the tax is fair.)") == [
        ("some economists", "reported", "the tax is fair")
    ]


@pytest.mark.parametrize(
    "text",
    ["Trump weighs 236 pounds.", "Trump spoke longer than 30 minutes.", "They pointed insults."],
)
def test_a_verb_that_reports_only_with_its_particle_needs_it(text: str) -> None:
    assert extract(text)[1] == []


def test_with_its_particle_the_verb_reports_past_an_adverb() -> None:
    assert by_speaker("Obama spoke emotionally of his flights across the Mall.") == [
        ("Obama", "reported", "his flights across the Mall")
    ]
    assert by_speaker("Esper said firmly that the troops would stay.") == [
        ("Esper", "reported", "the troops would stay")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "O'Sullivan accepted a substitute pair of size eights.",
        "Aguero, who signed a new five-year contract, scored twice.",
        "The board decided to close the factory next year.",
        "The firm agreed to pay $5 million to settle the case.",
    ],
)
def test_an_action_is_not_a_statement(text: str) -> None:
    assert extract(text)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ram Singh, the bus driver widely considered the leader of the gang, died in jail.",
        "A minor also found guilty was sentenced to three years.",
    ],
)
def test_said_of_someone_is_not_said_by_them(text: str) -> None:
    assert extract(text)[1] == []


def test_a_cue_word_after_an_adjective_like_last_is_a_noun() -> None:
    # "— down 0.2 points from the IMF's last estimate" once made a speaker of the aside
    text = (
        "Overall, the fund predicted that advanced economies - which include Europe and Japan - "
        "will grow 1.6 percent, down 0.2 percentage points from the IMF's last estimate."
    )
    assert [who for who, _, _ in by_speaker(text)] == ["the fund"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump will win if Holt asks him about his tax returns.",
        "Alexander spoke for an hour. He barely mentioned climate change.",
    ],
)
def test_a_hypothetical_or_barely_made_statement_is_none(text: str) -> None:
    assert extract(text)[1] == []


def test_a_condition_inside_the_content_keeps_the_statement() -> None:
    assert [kind for _, kind, _ in by_speaker("If confirmed, Ann Lee said, it would pass.")] == [
        "reported"
    ]


def test_a_cue_word_as_the_object_of_another_verb_is_a_noun() -> None:
    # a reader found "Russia's annexation of Crimea renewed" as a speaker of "fears"
    assert extract("Russia's annexation of Crimea renewed fears along the flank.")[1] == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The company issued a statement saying it would cooperate fully.", "the company"),
        ("Ann Lee put out a statement calling the ruling a disgrace.", "Ann Lee"),
    ],
)
def test_whoever_issued_a_statement_saying_it_is_the_source(text: str, who: str) -> None:
    said = by_speaker(text)
    assert len(said) == 1 and said[0][0] == who


def test_a_statement_issued_by_nobody_named_is_no_source() -> None:
    assert extract("A statement saying the plant was safe.")[1] == []


def test_agreeing_that_something_is_so_is_still_a_statement() -> None:
    assert by_speaker("Most economists agreed that the plan would raise taxes.") == [
        ("Most economists", "reported", "the plan would raise taxes")
    ]


def test_invited_to_a_place_reports_nothing() -> None:
    # the reader saw "to his friend's flat for a more private party" as words of Rojo
    text = "Later that evening Rojo invited her to his friend's flat for a more private party."
    assert by_speaker(text) == []


def test_a_speech_act_followed_by_after_and_a_participle_is_a_deed() -> None:
    # a photo caption: "Getafe celebrate after taking a step closer to survival"
    text = "Getafe celebrate after taking a step closer to survival by defeating Elche."
    assert by_speaker(text) == []


def test_declined_but_added_reports_what_was_added() -> None:
    text = "Coyle declined but added that he would permanently lose his job as a driver."
    assert by_speaker(text) == [
        ("Coyle", "reported", "he would permanently lose his job as a driver")
    ]


def test_a_time_before_the_content_of_a_speech_act_is_not_a_deed() -> None:
    text = "The FBI decided after a lengthy investigation not to recommend charges against her."
    assert [who for who, _, _ in by_speaker(text)] == ["FBI"]


def test_a_plural_cue_word_before_a_reporting_verb_is_its_subject() -> None:
    # the reader saw "the police" say "say the car was stolen"
    assert by_speaker("The police reports say the car was stolen.") == [
        ("the police reports", "reported", "the car was stolen")
    ]


def test_the_assault_charges_are_no_speaker() -> None:
    text = "The assault charges allege he raped the girls while knowing he was HIV-positive."
    assert [who for who, _, _ in by_speaker(text)] != ["the assault"]


def test_a_cue_word_after_a_and_an_adjective_is_a_noun() -> None:
    # the reader saw "an immediate" say "against Villa, making it clear …"
    text = "Gerrard is available again, and an immediate recall against Villa is likely."
    assert by_speaker(text) == []


def test_a_cue_word_before_a_modal_is_a_noun() -> None:
    # the reader saw "the same" say "could have been responsible for creating the moon"
    assert by_speaker("The same object could have been responsible for creating the moon.") == []


def test_a_participle_before_its_noun_phrase_verb_is_no_cue() -> None:
    # "the number of infestations reported has shot up" is said of the number, by nobody
    text = "The number of infestations reported has shot up three-fold, data showed."
    assert [said[0] for said in by_speaker(text)] == ["the data"]


def test_a_cue_word_inside_a_noun_phrase_before_another_cue_is_a_noun() -> None:
    text = "The harbour report read that the ferry had sailed late."
    assert by_speaker(text) == [("the report", "reported", "the ferry had sailed late")]


def test_a_bare_cue_word_after_the_and_a_singular_thing_is_a_noun() -> None:
    assert by_speaker("The gun charge he faces could carry a ten-year prison term.") == []
    assert by_speaker("The dogmatic view that the bank must win was abandoned.") == []
    # bodies that speak as many keep their verb
    assert by_speaker("The police say the man fled.") == [
        ("the police", "reported", "the man fled")
    ]


def test_a_body_that_takes_a_plural_verb_keeps_its_cue() -> None:
    text = "The couple claim the neighbour has threatened them with a lawsuit."
    assert by_speaker(text) == [
        ("the couple", "reported", "the neighbour has threatened them with a lawsuit")
    ]


def test_a_cue_inside_an_open_question_reports_nothing() -> None:
    text = "It is not clear whether Tom Hart can speak freely about his old firm."
    assert by_speaker(text) == []
    text = "Ann Lee said the outcome depends on whether Tom Hart believes the plan will help him."
    assert [(s, c) for s, _, c in by_speaker(text)] == [
        ("Ann Lee", "the outcome depends on whether Tom Hart believes the plan will help him")
    ]


def test_a_passive_cue_after_often_reports_nothing() -> None:
    assert by_speaker("Tom Hart is often asked about his old firm.") == []


def test_a_guess_at_what_someone_may_still_believe_is_no_statement() -> None:
    assert by_speaker("The board may still believe the plan is worth the cost.") == []
    assert by_speaker("The board still believes the plan is worth the cost.") == [
        ("the board", "reported", "the plan is worth the cost")
    ]
