"""Attribution over whole texts (empty, huge, deterministic), and plain reported speech."""

from __future__ import annotations

import time

import pytest
from attribution_helpers import by_speaker, extract

from briefing.model import StatementKind, join_spans


def test_reported_speech_with_that() -> None:
    assert by_speaker("Alice Morgan said that the bridge was unsafe.") == [
        ("Alice Morgan", "reported", "the bridge was unsafe")
    ]


def test_reported_speech_without_that() -> None:
    assert by_speaker("Alice Morgan said the bridge was unsafe.") == [
        ("Alice Morgan", "reported", "the bridge was unsafe")
    ]


def test_adding_continues_the_same_speaker() -> None:
    text = '"No decision," Bob Smith said, adding there had been no plans at all.'
    assert by_speaker(text) == [
        ("Bob Smith", "direct", "No decision"),
        ("Bob Smith", "reported", "there had been no plans at all"),
    ]


def test_stressing_that_continues_the_same_speaker() -> None:
    text = "Bob Smith told reporters the plan works, stressing that nothing had changed."
    assert by_speaker(text)[-1] == ("Bob Smith", "reported", "nothing had changed")


@pytest.mark.parametrize(
    "text",
    [
        "Bob Smith complained about his microphone, even suggesting it had been cut on purpose.",
        "Bob Smith complained about his microphone — openly suggesting it had been cut.",
    ],
)
def test_a_participle_cue_after_an_adverb_or_dash_is_a_second_statement(text: str) -> None:
    # before: one statement running on past the comma or dash into the second claim
    [first, second] = by_speaker(text)
    assert first == ("Bob Smith", "reported", "his microphone")
    assert second[:2] == ("Bob Smith", "reported")
    assert second[2].startswith("it had been cut")


def test_an_adverb_before_a_participle_does_not_make_it_the_earlier_speakers() -> None:
    # "now saying" has its own subject before the comma: no continuation of Ann Lee
    text = "Ann Lee said the law works, with Bob Smith, its author, now saying it should change."
    assert ("Ann Lee", "reported", "it should change") not in by_speaker(text)


def test_a_report_in_an_opening_with_clause_ends_at_its_comma() -> None:
    # before: the statement ran on into the main clause ("…, the president is rolling out …")
    text = (
        "With party leaders increasingly worried about the turnout of young voters, "
        "the president is rolling out a new campaign message."
    )
    assert by_speaker(text) == [("party leaders", "reported", "the turnout of young voters")]


def test_cue_and_source_mention_point_into_the_text() -> None:
    text = '"We will win," Alice Morgan said.'
    _, statements = extract(text)
    st = statements[0]
    assert st.cue is not None and text[st.cue.span[0] : st.cue.span[1]] == "said"
    assert st.source_mention is not None
    assert text[st.source_mention.span[0] : st.source_mention.span[1]] == "Alice Morgan"


def test_narration_is_not_a_statement() -> None:
    assert extract("There are roughly 5,000 US troops in Iraq.") == ([], [])


def test_empty_text_has_no_statements() -> None:
    assert extract("") == ([], [])


def test_text_without_quotes_or_cues_has_no_statements() -> None:
    assert extract("The sun rose over the city. Traffic was light.")[1] == []


def test_statement_ids_count_up_in_text_order() -> None:
    text = '"One thing," Alice Morgan said. "Another thing," Brian Keller said.'
    _, statements = extract(text)
    assert [s.id for s in statements] == ["s1", "s2"]


def test_spans_always_join_to_the_statement_text() -> None:
    text = (
        '"It is good," Bob Smith said, "and it is cheap." Bob Smith said the plan works, '
        "adding that it is done. According to Ann Lee, it is not."
    )
    for st in extract(text)[1]:
        assert join_spans(text, st.spans) == st.text


def test_output_is_deterministic() -> None:
    text = '"A b c," Bob Smith said. He said the plan works. "X y z," she said.'
    assert extract(text) == extract(text)


