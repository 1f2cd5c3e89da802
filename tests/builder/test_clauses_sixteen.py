"""Statements read on PolNeAr train and fresh unseen articles (#15, sixteenth round)."""

from __future__ import annotations

from attribution_helpers import by_speaker


def test_a_speech_participle_after_by_or_after_is_said_by_the_clauses_subject() -> None:
    said = by_speaker(
        "Bernie Sanders has soared in the polls by saying that the system is rigged. "
        "Mr. Smith resigned on Monday after saying the company had lied."
    )
    assert [(who, text) for who, _, text in said] == [
        ("Bernie Sanders", "the system is rigged"),
        ("Smith", "the company had lied"),
    ]


def test_responded_by_saying_gives_what_was_said_once() -> None:
    said = by_speaker("Jones responded by saying the vote was rigged.")
    assert [(who, text) for who, _, text in said] == [("Jones", "the vote was rigged")]


def test_a_name_before_its_deed_speaks_the_participle_after_a_comma() -> None:
    said = by_speaker("Smith resigned on Monday, saying the company had lied.")
    assert [(who, text) for who, _, text in said] == [("Smith", "the company had lied")]


def test_a_deed_after_by_or_what_the_object_said_is_no_statement_of_the_subject() -> None:
    # "by touting his results" is a deed with its object; after "for", the object said it;
    # "refrained from saying" and "left without saying" say nothing.
    said = by_speaker(
        "Rubio won the crowd by touting his Iowa results. "
        "Trump attacked Khan for saying he had sacrificed nothing. "
        "The senator refrained from saying whether she would run. "
        "The mayor left without saying whether the plan would go ahead."
    )
    assert not any(text.startswith("his Iowa") for _, _, text in said)
    assert not any(text.startswith("he had sacrificed") for _, _, text in said)
    assert not any(text.startswith("whether") for _, _, text in said)


def test_a_participle_after_before_ends_the_statement_it_follows() -> None:
    said = by_speaker("Trump told reporters he was fine, before insisting he had won the debate.")
    assert [(who, text) for who, _, text in said] == [
        ("Trump", "he was fine"),
        ("Trump", "he had won the debate"),
    ]


def test_a_participle_in_a_new_clause_is_not_given_to_the_earlier_speaker() -> None:
    said = by_speaker(
        "Gallagher said that expansion was a done deal, and then Bloom upped the ante by "
        "claiming that the league will add Seattle."
    )
    assert not any(
        who == "Gallagher" and text == "the league will add Seattle" for who, _, text in said
    )


def test_a_person_acted_on_in_a_passive_is_no_statement_of_the_agent() -> None:
    said = by_speaker(
        "The fisherman is lucky to be alive after his ringtone went off while he was being "
        "attacked by a bear. The plan was attacked by Republicans as a giveaway."
    )
    assert [who for who, _, _ in said] == ["Republicans"]


def test_saying_nothing_about_something_is_no_statement() -> None:
    said = by_speaker(
        "The first story was published in Pravda, and it says nothing about the singer. "
        "Smith said nothing was decided yet."
    )
    assert [(who, text) for who, _, text in said] == [("Smith", "nothing was decided yet")]


def test_tweeted_images_are_no_words() -> None:
    assert by_speaker("The group tweeted images of the burning pipeline on Tuesday.") == []


def test_an_adjective_before_a_noun_cue_is_no_speaker() -> None:
    said = by_speaker(
        "The anonymous note between office colleagues was posted on Facebook. "
        "The passive-aggressive note which started the war was pinned to the fridge. "
        "The missive said the party has no intention of backing down."
    )
    assert [(who, text) for who, _, text in said] == [
        ("the missive", "the party has no intention of backing down")
    ]


def test_a_dated_agency_line_is_not_part_of_the_statement() -> None:
    said = by_speaker(
        "Nov 5 (Reuters) - A fire broke out at a pipeline during repairs, a security source said."
    )
    assert said == [
        ("a security source", "reported", "A fire broke out at a pipeline during repairs")
    ]


def test_a_source_set_off_before_a_contrast_closes_the_first_clause() -> None:
    said = by_speaker(
        "Qatar is working to free other captives, a Gulf source told Reuters, but U.S. officials "
        "said they had no information. "
        "The economy is growing, the minister said, but unemployment remains high."
    )
    assert [(who, text) for who, _, text in said] == [
        ("a Gulf source", "Qatar is working to free other captives"),
        ("U.S. officials", "they had no information"),
        ("the minister", "The economy is growing but unemployment remains high"),
    ]


def test_declining_a_request_for_comment_is_no_statement() -> None:
    assert by_speaker("A spokeswoman for Apple declined CNET's request for comment.") == []


def test_a_source_described_by_what_it_is_close_to_speaks_under_its_own_noun() -> None:
    said = by_speaker(
        "Sources close to the situation said Vegas is done. "
        "People familiar with the decision said the plan was dead."
    )
    assert [(who, text) for who, _, text in said] == [
        ("Sources close to the situation", "Vegas is done"),
        ("People familiar with the decision", "the plan was dead"),
    ]


