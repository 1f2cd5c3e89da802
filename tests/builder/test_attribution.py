"""Attribution of direct quotes and reported speech, one behaviour per test."""

from __future__ import annotations

import time

import pytest

from briefing.builder.attribution import extract_statements
from briefing.builder.sentences import split_sentences
from briefing.model import Speaker, Statement, StatementKind, join_spans


def _extract(text: str) -> tuple[list[Speaker], list[Statement]]:
    return extract_statements(text, split_sentences(text))


def _by_speaker(text: str) -> list[tuple[str, str, str]]:
    speakers, statements = _extract(text)
    names = {s.id: s.name for s in speakers}
    return [(names[st.speaker], st.kind.value, st.text) for st in statements]


def test_quote_then_name_said() -> None:
    assert _by_speaker('"The plan will fail," Alice Morgan said.') == [
        ("Alice Morgan", "direct", "The plan will fail")
    ]


def test_name_said_then_quote() -> None:
    assert _by_speaker('Brian Keller said, "The plan will work."') == [
        ("Brian Keller", "direct", "The plan will work.")
    ]


def test_inverted_said_name() -> None:
    assert _by_speaker('"It is over," said Alice Morgan.') == [
        ("Alice Morgan", "direct", "It is over")
    ]


def test_quote_split_by_attribution_is_one_statement_with_two_spans() -> None:
    text = '"It is good," Bob Smith said, "and it is cheap."'
    _, statements = _extract(text)
    assert len(statements) == 1
    assert len(statements[0].spans) == 2
    assert statements[0].text == "It is good and it is cheap."


def test_curly_quotes_are_attributed() -> None:
    assert _by_speaker("“We will stay,” Jane Doe said.") == [("Jane Doe", "direct", "We will stay")]


def test_reported_speech_with_that() -> None:
    assert _by_speaker("Alice Morgan said that the bridge was unsafe.") == [
        ("Alice Morgan", "reported", "the bridge was unsafe")
    ]


def test_reported_speech_without_that() -> None:
    assert _by_speaker("Alice Morgan said the bridge was unsafe.") == [
        ("Alice Morgan", "reported", "the bridge was unsafe")
    ]


def test_according_to_before_the_content() -> None:
    assert _by_speaker("According to Brian Keller, the bridge is safe.") == [
        ("Brian Keller", "reported", "the bridge is safe")
    ]


def test_according_to_after_the_content() -> None:
    assert _by_speaker("The bridge is old, according to Brian Keller.") == [
        ("Brian Keller", "reported", "The bridge is old")
    ]


def test_told_reporters_after_the_content() -> None:
    text = "Bob Smith arrived. The plan was a draft, the senator told reporters."
    _, statements = _extract(text)
    assert [(s.kind.value, s.text) for s in statements] == [("reported", "The plan was a draft")]
    assert statements[0].cue is not None and statements[0].cue.text == "told"


def test_adding_continues_the_same_speaker() -> None:
    text = '"No decision," Bob Smith said, adding there had been no plans at all.'
    assert _by_speaker(text) == [
        ("Bob Smith", "direct", "No decision"),
        ("Bob Smith", "reported", "there had been no plans at all"),
    ]


def test_stressing_that_continues_the_same_speaker() -> None:
    text = "Bob Smith told reporters the plan works, stressing that nothing had changed."
    assert _by_speaker(text)[-1] == ("Bob Smith", "reported", "nothing had changed")


def test_cue_and_source_mention_point_into_the_text() -> None:
    text = '"We will win," Alice Morgan said.'
    _, statements = _extract(text)
    st = statements[0]
    assert st.cue is not None and text[st.cue.span[0] : st.cue.span[1]] == "said"
    assert st.source_mention is not None
    assert text[st.source_mention.span[0] : st.source_mention.span[1]] == "Alice Morgan"


def test_narration_is_not_a_statement() -> None:
    assert _extract("There are roughly 5,000 US troops in Iraq.") == ([], [])


def test_empty_text_has_no_statements() -> None:
    assert _extract("") == ([], [])


def test_text_without_quotes_or_cues_has_no_statements() -> None:
    assert _extract("The sun rose over the city. Traffic was light.")[1] == []


def test_unbalanced_quote_does_not_make_a_runaway_statement() -> None:
    text = 'He arrived "late and tired.\n' + "Filler sentence here. " * 50 + "\nEnd."
    _, statements = _extract(text)
    assert all(len(s.text) < 100 for s in statements)


