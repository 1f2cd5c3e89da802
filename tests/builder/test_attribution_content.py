"""Where reported content starts and stops."""

from __future__ import annotations

import pytest
from attribution_helpers import by_speaker, extract


def test_phrasal_cue_content_follows_the_particle() -> None:
    assert by_speaker("Ann Lee called for new tariffs on steel.") == [
        ("Ann Lee", "reported", "new tariffs on steel")
    ]


def test_dashed_aside_is_left_out_of_reported_content() -> None:
    text = "Ann Lee said the top earners -- those with big incomes -- would pay more."
    _, statements = extract(text)
    assert statements[0].text == "the top earners would pay more"


def test_quote_after_cue_is_no_parenthetical_tail() -> None:
    text = "Asked about the bomb, Ann Lee said, “We need to know the facts first.”"
    assert by_speaker(text) == [("Ann Lee", "direct", "We need to know the facts first.")]


def test_speech_act_content_stops_before_time_clause() -> None:
    text = "Ann Lee criticized the new tax plan during a rally in Ohio."
    assert by_speaker(text) == [("Ann Lee", "reported", "the new tax plan")]


def test_speech_act_content_stops_before_where_and_when_it_was_said() -> None:
    cases = {
        "Ann Lee attacked the mayor in early-morning tweets.": "the mayor",
        "Ann Lee condemned the missile launch in an on-air diatribe.": "the missile launch",
        "Ann Lee criticized the budget Wednesday on a radio show.": "the budget",
        "Ann Lee endorsed Tom Hart in early June.": "Tom Hart",
    }
    for text, content in cases.items():
        assert by_speaker(text) == [("Ann Lee", "reported", content)], text


def test_a_day_or_month_inside_the_object_stays() -> None:
    text = "Ann Lee criticized the plans for Monday night."
    assert by_speaker(text) == [("Ann Lee", "reported", "the plans for Monday night")]
    text = "Ann Lee praised the Super Tuesday results."
    assert by_speaker(text) == [("Ann Lee", "reported", "the Super Tuesday results")]


def test_opening_subordinate_clause_ends_at_its_comma() -> None:
    text = "While Ann Lee called for higher taxes on banks, the governor stayed silent."
    assert by_speaker(text) == [("Ann Lee", "reported", "higher taxes on banks")]


def test_bare_plural_object_of_told() -> None:
    assert by_speaker("Ann Lee told police officials that the plan works.") == [
        ("Ann Lee", "reported", "the plan works")
    ]


def test_non_cue_participle_does_not_end_content() -> None:
    text = "Ann Lee said the museum would open soon, allowing people to visit."
    assert by_speaker(text) == [
        ("Ann Lee", "reported", "the museum would open soon, allowing people to visit")
    ]


def test_found_with_a_clause_but_no_that() -> None:
    text = "An arbitration panel in 2001 found the United States was in breach of the deal."
    assert by_speaker(text)[0][2] == "the United States was in breach of the deal"


def test_vote_to_takes_the_infinitive_as_content() -> None:
    assert by_speaker("A House panel voted Thursday to hold Ann Lee in contempt.") == [
        ("the panel", "reported", "to hold Ann Lee in contempt")
    ]


def test_an_infinitive_keeps_its_to_and_a_preposition_does_not() -> None:
    # "Ted Cruz refused: endorse Trump" read as if he endorsed him
    assert by_speaker("Ted Cruz pointedly refused to endorse Trump.") == [
        ("Ted Cruz", "reported", "to endorse Trump")
    ]
    assert by_speaker("Ann Lee referred to the plan as a disaster.") == [
        ("Ann Lee", "reported", "the plan as a disaster")
    ]


def test_when_clause_ends_reported_content() -> None:
    text = "Ann Lee says she opposed the war, when there are clips of her supporting it."
    assert by_speaker(text)[0] == ("Ann Lee", "reported", "she opposed the war")


def test_respond_by_takes_what_follows_the_particle() -> None:
    assert by_speaker("Ann Lee responded by citing the jobs report.") == [
        ("Ann Lee", "reported", "citing the jobs report")
    ]


def test_speech_act_object_may_be_one_name() -> None:
    assert by_speaker("Donald Trump attacked Machado.") == [("Donald Trump", "reported", "Machado")]


def test_told_a_described_name_that() -> None:
    assert by_speaker("Ann Lee told co-host Joe Scarborough that the plan works.") == [
        ("Ann Lee", "reported", "the plan works")
    ]