def test_a_tagged_content_that_ends_on_the_runs_on_to_its_clause_end() -> None:
    said = by_speaker(
        "Studies have shown that exercise helps the heart and as a result fitness improves."
    )
    assert [text for _, _, text in said] == [
        "exercise helps the heart and as a result fitness improves"
    ]


def test_an_outlet_that_cites_someone_as_saying_speaks_the_clause_before() -> None:
    said = by_speaker(
        'The carmaker is still working on a contract but the deal is a "go," CNBC cited one '
        "source from the governor's office as saying."
    )
    assert [(who, text) for who, _, text in said] == [
        ("CNBC", 'The carmaker is still working on a contract but the deal is a "go,"')
    ]


def test_citing_a_source_names_it_and_citing_a_reason_is_kept() -> None:
    said = by_speaker(
        "Microsoft is in talks to buy Mojang, The Wall Street Journal said, citing a person "
        "with knowledge of the matter."
    )
    assert [(who, text) for who, _, text in said] == [
        ("Wall Street Journal", "Microsoft is in talks to buy Mojang")
    ]
    said = by_speaker("The court blocked the plan, citing a threat to public health and safety.")
    assert [(who, text) for who, _, text in said] == [
        ("the court", "a threat to public health and safety")
    ]


def test_a_ticker_or_an_opening_time_before_the_company_that_said_is_skipped() -> None:
    said = by_speaker(
        "(Reuters) - Microsoft is in talks to buy Mojang, The Wall Street Journal said. "
        "In the same month Sony Corp (6758.T) said it had sold more than 7 million units."
    )
    assert [(who, text) for who, _, text in said] == [
        ("Wall Street Journal", "Microsoft is in talks to buy Mojang"),
        ("Sony Corp", "it had sold more than 7 million units"),
    ]


def test_a_show_title_in_quote_marks_before_that_is_the_venue_not_the_statement() -> None:
    said = by_speaker(
        "Obama admitted on “60 Minutes” that his administration “underestimated” the group."
    )
    assert [text for _, _, text in said] == ["his administration “underestimated” the group"]


def test_the_writers_short_answer_after_but_is_not_the_sources_claim() -> None:
    said = by_speaker("Some sites are claiming it’s from a Peruvian TV show, but it’s not.")
    assert [text for _, _, text in said] == ["it’s from a Peruvian TV show"]


def test_a_video_that_claims_to_show_is_no_source() -> None:
    assert by_speaker("Video released Tuesday claims to show the beheading of a hostage.") == []


def test_the_participle_of_a_cues_adjunct_is_not_the_statement() -> None:
    said = by_speaker("ISIS claims in a new video released Tuesday to have executed the hostage.")
    assert [(who, text) for who, _, text in said] == [("ISIS", "to have executed the hostage")]


def test_whom_before_a_cues_subject_is_its_object_and_no_words_follow() -> None:
    said = by_speaker(
        "The video shows Sotloff, whom the Islamic State threatened in the video it put out "
        "last month."
    )
    assert not any(who == "Islamic State" for who, _, _ in said)


def test_what_goes_on_or_was_decided_is_no_statement() -> None:
    said = by_speaker(
        "Procter and Gamble decided to promote the fat as a healthier shortening. "
        "His theory was flimsy, but the ousting of saturated fat has continued unabated ever "
        "since. Howard continued his scathing remarks. Republicans continue to warn that the "
        "deal was a mistake."
    )
    assert not any(text.startswith(("the fat as", "unabated")) for _, _, text in said)
    assert ("Republicans", "the deal was a mistake") in [(who, text) for who, _, text in said]


def test_as_a_source_pointed_out_with_its_particle_gives_the_main_clause() -> None:
    said = by_speaker("As the Guardian pointed out, the werewolf myth has no part in the rite.")
    assert [(who, text) for who, _, text in said] == [
        ("Guardian", "the werewolf myth has no part in the rite")
    ]


def test_points_out_and_fired_back_report_and_fired_alone_does_not() -> None:
    said = [
        (who, text)
        for sentence in (
            "The senator points out that the bill is flawed.",
            "Donald Trump went with the odds, pointing out that Carolina would win.",
            '"Yes, I know that," Stancil fired back.',
            "The police fired round after round of teargas at the protesters.",
            "Lowe is under fire for failing to deliver on his vow that Britain would leave.",
        )
        for who, _, text in by_speaker(sentence)
    ]
    assert said[:3] == [
        ("the senator", "the bill is flawed"),
        ("Donald Trump", "Carolina would win"),
        ("Stancil", "Yes, I know that"),
    ]
    # "under fire" is no cue: the vow is still said
    assert [text for _, text in said[3:]] == ["Britain would leave"]


def test_a_tagged_content_keeps_the_words_of_an_inner_cue() -> None:
    said = by_speaker(
        "The intelligence community and cybersecurity experts have reached a broad conclusion "
        "that all the available evidence points to Russia as the actual perpetrators."
    )
    assert [text for _, _, text in said] == [
        "all the available evidence points to Russia as the actual perpetrators"
    ]


def test_citing_documents_set_off_before_the_verb_names_no_statement() -> None:
    said = by_speaker(
        "The Journal, citing internal documents, reported that the campaign is spending more "
        "than it takes in."
    )
    assert [(who, text) for who, _, text in said] == [
        ("Journal", "the campaign is spending more than it takes in")
    ]