def test_statement_ids_count_up_in_text_order() -> None:
    text = '"One thing," Alice Morgan said. "Another thing," Brian Keller said.'
    _, statements = _extract(text)
    assert [s.id for s in statements] == ["s1", "s2"]


def test_spans_always_join_to_the_statement_text() -> None:
    text = (
        '"It is good," Bob Smith said, "and it is cheap." Bob Smith said the plan works, '
        "adding that it is done. According to Ann Lee, it is not."
    )
    for st in _extract(text)[1]:
        assert join_spans(text, st.spans) == st.text


def test_output_is_deterministic() -> None:
    text = '"A b c," Bob Smith said. He said the plan works. "X y z," she said.'
    assert _extract(text) == _extract(text)


def test_five_megabyte_text_finishes() -> None:
    paragraph = (
        'Officials met on Monday. "We will not leave," Bob Smith said, adding that talks go on. '
        "The letter said forces would move. There are 5,000 troops in Iraq.\n"
    )
    text = paragraph * (5_000_000 // len(paragraph))
    started = time.perf_counter()
    _, statements = _extract(text)
    assert statements and statements[0].kind is StatementKind.DIRECT
    # Not a timing assertion: only that it finishes; bench/bench_build.py reports the time.
    assert time.perf_counter() >= started


def test_two_apostrophes_work_as_quote_marks() -> None:
    assert _by_speaker("''We will stay,'' Ann Lee said.") == [("Ann Lee", "direct", "We will stay")]


def test_dash_signature_after_a_quote_names_the_speaker() -> None:
    assert _by_speaker("“He cannot lead this country.” ― Carla Sanchez") == [
        ("Carla Sanchez", "direct", "He cannot lead this country.")
    ]


def test_colon_at_paragraph_end_introduces_the_quote_below() -> None:
    text = 'Ann Lee added:\n"We are staying here for good."'
    assert _by_speaker(text) == [("Ann Lee", "direct", "We are staying here for good.")]


def test_interview_turn_in_capitals_is_a_statement() -> None:
    text = "WALLACE: Let us start with the debate.\nPENCE: Well, look, we will win it."
    assert [(name, said) for name, _, said in _by_speaker(text)] == [
        ("WALLACE", "Let us start with the debate"),
        ("PENCE", "Well, look, we will win it"),
    ]


def test_attribution_inside_the_sentence_gives_two_spans() -> None:
    text = "Acts of protest, Ann Lee said, are acts of patriotism."
    _, statements = _extract(text)
    assert [s.text for s in statements] == ["Acts of protest are acts of patriotism"]
    assert len(statements[0].spans) == 2


def test_coordinated_cue_keeps_the_speaker() -> None:
    text = "Ann Lee says the plan failed and said she would stand up to the attacks."
    assert _by_speaker(text) == [
        ("Ann Lee", "reported", "the plan failed"),
        ("Ann Lee", "reported", "she would stand up to the attacks"),
    ]


def test_phrasal_cue_content_follows_the_particle() -> None:
    assert _by_speaker("Ann Lee called for new tariffs on steel.") == [
        ("Ann Lee", "reported", "new tariffs on steel")
    ]


def test_found_without_that_is_not_a_statement() -> None:
    assert _extract("The police found a body near the river.")[1] == []


def test_title_in_quotes_is_not_attributed() -> None:
    text = "On this weekend's broadcast of “Fox News Sunday,” Ann Lee said the plan works."
    assert _by_speaker(text) == [("Ann Lee", "reported", "the plan works")]


def test_dashed_aside_is_left_out_of_reported_content() -> None:
    text = "Ann Lee said the top earners -- those with big incomes -- would pay more."
    _, statements = _extract(text)
    assert statements[0].text == "the top earners would pay more"


def test_headline_name_and_colon_is_a_statement() -> None:
    assert _by_speaker("Pence: Gennifer Flowers will not be at the debate\n") == [
        ("Pence", "reported", "Gennifer Flowers will not be at the debate")
    ]


def test_label_and_colon_is_no_statement() -> None:
    assert _extract("Update: the story was changed\n")[1] == []


def test_time_adverb_now_between_speaker_and_cue() -> None:
    assert _by_speaker("Ann Lee now says she opposes the deal.") == [
        ("Ann Lee", "reported", "she opposes the deal")
    ]


def test_share_of_people_is_a_source() -> None:
    _, statements = _extract("In the poll, 73 percent said the plan works.")
    assert [(s.source_mention.text if s.source_mention else "", s.text) for s in statements] == [
        ("73 percent", "the plan works")
    ]


def test_contracted_pronoun_is_the_source() -> None:
    _, statements = _extract("Ann Lee spoke. She’s claiming that the vote was rigged.")
    assert statements[-1].source_mention is not None
    assert statements[-1].source_mention.text == "She"


def test_participle_aside_between_name_and_cue() -> None:
    text = "Ann Lee, speaking to a veterans group in Ohio, said the plan works."
    assert _by_speaker(text) == [("Ann Lee", "reported", "the plan works")]


def test_hometown_aside_between_name_and_cue() -> None:
    text = "Ann Lee, of Springfield, Va., said the plan works."
    assert _by_speaker(text) == [("Ann Lee", "reported", "the plan works")]


def test_inverted_cue_with_apposition_at_sentence_end() -> None:
    text = "The plan works, said Ann Lee, a senior official with the board."
    assert _by_speaker(text) == [("Ann Lee", "reported", "The plan works")]


def test_owner_of_a_claim_noun_is_the_source() -> None:
    text = "Critics seized on Ann Lee’s claim that the vote was rigged."
    assert _by_speaker(text) == [("Ann Lee", "reported", "the vote was rigged")]


def test_noun_with_relative_that_is_no_statement() -> None:
    assert _extract("Ann Lee’s report that was released on Tuesday is long.")[1] == []


def test_quote_after_cue_is_no_parenthetical_tail() -> None:
    text = "Asked about the bomb, Ann Lee said, “We need to know the facts first.”"
    assert _by_speaker(text) == [("Ann Lee", "direct", "We need to know the facts first.")]


def test_stance_verb_is_a_weak_cue() -> None:
    assert _by_speaker("Ann Lee endorsed the governor for a second term.") == [
        ("Ann Lee", "reported", "the governor for a second term")
    ]


def test_verb_chain_with_to_before_cue() -> None:
    assert _by_speaker("Ann Lee appeared to suggest that the plan works.") == [
        ("Ann Lee", "reported", "the plan works")
    ]


def test_speech_act_content_stops_before_time_clause() -> None:
    text = "Ann Lee criticized the new tax plan during a rally in Ohio."
    assert _by_speaker(text) == [("Ann Lee", "reported", "the new tax plan")]


def test_opening_subordinate_clause_ends_at_its_comma() -> None:
    text = "While Ann Lee called for higher taxes on banks, the governor stayed silent."
    assert _by_speaker(text) == [("Ann Lee", "reported", "higher taxes on banks")]


def test_bare_plural_object_of_told() -> None:
    assert _by_speaker("Ann Lee told police officials that the plan works.") == [
        ("Ann Lee", "reported", "the plan works")
    ]


def test_trailing_attribution_keeps_nested_speech() -> None:
    text = "Ann Lee had told police officials that she was fine, the source added."
    _, statements = _extract(text)
    assert statements[0].text == "Ann Lee had told police officials that she was fine"


def test_non_cue_participle_does_not_end_content() -> None:
    text = "Ann Lee said the museum would open soon, allowing people to visit."
    assert _by_speaker(text) == [
        ("Ann Lee", "reported", "the museum would open soon, allowing people to visit")
    ]


def test_cue_word_after_possessive_is_a_noun() -> None:
    assert _extract("But his plans ran into trouble early on.")[1] == []


def test_bare_cue_before_copula_is_a_noun() -> None:
    assert _extract("The suicide rate was ten times the national average.")[1] == []


def test_found_with_a_clause_but_no_that() -> None:
    text = "An arbitration panel in 2001 found the United States was in breach of the deal."
    assert _by_speaker(text)[0][2] == "the United States was in breach of the deal"


def test_according_to_an_unknown_plural_source() -> None:
    _, statements = _extract("Ten million mothers live alone, according to federal statistics.")
    assert statements[0].source_mention is not None
    assert statements[0].source_mention.text == "federal statistics"
    assert statements[0].text == "Ten million mothers live alone"


def test_according_to_after_a_dash() -> None:
    text = "Half of the advice is wrong — according to the top British medical journal."
    _, statements = _extract(text)
    assert statements[0].text == "Half of the advice is wrong"


def test_title_case_headline_cue() -> None:
    text = "Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke on Monday."
    assert _by_speaker(text) == [("Lindsey Graham", "reported", "Trump Could Address Clean Energy")]


def test_belief_verb_understood_is_a_cue() -> None:
    assert _by_speaker("Ann Lee understood that the plan would fail.") == [
        ("Ann Lee", "reported", "the plan would fail")
    ]


def test_vote_to_takes_the_infinitive_as_content() -> None:
    assert _by_speaker("A House panel voted Thursday to hold Ann Lee in contempt.") == [
        ("the panel", "reported", "to hold Ann Lee in contempt")
    ]


def test_an_infinitive_keeps_its_to_and_a_preposition_does_not() -> None:
    # "Ted Cruz refused: endorse Trump" read as if he endorsed him
    assert _by_speaker("Ted Cruz pointedly refused to endorse Trump.") == [
        ("Ted Cruz", "reported", "to endorse Trump")
    ]
    assert _by_speaker("Ann Lee referred to the plan as a disaster.") == [
        ("Ann Lee", "reported", "the plan as a disaster")
    ]


def test_focus_adverb_before_subject_with_apposition() -> None:
    text = "Even China, the only ally of the regime, said it was opposed to the test."
    assert _by_speaker(text) == [("China", "reported", "it was opposed to the test")]


def test_when_clause_ends_reported_content() -> None:
    text = "Ann Lee says she opposed the war, when there are clips of her supporting it."
    assert _by_speaker(text)[0] == ("Ann Lee", "reported", "she opposed the war")


def test_passive_with_by_agent_attributes_the_subject() -> None:
    _, statements = _extract("The registration issue was first reported by The Washington Post.")
    assert [(s.source_mention.text if s.source_mention else "", s.text) for s in statements] == [
        ("The Washington Post", "The registration issue")
    ]


def test_as_source_said_after_the_content() -> None:
    assert _by_speaker("Ann Lee had a gun, as police have said.") == [
        ("the police", "reported", "Ann Lee had a gun")
    ]


def test_inverted_cue_with_trailing_prepositional_phrase() -> None:
    text = "The meeting went badly, said one GOP source in the room."
    assert _by_speaker(text)[0][1:] == ("reported", "The meeting went badly")


def test_passive_participle_is_no_attribution() -> None:
    assert _extract("Despite the tests, the program was not mentioned in the race.")[1] == []


def test_subject_with_a_long_prepositional_postmodifier() -> None:
    text = "Political observers in Virginia and around the country say the plan works."
    _, statements = _extract(text)
    assert statements[0].source_mention is not None
    assert statements[0].source_mention.text.startswith("Political observers in Virginia")


def test_respond_by_takes_what_follows_the_particle() -> None:
    assert _by_speaker("Ann Lee responded by citing the jobs report.") == [
        ("Ann Lee", "reported", "citing the jobs report")
    ]


def test_speech_act_object_may_be_one_name() -> None:
    assert _by_speaker("Donald Trump attacked Machado.") == [
        ("Donald Trump", "reported", "Machado")
    ]


def test_told_a_described_name_that() -> None:
    assert _by_speaker("Ann Lee told co-host Joe Scarborough that the plan works.") == [
        ("Ann Lee", "reported", "the plan works")
    ]


def test_downplayed_is_a_speech_act() -> None:
    assert _by_speaker("Ann Lee downplayed the risk of a recession.") == [
        ("Ann Lee", "reported", "the risk of a recession")
    ]


def test_a_trailing_source_vouches_for_the_report_inside_not_the_opening_speaker() -> None:
    text = (
        "Minister Ana Ruiz stated that the army has no plans to leave after reports claimed "
        "that the army wrote to the council saying it would leave, a memo seen by Reuters showed."
    )
    said = _by_speaker(text)
    assert ("Ana Ruiz", "reported", "the army has no plans to leave") in said
    memo = [words for name, _, words in said if "memo" in name.lower()]
    assert memo == ["the army wrote to the council saying it would leave"]


def test_a_dateline_inside_an_attributed_quote_is_not_an_interview_turn() -> None:
    text = '"Madrid: The former police chief was captured in Bangkok," Alice Morgan said.'
    assert _by_speaker(text) == [
        ("Alice Morgan", "direct", "Madrid: The former police chief was captured in Bangkok")
    ]


def test_owner_determines_an_unknown_noun_subject() -> None:
    # "doctor" is no known source noun; "Clinton's" makes it a definite one, like "the doctor"
    assert _by_speaker("Clinton’s doctor said she was fine.") == [
        ("Clinton’s doctor", "reported", "she was fine")
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
    assert _extract(text)[1] == []


def test_having_said_that_is_nobodys_statement_and_an_aside_loses_its_bracket() -> None:
    assert _by_speaker("(Having said that, some economists argue the tax is fair.)") == [
        ("some economists", "reported", "the tax is fair")
    ]


def test_whoever_was_told_is_not_the_speaker() -> None:
    # the reader saw Malkia Cyril's words credited to "Huffington Post"
    text = "“We find the labels of ‘criminal,’” Malkia Cyril, an activist, told The Post."
    assert _by_speaker(text) == [("Malkia Cyril", "direct", "We find the labels of ‘criminal,’")]
    assert _extract("“We find the labels of criminals,” told The Huffington Post.")[1] == []


def test_a_dateline_is_not_a_speaker() -> None:
    text = "WASHINGTON — Ann Lee campaigned in Ohio, saying the plan would fail."
    assert _by_speaker(text) == [("Ann Lee", "reported", "the plan would fail")]
    assert _by_speaker("BRUSSELS - Leaders met on Friday, offering new defense efforts.") == []


@pytest.mark.parametrize(
    "text",
    ["Trump weighs 236 pounds.", "Trump spoke longer than 30 minutes.", "They pointed insults."],
)
def test_a_verb_that_reports_only_with_its_particle_needs_it(text: str) -> None:
    assert _extract(text)[1] == []


def test_with_its_particle_the_verb_reports_past_an_adverb() -> None:
    assert _by_speaker("Obama spoke emotionally of his flights across the Mall.") == [
        ("Obama", "reported", "his flights across the Mall")
    ]
    assert _by_speaker("Esper said firmly that the troops would stay.") == [
        ("Esper", "reported", "the troops would stay")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "O'Sullivan accepted a substitute pair of size eights.",
        "Aguero, who signed a new five-year contract, scored twice.",
    ],
)
def test_an_action_is_not_a_statement(text: str) -> None:
    assert _extract(text)[1] == []


def test_a_caption_without_a_stop_does_not_speak_the_next_quote() -> None:
    # the reader saw all of Gary Locke's quotes credited to "Kilmarnock", the caption's subject
    text = (
        "Kilmarnock will confirm Gary Locke as the club's new permanent manager on Friday"
        " ‘I’d be over the moon to get it as it’s something I’ve worked hard towards,’ said"
        " Locke while negotiations were being finalised at the Ayrshire club."
    )
    quotes = [(who, said) for who, kind, said in _by_speaker(text) if kind == "direct"]
    assert quotes == [
        ("Locke", "I’d be over the moon to get it as it’s something I’ve worked hard towards")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ram Singh, the bus driver widely considered the leader of the gang, died in jail.",
        "A minor also found guilty was sentenced to three years.",
    ],
)
def test_said_of_someone_is_not_said_by_them(text: str) -> None:
    assert _extract(text)[1] == []