def test_whoever_was_told_is_not_the_speaker() -> None:
    # the reader saw Malkia Cyril's words credited to "Huffington Post"
    text = "“We find the labels of ‘criminal,’” Malkia Cyril, an activist, told The Post."
    assert by_speaker(text) == [("Malkia Cyril", "direct", "We find the labels of ‘criminal,’")]
    assert extract("“We find the labels of criminals,” told The Huffington Post.")[1] == []


def test_a_report_in_an_opening_clause_ends_before_a_lower_case_main_clause() -> None:
    # "eerie video showed …" is the article's own sentence, not what the reporter spoke about
    text = (
        "As the reporter spoke about how the consulate had been taken over and looted, eerie "
        "video showed groups of fighters with heavy weapons."
    )
    assert by_speaker(text) == [
        ("the reporter", "reported", "how the consulate had been taken over and looted")
    ]


def test_a_participle_after_a_parenthetical_cue_starts_a_statement_of_its_own() -> None:
    # the report and what Spicer added were shown as one statement, joined by "adding"
    text = (
        "Ryan and Trump will meet sometime next week, Spicer said, adding that they need to "
        "sit down and have a good talk."
    )
    assert by_speaker(text) == [
        ("Spicer", "reported", "Ryan and Trump will meet sometime next week"),
        ("Spicer", "reported", "they need to sit down and have a good talk"),
    ]


def test_a_distance_or_a_time_after_a_cue_is_no_content() -> None:
    # "celebrating a few yards away": where they celebrated, not what they celebrated
    text = (
        "While the jubilant owners of winner Silver Storm were celebrating a few yards away, "
        "their delight was almost matched by the joy of the runner-up."
    )
    assert by_speaker(text) == []
    assert by_speaker("Smith said two days later the plan was dead.") == [
        ("Smith", "reported", "the plan was dead")
    ]


def test_content_said_inside_brackets_ends_at_the_closing_one() -> None:
    assert by_speaker("Ann Lee (who says the bridge is unsafe) left the meeting early.") == [
        ("Ann Lee", "reported", "the bridge is unsafe")
    ]


def test_the_object_of_an_accusation_may_join_two_names_with_articles() -> None:
    # a reader saw "and the US of meddling …" as what was said; whom an accusation names is
    # part of it ("accused China of using coercion" lost "China"), all of them
    assert by_speaker(
        "Ann Lee accused the UK and the US of meddling in the country's affairs."
    ) == [("Ann Lee", "reported", "the UK and the US of meddling in the country's affairs")]


def test_found_with_a_clause_whose_verb_is_an_irregular_past() -> None:
    text = "The harbour survey shows the river level rose by a metre in March."
    assert by_speaker(text) == [
        ("the survey", "reported", "the river level rose by a metre in March")
    ]


def test_a_speech_act_ends_where_the_deed_goes_on() -> None:
    text = "Odile Marsh praised the new ferry timetable but stopped short of backing the fares."
    assert by_speaker(text) == [("Odile Marsh", "reported", "the new ferry timetable")]


def test_a_speech_act_ends_before_another_verb_of_its_subject() -> None:
    text = "A retired ferry captain endorsed Halvorsen and is set to join his campaign."
    assert by_speaker(text)[0][2] == "Halvorsen"


def test_a_list_of_participles_stays_in_a_speech_acts_content() -> None:
    text = "The mayor called the timetable rushed and flawed from the start."
    assert by_speaker(text) == [
        ("the mayor", "reported", "the timetable rushed and flawed from the start")
    ]


def test_a_poll_shows_a_finding_without_that() -> None:
    text = "Polls show a close race in the county, where turnout was low in May."
    assert by_speaker(text) == [("Polls", "reported", "a close race in the county")]


def test_a_finding_ends_before_a_colon() -> None:
    text = "The surveys show voters rejecting the levy: one poll put it at 30 percent."
    assert by_speaker(text)[0] == ("the surveys", "reported", "voters rejecting the levy")


def test_a_that_after_an_ing_word_opens_no_content() -> None:
    text = "Odile Marsh spoke with the harbour master about creating that channel for ferries."
    assert by_speaker(text) == []


def test_an_analysis_after_its_finding_reports_it() -> None:
    # "analysis" is also a headline label ("Analysis: …"), which never speaks
    text = "Donations to the fund rose by a third, an Associated Press analysis found."
    assert [(kind, said) for _, kind, said in by_speaker(text)] == [
        ("reported", "Donations to the fund rose by a third")
    ]
    assert by_speaker("Analysis: The vote changes little for the town.") == []


def test_things_like_a_quote_are_the_quoted_words() -> None:
    text = 'Mary Roe often says things like "Keep your head down and work."'
    assert by_speaker(text) == [("Mary Roe", "direct", "Keep your head down and work.")]


