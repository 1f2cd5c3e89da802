"""Speakers and statements a reader met on unseen CNN/DM and web briefs (#15, twelfth round)."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract

from briefing.builder.sentences import split_sentences


def test_he_after_places_and_a_show_title_is_the_sentences_subject() -> None:
    said = by_speaker(
        "Newcastle manager John Carver said his players were poor. Phil Neville was "
        "scathing of Newcastle on Match of the Day when he said that their application "
        "was reminiscent of a team on holiday."
    )
    assert said[-1] == (
        "Phil Neville",
        "reported",
        "their application was reminiscent of a team on holiday",
    )


def test_he_after_another_subject_name_stays_unresolved_to_the_opener() -> None:
    # a capitalised word that opens its own clause may be whom "he" means: no guess
    # from the sentence's opener then
    said = by_speaker(
        "Newcastle manager John Carver said his players were poor. Phil Neville was "
        "angry and Shearer agreed when he said that the team was lazy."
    )
    assert said[-1][0] != "Phil Neville"


def test_we_outside_quotes_is_the_writer_not_the_last_source() -> None:
    said = by_speaker(
        "An insider told the paper the singer was upset. But we do know the tour did not sell out."
    )
    assert said[0][0] == "An insider"
    assert said[-1][0] == "the writer"


def test_we_inside_a_quote_is_still_its_speaker_s() -> None:
    said = by_speaker(
        'Mayor Jane Roe said the budget was too small. "We know the plan will fail," '
        'she said. "We said that we think the budget is too small."'
    )
    assert {name for name, _, _ in said} == {"Jane Roe"}


def test_the_insider_is_the_insider_described_before() -> None:
    said = by_speaker(
        "An insider told the paper the singer was upset. The insider added that talks had failed."
    )
    assert [name for name, _, _ in said] == ["An insider", "An insider"]


def test_two_described_sources_stay_two() -> None:
    said = by_speaker(
        "An insider told the paper the singer was upset. A spokesman said the tour "
        "would go on. The insider added that talks had failed."
    )
    assert [name for name, _, _ in said] == ["An insider", "A spokesman", "An insider"]


def test_a_time_phrase_between_cue_and_pronoun_is_no_part_of_what_was_said() -> None:
    said = by_speaker("Carver said before the game he had a secret tactic up his sleeve.")
    assert said == [("Carver", "reported", "he had a secret tactic up his sleeve")]


def test_a_time_phrase_without_a_clause_after_it_stays_out() -> None:
    # "after the match" with no pronoun clause after it is no adjunct to skip
    said = by_speaker("Carver said after the match that the team was lazy.")
    assert said == [("Carver", "reported", "the team was lazy")]


def test_it_goes_on_to_fault_speaks_for_the_document_not_goes() -> None:
    said = by_speaker(
        "The lawsuit contends that the deaths were caused by the State Department. It goes "
        "on to specifically fault the use of a private email server."
    )
    assert said[-1][0] == "the lawsuit"
    assert said[-1][2] == "the use of a private email server"


def test_a_clause_between_commas_is_no_role_of_a_place() -> None:
    said = by_speaker(
        "Sen. Chris Coons said the threat was real. The day before, at a rally in "
        "Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence that "
        "President Obama wanted to take in 250,000 refugees."
    )
    assert all(name != "Tex." for name, _, _ in said)


def test_a_relative_clause_with_a_verb_still_describes_the_speaker() -> None:
    said = by_speaker(
        "The Obama administration, in an effort to help workers that has ignited "
        "criticism, has said it would make millions more employees eligible for overtime."
    )
    assert said == [
        (
            "the administration",
            "reported",
            "it would make millions more employees eligible for overtime",
        )
    ]


def test_a_reporter_who_can_be_heard_asking_asks_the_question() -> None:
    said = by_speaker(
        "Donald Trump said he would build a wall. “Should there be a database that tracks "
        "the Muslims here?” a reporter can be heard asking Trump after an event in Iowa."
    )
    assert said[-1][0] == "a reporter"
    assert said[-1][1] == "direct"


def test_the_video_maker_speaks_not_the_video() -> None:
    said = by_speaker(
        "'He will only play with the cat if the dog is around,' said the video maker."
    )
    assert said[0][0] == "the video maker"


def test_two_titles_joined_by_and_lead_to_the_name() -> None:
    speakers, _ = extract(
        '"We are proud to honor Alicia Keys," said Recording Academy president and CEO '
        "Neil Portnow."
    )
    assert [(s.name, s.role) for s in speakers] == [
        ("Neil Portnow", "Recording Academy president and CEO")
    ]


def test_a_plurals_apostrophe_inside_single_quotes_does_not_close_them() -> None:
    said = by_speaker(
        "Michelle Obama praised the singer. 'We are proud to honor her passion for "
        "creators' rights as a founding member,' said Neil Portnow."
    )
    assert said[-1] == (
        "Neil Portnow",
        "direct",
        "We are proud to honor her passion for creators' rights as a founding member",
    )


def test_a_short_scare_quote_still_closes_before_a_plain_word() -> None:
    # two words only: the "s'" closes the scare quote, the sentence goes on
    said = by_speaker("The so-called 'experts' say the plan will fail, Jo Roe said.")
    assert said and said[-1][0] == "Jo Roe"


def test_a_single_quote_closing_on_its_full_stop_then_said_name() -> None:
    said = by_speaker(
        "Michelle Obama praised the singer. 'We are proud to honor Alicia Keys for her "
        "artistry.' said Neil Portnow."
    )
    assert said[-1][:2] == ("Neil Portnow", "direct")


def test_a_court_role_between_commas_is_no_cue_after_a_quote() -> None:
    said = by_speaker(
        "Mr Murphy added: 'The conversation became sexual. They made arrangements to meet "
        "after two days.' Navinder Sekhon, defending, described the meeting as a "
        "'preparatory offence'."
    )
    assert said[0][0] == "Murphy"
    assert said[0][1] == "direct"


def test_she_after_a_long_title_is_the_woman_it_names() -> None:
    said = by_speaker(
        '"We cannot define it as a genocide," Turkish Foreign Minister Mevlut Cavusoglu told '
        "CNN. In her book, Obama's current Ambassador to the United Nations Samantha Power "
        'hammered policy makers for not acting. "No president has made genocide prevention a '
        'priority," she wrote.'
    )
    assert said[-1][0] == "Samantha Power"


def test_he_after_a_given_name_set_off_by_a_dashed_who_clause() -> None:
    said = by_speaker(
        "Grant Sabatier said saving was key. Tommy — who only goes by his first name "
        "online — retired nearly 10 years ago. He never earned a six-figure salary, he "
        "wrote in a blog post."
    )
    assert said[-1][0] == "Tommy"


def test_a_companys_people_told_are_listeners_not_content() -> None:
    said = by_speaker(
        "SoftBank CEO Masayoshi Son has told WeWork executives he wants the company to turn "
        "a profit by 2021."
    )
    assert said == [("Masayoshi Son", "reported", "he wants the company to turn a profit by 2021")]


def test_an_animal_called_a_name_says_nothing() -> None:
    said = by_speaker(
        "In the video, the reptile called Ryuu can be seen chasing the dog. A group called "
        "Community Technology Alliance is giving away free phones."
    )
    assert said == []


def test_calling_someone_something_is_still_said() -> None:
    said = by_speaker("Trump called Clinton a liar on Monday.")
    assert said and said[0][0] == "Trump"
    # an adjective in "-ed" is what she was called, no verb of a named one's own
    said = by_speaker("Sanders called Clinton unqualified on Wednesday.")
    assert said == [("Sanders", "reported", "Clinton unqualified")]


def test_words_said_inside_a_dashed_aside_end_with_it() -> None:
    said = by_speaker(
        "Asked about the post – created by chief executive Tom Harrison, who confirmed "
        "Downton’s demise Wednesday evening – Alec Stewart said: ‘I can’t just say yes.’"
    )
    assert ("Tom Harrison", "reported", "Downton’s demise Wednesday evening") in said
    assert said[-1] == ("Alec Stewart", "direct", "I can’t just say yes.")


def test_a_caption_glued_after_a_quote_is_no_part_of_the_statement() -> None:
    said = by_speaker(
        "Rickie Fowler defended his girlfriend. Alexis informed him that she worked her "
        "'butt off' Fowler received a number of comments from posters"
    )
    assert said[-1] == ("Alexis", "reported", "she worked her 'butt off'")


def test_a_name_and_a_cue_after_a_quote_end_no_sentence() -> None:
    text = "Trump spoke first. It was 'fake news' Trump said on Monday."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Trump spoke first.",
        "It was 'fake news' Trump said on Monday.",
    ]


def test_a_name_never_written_before_ends_no_sentence_after_a_quote() -> None:
    text = "It was 'fake news' Carver received on Monday."
    assert len(split_sentences(text)) == 1


def test_a_quote_after_a_glued_caption_goes_on_for_the_speaker_before() -> None:
    said = by_speaker(
        "Ms Edwards, 64, then found the pad. She said: 'I just don't understand how it was "
        "not noticed how hot it was. King Charles Spaniel Alfie, who suffered burns after "
        "vets placed a heat pad on his back 'They have told me that they always warm them "
        "up in a microwave.'"
    )
    assert [name for name, _, _ in said] == ["Ms Edwards", "Ms Edwards"]
    assert said[-1][2].startswith("They have told me")


def test_a_role_after_a_trailing_name_runs_to_the_full_stop() -> None:
    speakers, _ = extract(
        "The deal could be the beginning of a new trend for consumer stocks, says John "
        "Petrides, portfolio manager at Tocqueville Asset Management."
    )
    assert [(s.name, s.role) for s in speakers] == [
        ("John Petrides", "portfolio manager at Tocqueville Asset Management")
    ]


def test_a_source_after_a_trailing_name_is_no_role() -> None:
    speakers, _ = extract(
        "The phone will ship in June, said Ming Chi Kuo, according to a story on MacRumors."
    )
    assert speakers[0].name == "Ming Chi Kuo"
    assert "according" not in speakers[0].role


def test_an_invisible_direction_mark_before_a_quote_hides_nothing() -> None:
    said = by_speaker(
        "Sarah Palin posted a message. \u202a”Isis declares death on a lot of people and "
        "will burn in hell for it!!! Thanks Sarah!!!” wrote Pete Hidalgo."
    )
    assert said == [
        (
            "Pete Hidalgo",
            "direct",
            "Isis declares death on a lot of people and will burn in hell for it!!! "
            "Thanks Sarah!!!",
        )
    ]


def test_like_i_said_is_the_writer_not_a_speaker_named_like_i() -> None:
    said = by_speaker(
        "I did not know about his nan. Like I said before, no money was mentioned when we spoke."
    )
    assert [name for name, _, _ in said] == ["the writer"]


def test_no_speaker_name_runs_over_a_line_break() -> None:
    speakers, _ = extract(
        "A mother walks past her son, who is working on the streets of Lima\n\nAfter making "
        "a remark towards his mother, she turns around.\n\nShe then says he should be ashamed."
    )
    assert all("\n" not in s.name for s in speakers)


def test_the_company_is_the_organisation_quoted_before_under_its_short_name() -> None:
    said = by_speaker(
        "Big Machine Records said in a statement that it would allow the show. On Thursday, "
        "Swift accused Braun and Big Machine of blocking a Netflix documentary.\n\nThe company "
        "flat-out denied the allegations in a statement shared to its website."
    )
    assert said[-1][0] == "Big Machine Records"


def test_a_caption_label_without_a_stop_is_no_speaker() -> None:
    text = (
        "Hong Kong police used tear gas on Sunday.\n\n"
        "Resistance: Thousands of protesters are still gathered in the financial district "
        "despite police throwing tear gas at them\n\n"
        "'Do something good for Hong Kong,' a protester shouted."
    )
    assert all(name != "Resistance" for name, _, _ in by_speaker(text))


def test_a_one_word_turn_named_again_in_the_story_still_speaks() -> None:
    text = "Holt asked about taxes.\n\nHolt: Will you release your tax returns"
    assert by_speaker(text)[-1][0] == "Holt"


def test_a_headline_label_names_its_source() -> None:
    said = by_speaker(
        "Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\n"
        "Trump leads by two points in the state, according to the poll."
    )
    assert said[0][:2] == ("Poll", "reported")


def test_he_went_on_colon_gives_the_quote_and_its_paragraphs_to_him() -> None:
    _, statements = extract(
        "A Foreign Office spokesman said Britain was concerned.\n\n"
        "He went on: 'It is Britain's long-standing position that Hong Kong's prosperity "
        "rests on its freedoms.\n\n"
        "'These freedoms are best guaranteed by the transition to universal suffrage.'"
    )
    assert len(statements) == 2
    assert statements[1].speaker == statements[0].speaker
    assert statements[1].text.endswith("transition to universal suffrage.")