def test_a_phrase_quoted_inside_reported_words_is_not_a_quote_of_its_own() -> None:
    # the reader saw "Adeli felt" plus a made-up direct quote by Adeli
    assert _by_speaker("His lawyer said that Adeli felt 'deep-seated remorse' for it.") == [
        ("His lawyer", "reported", "Adeli felt 'deep-seated remorse' for it")
    ]


def test_a_cue_word_after_an_adjective_like_last_is_a_noun() -> None:
    # "— down 0.2 points from the IMF's last estimate" once made a speaker of the aside
    text = (
        "Overall, the fund predicted that advanced economies - which include Europe and Japan - "
        "will grow 1.6 percent, down 0.2 percentage points from the IMF's last estimate."
    )
    assert [who for who, _, _ in _by_speaker(text)] == ["the fund"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump will win if Holt asks him about his tax returns.",
        "Alexander spoke for an hour. He barely mentioned climate change.",
    ],
)
def test_a_hypothetical_or_barely_made_statement_is_none(text: str) -> None:
    assert _extract(text)[1] == []


def test_a_condition_inside_the_content_keeps_the_statement() -> None:
    assert [kind for _, kind, _ in _by_speaker("If confirmed, Ann Lee said, it would pass.")] == [
        "reported"
    ]


def test_a_trailing_source_vouches_for_the_whole_clause_not_from_a_demonstrative_that() -> None:
    text = (
        "Clinton had told police officials that she didn’t want the escort at all, but the "
        "NYPD overruled that request, the source added."
    )
    said = {who: words for who, _, words in _by_speaker(text)}
    assert said["the source"].endswith("but the NYPD overruled that request")
    assert said["the source"].startswith("Clinton had told police officials")


def test_a_cue_word_as_the_object_of_another_verb_is_a_noun() -> None:
    # a reader found "Russia's annexation of Crimea renewed" as a speaker of "fears"
    assert _extract("Russia's annexation of Crimea renewed fears along the flank.")[1] == []