def test_content_goes_on_past_but_when_the_same_subject_adds_an_amount() -> None:
    text = (
        "The Acme Institute says the levy would slow hiring at first, "
        "but would eventually add $90 million over ten years."
    )
    assert by_speaker(text) == [
        (
            "Acme Institute",
            "reported",
            "the levy would slow hiring at first, but would eventually add $90 million over ten"
            " years",
        )
    ]


def test_content_stops_at_but_before_a_new_speaker() -> None:
    text = "The Acme Institute says the levy would slow hiring, but Ann Lee said it would add jobs."
    assert by_speaker(text) == [
        ("Acme Institute", "reported", "the levy would slow hiring"),
        ("Ann Lee", "reported", "it would add jobs"),
    ]


def test_content_stops_at_but_before_the_same_speaker_adding_words() -> None:
    text = "The Acme Institute said the levy would slow hiring, but added that it was fair."
    assert by_speaker(text) == [
        ("Acme Institute", "reported", "the levy would slow hiring"),
        ("Acme Institute", "reported", "it was fair"),
    ]


def test_a_trailing_cue_reports_from_the_last_colon_before_a_new_clause() -> None:
    text = (
        "Farmers can expect little help from the mountains of the West: Snow that fills the "
        "river is lagging, too, officials said Friday."
    )
    assert ("officials", "reported", "Snow that fills the river is lagging, too") in by_speaker(
        text
    )
    plain = "The answer was simple: the river is lagging, officials said."
    assert by_speaker(plain) == [
        ("officials", "reported", "The answer was simple: the river is lagging")
    ]


def test_told_the_named_newspaper_skips_the_whole_listener() -> None:
    text = "Lisa Lai told the Harbour Courier newspaper she avoided hitting the car in front."
    assert by_speaker(text) == [("Lisa Lai", "reported", "she avoided hitting the car in front")]


def test_reported_content_goes_on_to_where_its_quotation_closes() -> None:
    text = (
        "Trump said ethanol makers “do a fantastic job. And it’s so important.” The crowd cheered."
    )
    assert by_speaker(text) == [
        ("Trump", "reported", "ethanol makers “do a fantastic job. And it’s so important.")
    ]


def test_reported_content_cut_by_another_attribution_does_not_reach_the_quote_close() -> None:
    text = "Ann Lee said the plan “will fail. It always does,” Bob Stone added."
    assert all("Bob" not in st for _, _, st in by_speaker(text))


def test_said_after_and_inside_an_opening_when_clause_is_the_clause_subjects() -> None:
    # before, the whole clause was what "a man yelled"
    text = "When Marco Ruiz thanked Miami and said it was great to be home, a man yelled."
    assert by_speaker(text) == [("Marco Ruiz", "reported", "it was great to be home")]


def test_said_after_and_past_an_opening_participle_is_the_subjects() -> None:
    text = (
        "Walking to the next house, Ann Ebel reminisced about her youth, and said their "
        "views were changed by the war."
    )
    assert by_speaker(text) == [("Ann Ebel", "reported", "their views were changed by the war")]


def test_a_trailing_source_keeps_a_statement_that_opens_with_a_when_clause() -> None:
    text = "When the time comes, we will act, the mayor said."
    assert by_speaker(text) == [("the mayor", "reported", "When the time comes, we will act")]


def test_a_speech_acts_content_runs_on_to_the_close_of_its_quotation() -> None:
    # the time clause that ends a speech act's object does not end it inside quote marks
    text = (
        'The mayor called the plan a "fair deal at a time when money is short." '
        "The council approved it."
    )
    assert by_speaker(text) == [
        ("the mayor", "reported", 'the plan a "fair deal at a time when money is short."')
    ]


def test_an_analysis_of_something_shows_a_finding() -> None:
    # the head of "analysis of farm subsidies" is "analysis", a source of findings
    text = "A new analysis of farm subsidies shows large growers taking most of the money."
    assert by_speaker(text) == [
        (
            "A new analysis of farm subsidies",
            "reported",
            "large growers taking most of the money",
        )
    ]


def test_what_a_finding_shows_after_a_comma_is_no_speaker() -> None:
    # "…, shows X" is no inverted attribution ("…, said X"): X is what is shown
    text = (
        "A Daily Post analysis of grants made since Jan. 1, 2015, shows Democratic groups "
        "outpacing Republicans in recent weeks."
    )
    assert "Democratic groups outpacing Republicans" not in [s for s, _, _ in by_speaker(text)]


