"""Speakers a reader met on PolNeAr train briefs with the wrong name (#15, tenth round): a
relative named after the quote, a place word opening the sentence of a participle, and a
relative who shares the family name of someone spoken of before."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract


def test_a_quote_is_the_relative_named_after_it_not_the_outlet_before() -> None:
    text = (
        'Faycal was headed to Cairo, the Guardian reported. "We had called him just before '
        'he boarded and everything was fine," his nephew Michery el Soheil added.'
    )
    said = by_speaker(text)
    assert (
        "Michery el Soheil",
        "direct",
        "We had called him just before he boarded and everything was fine",
    ) in said


def test_a_relative_set_off_between_commas_speaks() -> None:
    speakers, statements = extract('"He was a good man," his wife, Jane Doe, said.')
    assert [s.name for s in speakers] == ["Jane Doe"]
    assert speakers[0].role == "his wife"
    assert statements[0].text == "He was a good man"


def test_a_possessive_thing_before_a_name_is_no_description() -> None:
    said = by_speaker('"He was a good man," his friends and Jane Doe said of the mayor.')
    assert all(name != "his friends and Jane Doe" for name, _, _ in said)


def test_here_in_a_place_opens_the_sentence_before_its_subject() -> None:
    text = (
        "Hillary Clinton spoke on Monday. She said it was fine.\n\n"
        "Here in Columbia, Sanders stepped up his emphasis on criminal justice, saying, "
        '"We have got to achieve the day."'
    )
    said = by_speaker(text)
    assert ("Sanders", "direct", "We have got to achieve the day.") in said
    assert not any(name == "Here" for name, _, _ in said)


def test_a_person_noun_after_an_opening_phrase_is_the_participles_speaker() -> None:
    text = (
        "Hillary Clinton spoke on Monday. She said it was fine.\n\n"
        "Back in Washington, the senator from Vermont stepped up his emphasis, saying, "
        '"We have got to achieve the day."'
    )
    said = by_speaker(text)
    quote = [name for name, kind, _ in said if kind == "direct"]
    assert quote == ["the senator"]


def test_a_thing_after_an_opening_phrase_is_no_speaker() -> None:
    text = (
        "Hillary Clinton spoke on Monday.\n\n"
        "On Friday, the bill passed the Senate, prompting Clinton to say, "
        '"We have got to achieve the day."'
    )
    assert not any(name == "the bill" for name, _, _ in by_speaker(text))


def test_the_wife_sharing_a_surname_is_not_the_man_named_by_it_before() -> None:
    text = (
        "Lazar admitted to hacking about 100 Americans from his home overseas.\n\n"
        '"We need him because life is very hard in Romania," his wife, Gabriela Violeta '
        "Lazar, wrote in a letter to the court.\n\n"
        "Lazar told the New York Times that he guessed passwords from Wikipedia pages."
    )
    said = by_speaker(text)
    assert (
        "Gabriela Violeta Lazar",
        "direct",
        "We need him because life is very hard in Romania",
    ) in said
    hacker = [name for name, _, words in said if "guessed passwords" in words]
    assert hacker == ["Lazar"]


def test_a_description_set_off_between_commas_before_the_name_speaks() -> None:
    text = (
        "Kashiya Nwanguma was pushed. She said it hurt.\n\n"
        '"He deserved it," the assailant, John McGraw, told the television program.'
    )
    speakers, statements = extract(text)
    names = {s.id: s for s in speakers}
    quote = [st for st in statements if st.text == "He deserved it"]
    assert [names[st.speaker].name for st in quote] == ["John McGraw"]
    assert names[quote[0].speaker].role == "assailant"


def test_a_gloat_introduces_a_quote_but_gloating_over_a_thing_says_nothing() -> None:
    said = by_speaker(
        "Jeb Bush said it was over.\n\n"
        'And Mr. Christie gloated: "I told you he wouldn\'t be ready."'
    )
    assert ("Christie", "direct", "I told you he wouldn't be ready.") in said
    assert by_speaker("He gloated over the win on Friday night in the city.") == []


def test_he_after_a_sentence_about_a_titled_surname_is_that_man() -> None:
    text = (
        '"He deserved it," John McGraw told reporters. Mr. McGraw was charged with assault.'
        "\n\nMr. Trump was asked about it during the debate on Thursday night in Miami. He "
        "said he had not seen the violent episode."
    )
    said = by_speaker(text)
    assert ("Trump", "reported", "he had not seen the violent episode") in said


def test_a_datelines_place_is_no_speaker() -> None:
    for text in (
        "MANCHESTER, N.H. - With a snowstorm bearing down, presidential candidates scurried "
        "across New Hampshire on Monday, leveling inflammatory attacks against one another.",
        "ORLANDO, Fla. - President Obama said the United States must act to control guns.",
        "WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Hillary Clinton's campaign "
        "manager Robby Mook said the plan fails.",
    ):
        assert not any(name.isupper() for name, _, _ in by_speaker(text)), text


def test_a_person_noun_read_on_past_its_verb_is_no_speakers_name() -> None:
    said = by_speaker(
        "Huma Abedin wrote on Monday.\n\nIn Iowa, Hillary Clinton's right-hand woman rallied "
        'supporters, saying: "We have to be ready to stop him."'
    )
    assert not any("rallied" in name for name, _, _ in said)


def test_a_document_after_a_quote_is_its_speaker_though_its_noun_is_a_cue_word() -> None:
    text = (
        "Romney won only 27 percent of that vote, the demographics show. "
        "\u201cThe nation\u2019s demographic changes add to the urgency,\u201d the report stated."
    )
    said = by_speaker(text)
    assert (
        "the report",
        "direct",
        "The nation\u2019s demographic changes add to the urgency",
    ) in said


def test_the_subject_of_delivering_a_retort_speaks_it() -> None:
    said = by_speaker(
        "Clinton wants to build on the law. Sanders delivered a snappy retort: "
        '"No one is tearing this up."'
    )
    assert ("Sanders", "direct", "No one is tearing this up.") in said


def test_a_relative_named_between_commas_after_an_owner_speaks_a_participle() -> None:
    for opening, name in (
        ("Schilling's son, Grant,", "Grant"),
        ("His son, Grant Schilling,", "Grant Schilling"),
    ):
        text = (
            "Curt Schilling was fired.\n\n"
            f"{opening} defended his father Tuesday on Facebook, saying: "
            '"I can assure you he has made great strides."'
        )
        assert (name, "direct", "I can assure you he has made great strides.") in by_speaker(
            text
        ), opening


def test_a_group_called_by_its_name_is_no_statement() -> None:
    said = by_speaker(
        '"You are going to have a problem," said Tim Selaty, organizer of a group called '
        "Citizens for Trump."
    )
    assert [words for _, _, words in said] == ["You are going to have a problem"]
    assert by_speaker("Trump called Clinton and Sanders liars on Friday.") != []


def test_a_senator_set_off_with_party_and_state_speaks_under_her_name() -> None:
    said = by_speaker(
        "Senator Shelley Moore Capito, Republican of West Virginia, called over her shoulder: "
        '"I am late for the lunch."'
    )
    assert [name for name, _, _ in said] == ["Shelley Moore Capito"]


def test_a_paper_quoting_someone_is_not_the_speaker() -> None:
    text = (
        '"There are solutions to this problem," said Abdul Rahman Al Fahd, a manager at '
        'Saudia. "We will soon enforce rules," Saudi daily Ajel quoted him as saying.\n\n'
        '"It is not in our plans," TVA Sports quoted Bill Daly as saying.'
    )
    said = by_speaker(text)
    assert ("Abdul Rahman Al Fahd", "direct", "We will soon enforce rules") in said
    assert ("Bill Daly", "direct", "It is not in our plans") in said
    assert not any("quoted" in name for name, _, _ in said)


def test_he_after_then_and_a_name_is_that_person() -> None:
    text = (
        "The Iraqi defense minister said the Caliph was injured. Then Tom Roe dispatched his "
        "own update. He said the Caliphate had not ended."
    )
    assert ("Tom Roe", "reported", "the Caliphate had not ended") in by_speaker(text)


def test_a_source_the_tagger_reads_into_its_clause_is_no_speaker() -> None:
    text = (
        "A bleak outlook for Europe came after the European Commission downgraded its forecast "
        "for euro zone economic growth over the next few years."
    )
    assert not any(name.endswith("downgraded") for name, _, _ in by_speaker(text))


def test_a_dateline_label_in_capitals_opening_the_story_is_no_turn() -> None:
    text = (
        "RAMPUR: All was going well at the wedding of Jugal Kishore and his bride Indira from "
        "Rampur. That was until the ceremony began."
    )
    assert by_speaker(text) == []
    turns = by_speaker("PENCE: Well, look, I think we won.\nKAINE: No, we did not lose at all.")
    assert {name for name, _, _ in turns} == {"PENCE", "KAINE"}


def test_i_inside_a_transcript_turn_is_the_turns_speaker_not_the_writer() -> None:
    said = by_speaker("PENCE: Well, look, I think we won.\nKAINE: No, we did not lose at all.")
    assert ("PENCE", "reported", "we won") in said
    assert not any(name == "the writer" for name, _, _ in said)


def test_a_heading_in_capitals_is_no_statement() -> None:
    assert by_speaker("Fighters use pseudonyms.\n\nJIHADISTS FEAR DEATH BY WOMEN?") == []


def test_a_bracketed_aside_after_a_name_is_no_part_of_it() -> None:
    said = by_speaker(
        "Raven-Symon\u00e9 (who played Cosby's step-granddaughter, Olivia, on the show) took to "
        "social media last week to deny rumors that she was one of his victims."
    )
    assert [name for name, _, _ in said] == ["Raven-Symon\u00e9"]


def test_a_participle_after_posting_a_comment_is_the_posters() -> None:
    said = by_speaker(
        'Chelsea Clinton tweeted: "Feeling very blessed." Hillary Clinton immediately posted '
        'a Twitter comment of her own, saying, "We are so excited to meet our grandchild!"'
    )
    assert ("Hillary Clinton", "direct", "We are so excited to meet our grandchild!") in said


def test_a_name_someone_calls_a_thing_in_quote_marks_is_no_quote() -> None:
    said = by_speaker(
        "Matdos Santos spoke. In his first YouTube dispatches, Santilli wears a suit in videos "
        'he calls "Consumer Advocate TV," telling viewers that corn syrup is "destroying '
        'America."'
    )
    assert not any(words == "Consumer Advocate TV" for _, _, words in said)
    assert [name for name, _, _ in said] == ["Santilli"]


def test_said_the_and_a_plain_noun_is_who_said_it() -> None:
    for noun in ("teacher", "designer", "young woman"):
        said = by_speaker(f'"It is hard enough to come back to work," said the {noun}.')
        assert said == [(f"the {noun}", "direct", "It is hard enough to come back to work")]


def test_reported_words_end_before_the_next_speaker_and_cue() -> None:
    said = by_speaker(
        "Trump has many critics. Of those who view Trump unfavorably, LeVell said: "
        '"I do not know where that is coming from."'
    )
    assert all("LeVell said" not in words for _, _, words in said)
    assert ("LeVell", "direct", "I do not know where that is coming from.") in said
    kept = by_speaker(
        "The New York Times reports that in the video released today, Steven Sotloff says he "
        "is paying the price."
    )
    assert any(
        words.startswith("in the video released today, Steven Sotloff says") for _, _, words in kept
    )


def test_a_time_after_later_between_the_speaker_and_the_cue() -> None:
    said = by_speaker(
        "Sean Spicer said it was fine. Reince Priebus later Thursday told Fox News: "
        '"Both men are meeting up next week."'
    )
    assert ("Reince Priebus", "direct", "Both men are meeting up next week.") in said


def test_a_second_who_joined_by_but_is_the_first_ones_noun() -> None:
    said = by_speaker(
        "The mayor met Beto O'Rourke, who won his district but who suggested that Sanders "
        "could pull out voters."
    )
    assert ("Beto O'Rourke", "reported", "Sanders could pull out voters") in said


def test_who_after_a_description_set_off_after_a_name_is_that_person() -> None:
    speakers, _ = extract(
        "The mayor spoke to Beto O'Rourke, a Clinton endorser who suggested that Sanders "
        "could pull out voters."
    )
    assert [s.name for s in speakers] == ["Beto O'Rourke"]
    assert speakers[0].role == "a Clinton endorser"


def test_the_report_after_an_outlet_named_report_is_that_outlet() -> None:
    said = by_speaker(
        'World News Daily Report said the tree was old. "The giant tree is over 5,800 years '
        'old," the report said.'
    )
    assert {name for name, _, _ in said} == {"World News Daily Report"}


def test_whom_an_accusation_names_is_part_of_it() -> None:
    said = by_speaker("The Philippines accused China of using coercion to impose its will.")
    assert said == [("Philippines", "reported", "China of using coercion to impose its will")]


def test_a_sign_posted_with_its_words_glued_after_is_the_posters() -> None:
    said = by_speaker(
        "A frustrated office worker called out his colleague. The frustrated worker posted a "
        'sign on the fridge saying, "To the person who keeps stealing my sandwiches, this is '
        'ridiculous."'
    )
    assert any(
        kind == "direct" and words.startswith("To the person who keeps stealing")
        for _, kind, words in said
    )


def test_one_accused_of_something_accuses_nobody() -> None:
    assert (
        by_speaker("An Ohio man accused of assaulting three girls has pleaded not guilty in court.")
        == []
    )


def test_they_right_after_a_spokespersons_quote_is_that_spokesperson() -> None:
    said = by_speaker(
        "Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies "
        'people. "We use a machine learning model to identify accounts," they said in an email.'
    )
    assert ("Kym Lino", "direct", "We use a machine learning model to identify accounts") in said
    groups = by_speaker(
        "While civil rights groups praised the plan, they said he did not go far enough on "
        "human rights."
    )
    assert all(name != "Kym Lino" for name, _, _ in groups)


def test_celebrating_an_anniversary_or_claiming_a_victory_says_nothing() -> None:
    assert (
        by_speaker(
            "The family-friendly event, which celebrates its 30th anniversary this year, opens "
            "on Friday."
        )
        == []
    )
    assert by_speaker("Sanders claimed his third victory in the string of contests.") == []
    assert by_speaker("He claimed that the lives of many were at risk in the city.") != []


def test_a_year_opening_the_sentence_without_a_comma_is_no_part_of_the_speaker() -> None:
    said = by_speaker("In 2013 Clinton said that she supported gay marriage.")
    assert said[0][:2] == ("Clinton", "reported")
    assert said[0][2] == "she supported gay marriage"