def test_five_megabyte_text_finishes() -> None:
    paragraph = (
        'Officials met on Monday. "We will not leave," Bob Smith said, adding that talks go on. '
        "The letter said forces would move. There are 5,000 troops in Iraq.\n"
    )
    text = paragraph * (5_000_000 // len(paragraph))
    started = time.perf_counter()
    _, statements = extract(text)
    assert statements and statements[0].kind is StatementKind.DIRECT
    # Not a timing assertion: only that it finishes; bench/bench_build.py reports the time.
    assert time.perf_counter() >= started


def test_attribution_inside_the_sentence_gives_two_spans() -> None:
    text = "Acts of protest, Ann Lee said, are acts of patriotism."
    _, statements = extract(text)
    assert [s.text for s in statements] == ["Acts of protest are acts of patriotism"]
    assert len(statements[0].spans) == 2


def test_coordinated_cue_keeps_the_speaker() -> None:
    text = "Ann Lee says the plan failed and said she would stand up to the attacks."
    assert by_speaker(text) == [
        ("Ann Lee", "reported", "the plan failed"),
        ("Ann Lee", "reported", "she would stand up to the attacks"),
    ]


def test_share_of_people_is_a_source() -> None:
    _, statements = extract("In the poll, 73 percent said the plan works.")
    assert [(s.source_mention.text if s.source_mention else "", s.text) for s in statements] == [
        ("73 percent", "the plan works")
    ]


def test_contracted_pronoun_is_the_source() -> None:
    _, statements = extract("Ann Lee spoke. She’s claiming that the vote was rigged.")
    assert statements[-1].source_mention is not None
    assert statements[-1].source_mention.text == "She"


def test_participle_aside_between_name_and_cue() -> None:
    text = "Ann Lee, speaking to a veterans group in Ohio, said the plan works."
    assert by_speaker(text) == [("Ann Lee", "reported", "the plan works")]


def test_hometown_aside_between_name_and_cue() -> None:
    text = "Ann Lee, of Springfield, Va., said the plan works."
    assert by_speaker(text) == [("Ann Lee", "reported", "the plan works")]


def test_focus_adverb_before_subject_with_apposition() -> None:
    text = "Even China, the only ally of the regime, said it was opposed to the test."
    assert by_speaker(text) == [("China", "reported", "it was opposed to the test")]


def test_passive_with_by_agent_attributes_the_subject() -> None:
    _, statements = extract("The registration issue was first reported by The Washington Post.")
    assert [(s.source_mention.text if s.source_mention else "", s.text) for s in statements] == [
        ("The Washington Post", "The registration issue")
    ]


def test_subject_with_a_long_prepositional_postmodifier() -> None:
    text = "Political observers in Virginia and around the country say the plan works."
    _, statements = extract(text)
    assert statements[0].source_mention is not None
    assert statements[0].source_mention.text.startswith("Political observers in Virginia")


def test_owner_determines_an_unknown_noun_subject() -> None:
    # "doctor" is no known source noun; "Clinton's" makes it a definite one, like "the doctor"
    assert by_speaker("Clinton’s doctor said she was fine.") == [
        ("Clinton’s doctor", "reported", "she was fine")
    ]


def test_a_dateline_is_not_a_speaker() -> None:
    text = "WASHINGTON — Ann Lee campaigned in Ohio, saying the plan would fail."
    assert by_speaker(text) == [("Ann Lee", "reported", "the plan would fail")]
    assert by_speaker("BRUSSELS - Leaders met on Friday, offering new defense efforts.") == []


def test_even_after_a_comma_leaves_the_speaker_its_subject() -> None:
    # "even a top GOP strategist said …" made no statement: "even" hid its subject
    text = (
        "Alongside calls for action, even a top GOP strategist said Clinton will have to "
        "choose whose side she is on."
    )
    assert by_speaker(text) == [
        ("a top GOP strategist", "reported", "Clinton will have to choose whose side she is on")
    ]


def test_a_speaker_with_a_relative_clause_holding_a_cue_still_speaks() -> None:
    # "who described himself as …" hid the subject of "said": his words were lost
    text = (
        "Carlos Guerrero, who described himself as a religious Catholic, said he recoiled "
        "when the candidate began attacking his rival's wife."
    )
    said = [(name, words) for name, _, words in by_speaker(text)]
    assert (
        "Carlos Guerrero",
        "he recoiled when the candidate began attacking his rival's wife",
    ) in said


def test_a_description_that_does_a_deed_then_says_is_the_speaker() -> None:
    text = "The harbour board closed the quay on Monday, saying the wall had cracked."
    assert by_speaker(text) == [("the board", "reported", "the wall had cracked")]


def test_an_opening_time_is_no_part_of_the_doer() -> None:
    text = "In 1986, the court blocked a ferry company from leaving its depot, citing a threat."
    assert by_speaker(text) == [("the court", "reported", "a threat")]


def test_whom_a_doer_urged_does_not_speak_for_her() -> None:
    text = "Odile Marsh exhorted Republicans to stay calm and said the storm would pass by noon."
    assert by_speaker(text) == [("Odile Marsh", "reported", "the storm would pass by noon")]


def test_an_age_alone_may_speak_and_is_the_person_just_named() -> None:
    assert by_speaker("The 37-year-old said he thought the pictures were funny.") == [
        ("the 37-year-old", "reported", "he thought the pictures were funny")
    ]
    text = (
        "“It was a joke,” Tom Vale said of the pictures. "
        "The 37-year-old said he thought they were funny."
    )
    assert by_speaker(text) == [
        ("Tom Vale", "direct", "It was a joke"),
        ("Tom Vale", "reported", "he thought they were funny"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "All the experts I interviewed said the plan was sound.",
        "The experts we spoke to said the plan was sound.",
        "In the mayor's favor, all the experts I interviewed said the plan was sound.",
    ],
)
def test_a_relative_clause_without_who_before_the_cue_leaves_its_noun_the_speaker(
    text: str,
) -> None:
    assert by_speaker(text) == [("the experts", "reported", "the plan was sound")]


def test_an_object_before_a_pronoun_and_its_verb_is_no_speaker() -> None:
    text = "Aides recently told the Herald they planned to respond to the attacks."
    assert [s for s, _, _ in by_speaker(text)] == ["Aides"]


def test_an_age_alone_is_the_person_the_text_gave_that_age() -> None:
    text = (
        "Yves Vane, 37, took the pictures in Rome. Critics loved them. Tom Hart said they "
        "were silly. The 37-year-old said he thought they were funny."
    )
    assert by_speaker(text)[-1] == ("Yves Vane", "reported", "he thought they were funny")
    # two people of that age: nobody is guessed
    text = "Ann Lee, 37, and Bo Kim, 37, met. The 37-year-old said it was fun."
    assert by_speaker(text) == [("the 37-year-old", "reported", "it was fun")]