def test_a_that_after_news_opens_the_news_clause_not_the_cues() -> None:
    # "add to" reports nothing, and the "that" belongs to "news", a few words back
    text = (
        "The figures will add to the mayor's troubles after news on Monday that the "
        "city budget is short by millions."
    )
    assert by_speaker(text) == []
    assert by_speaker("He said in Ohio that the plan would fail.") == [
        ("unnamed speaker", "reported", "the plan would fail")
    ]


def test_a_name_set_off_after_a_description_speaks_for_a_second_verb() -> None:
    text = "The director, Ann Lee, of the agency visited the site and said that it was safe."
    assert by_speaker(text) == [("Ann Lee", "reported", "it was safe")]


def test_a_speech_acts_object_ends_at_a_relative_clause_after_its_closing_quote() -> None:
    text = 'The bar association rated him "well qualified," which is its top rating.'
    assert by_speaker(text) == [("the association", "reported", 'him "well qualified,"')]


def test_reported_words_end_where_the_writer_goes_on_about_the_speaker() -> None:
    text = (
        'Mia Carter is promising lower rents and "homes, homes, homes," but she has also '
        "cut the budget."
    )
    assert by_speaker(text) == [
        ("Mia Carter", "reported", 'lower rents and "homes, homes, homes,"')
    ]


def test_quoted_words_that_go_on_after_a_relative_pronoun_stay_in() -> None:
    text = 'Ann Lee called it a "grave mistake," made by "friends," who are "plain wrong."'
    assert by_speaker(text) == [
        ("Ann Lee", "reported", 'it a "grave mistake," made by "friends," who are "plain wrong."')
    ]


def test_an_infinitives_content_ends_before_the_subjects_next_deed() -> None:
    assert by_speaker("Ann Lee promised to protect schools and hammered her rival on taxes.") == [
        ("Ann Lee", "reported", "to protect schools")
    ]
    # an infinitive goes on in its base form; a past tense inside a clause of its own stays
    assert by_speaker("Ann Lee vowed to cut taxes and raise wages.") == [
        ("Ann Lee", "reported", "to cut taxes and raise wages")
    ]
    assert by_speaker(
        "The club promised to explain why coaches were delayed and missed the start."
    ) == [
        (
            "the club",
            "reported",
            "to explain why coaches were delayed and missed the start",
        )
    ]


def test_a_plain_subject_opening_with_but_is_named_without_it() -> None:
    text = "But experts on Iran and nuclear nonproliferation said the test failed."
    assert by_speaker(text) == [
        ("experts on Iran and nuclear nonproliferation", "reported", "the test failed")
    ]


def test_a_cue_that_needs_a_clause_is_not_fed_by_its_subjects_next_verb() -> None:
    # "found the river was …" is a clause; "… online and were pictured" is the guards' deed
    assert by_speaker("The guards posted angry messages online and were pictured later.") == []


def test_news_in_an_outlets_name_leaves_the_cues_that_alone() -> None:
    text = "Ann Lee speculated to local news outlet WXYZ that the files were on a laptop."
    assert by_speaker(text) == [("Ann Lee", "reported", "the files were on a laptop")]


def test_reported_words_end_where_another_source_begins_after_but() -> None:
    text = "Most Democrats say yes, but 55 percent of all voters say she does not."
    assert by_speaker(text) == [
        ("Most Democrats", "reported", "yes"),
        ("55 percent of all voters", "reported", "she does not"),
    ]


def test_another_tool_named_after_a_comma_speaks_for_its_second_verb() -> None:
    text = (
        "Some 21 per cent of the mayor's followers are fake, according to FakeCheck, "
        "and so are 9 per cent of Ann Lee's. Another tool, BotScan, sampled 3,000 of her "
        "followers and found that 18 per cent were fake."
    )
    assert ("BotScan", "reported", "18 per cent were fake") in by_speaker(text)


def test_a_price_charged_is_no_statement() -> None:
    assert by_speaker("The oxygen bar charges Rs 299 for 15 minutes of pure oxygen.") == []
    assert by_speaker("The bar charges $20 for a session.") == []
    assert by_speaker("The prosecutor charged that the plan was a fraud.") == [
        ("the prosecutor", "reported", "the plan was a fraud")
    ]


def test_what_one_thinks_of_is_no_statement() -> None:
    text = "When you think of the state you probably think of the mountains, but it is dry."
    assert by_speaker(text) == []
    text = 'The song makes older fans immediately think of "Blue Skies."'
    assert by_speaker(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "An official later walked back the remarks, saying that the mayor had no plan.",
            "An official",
        ),
        (
            "The retired businessman began by talking about the crisis, saying that the mayor "
            "had no plan.",
            "the retired businessman",
        ),
        (
            "Ann Lee has made a defense of “city values,” saying that the mayor had no plan.",
            "Ann Lee",
        ),
        (
            "The harbour board has closed the quay, saying that the mayor had no plan.",
            "the board",
        ),
    ],
)
def test_a_participle_after_a_deed_reports_the_doer(text: str, speaker: str) -> None:
    assert by_speaker(text) == [(speaker, "reported", "the mayor had no plan")]


def test_a_test_or_poll_that_shows_is_the_source_of_its_finding() -> None:
    text = "Tom Hart submitted to a lie detector test that showed he had lied about the theft."
    assert by_speaker(text) == [("a lie detector test", "reported", "he had lied about the theft")]
    text = "The paper cited a new poll that showed Ann Lee ahead in the race."
    assert ("the poll", "reported", "Ann Lee ahead in the race") in by_speaker(text)


def test_a_relative_that_after_the_place_of_speaking_opens_no_content() -> None:
    text = "Ann Lee told the Herald in a story that posted this week that the plan was dead."
    assert by_speaker(text) == [("Ann Lee", "reported", "the plan was dead")]
    text = "Ann Lee said in an interview that aired Sunday that the plan was dead."
    assert by_speaker(text) == [("Ann Lee", "reported", "the plan was dead")]


def test_the_time_of_a_long_object_or_an_infinitive_stays_in_the_content() -> None:
    cases = {
        "Ann Lee expects the new watch to launch in March.": "the new watch to launch in March",
        "Ann Lee detailed most of the watch's features back in September.": (
            "most of the watch's features back in September"
        ),
        "Ann Lee disclosed the meeting only in March.": "the meeting only in March",
    }
    for text, content in cases.items():
        assert by_speaker(text) == [("Ann Lee", "reported", content)], text


def test_the_writers_own_data_that_shows_is_no_source() -> None:
    assert by_speaker("Prices rose on data that showed stocks fell less than expected.") == []


def test_the_listener_of_a_warning_or_a_promise_is_not_what_was_said() -> None:
    cases = {
        "The mayor warned residents that the river would rise.": "the river would rise",
        "Ann Lee promised Tom Hart that he could run the unit alone.": (
            "he could run the unit alone"
        ),
        "Ann Lee warned that the plan would fail.": "the plan would fail",
        # no listener: "that" is a demonstrative
        "Ann Lee warned against viewing that as an endorsement.": (
            "viewing that as an endorsement"
        ),
    }
    for text, content in cases.items():
        assert by_speaker(text)[0][2] == content, text


def test_a_speech_acts_that_clause_runs_past_a_time_word() -> None:
    text = "Scholars caution that high turnout during the primaries does not bring wins."
    assert by_speaker(text) == [
        ("Scholars", "reported", "high turnout during the primaries does not bring wins")
    ]
    # "that" naming a thing keeps the object's end: no content "promise on Monday"
    text = "Ann Lee echoed that promise on Monday, saying she would cut fares."
    assert [c for _, _, c in by_speaker(text)] == ["she would cut fares"]


def test_a_refused_thing_followed_by_a_deed_is_no_clause() -> None:
    assert by_speaker("Ann Lee declined that post and has since left the firm.") == []


def test_calling_an_emergency_number_says_nothing() -> None:
    assert by_speaker("Ann Lee was able to call 911 at dawn to get help.") == []


def test_a_date_between_the_cue_and_that_is_no_part_of_the_content() -> None:
    text = "The agency announced Nov. 18 that it would add five firms to the contract."
    assert by_speaker(text) == [
        ("the agency", "reported", "it would add five firms to the contract")
    ]
    text = (
        "Ann Lee wrote in an Oct. 26 letter to phone companies that the outages were unacceptable."
    )
    assert by_speaker(text) == [("Ann Lee", "reported", "the outages were unacceptable")]
    # a date that ends the sentence is when, not what
    assert by_speaker("Ann Lee leads in Ohio, which votes Feb. 27.") == []


def test_a_firm_adding_things_says_nothing() -> None:
    text = "The airline announced Monday that it was adding new routes and bigger planes."
    assert by_speaker(text) == [
        ("the airline", "reported", "it was adding new routes and bigger planes")
    ]


def test_a_thing_called_by_its_name_is_no_statement() -> None:
    assert by_speaker("Tom Hart built a camera pole, which he called the Snap Stick.") == []
    assert by_speaker("Ann Lee called for a Special Prosecutor.") != []
