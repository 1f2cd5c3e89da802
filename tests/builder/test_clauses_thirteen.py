"""Where one reported clause ends and the next speaker's begins (#15, thirteenth round)."""

from __future__ import annotations

from attribution_helpers import by_speaker


def test_a_past_verb_after_a_present_cue_goes_on_with_the_reported_clause() -> None:
    # the police did not refuse: the man they speak of did
    said = by_speaker("Police say he posed a deadly threat and refused to drop the gun.")
    assert said == [
        ("Police", "reported", "he posed a deadly threat and refused to drop the gun"),
    ]


def test_adds_then_a_past_verb_is_one_statement() -> None:
    said = by_speaker(
        "Clinton adds that she has released 30 years of tax returns and called on "
        "Sanders to do the same."
    )
    assert [text for _, _, text in said] == [
        "she has released 30 years of tax returns and called on Sanders to do the same"
    ]


def test_a_past_cue_and_a_past_verb_still_share_the_speaker() -> None:
    # "said … and called": both past, both hers
    said = by_speaker("Clinton said she would win and called on Sanders to quit.")
    assert said == [
        ("Clinton", "reported", "she would win"),
        ("Clinton", "reported", "Sanders to quit"),
    ]


def test_did_say_is_no_present() -> None:
    said = by_speaker(
        "Adelson did say he found Trump to be charming and called his rise unheard of."
    )
    assert len(said) == 2


def test_a_name_after_and_opens_its_own_statement() -> None:
    said = by_speaker(
        "Republicans said the department mishandled the investigation and Democrats "
        "accused the GOP of stoking the issue."
    )
    assert said == [
        ("Republicans", "reported", "the department mishandled the investigation"),
        ("Democrats", "reported", "the GOP of stoking the issue"),
    ]


def test_a_list_of_names_before_the_verb_stays_in_the_statement() -> None:
    said = by_speaker(
        "The polls show majorities of voters in Alabama, Georgia and Virginia want a "
        "continuation of his policies."
    )
    assert [name.lower() for name, _, _ in said] == ["the polls"]
    assert said[0][2].endswith("want a continuation of his policies")


def test_a_source_described_by_what_it_knows_closes_the_sentence() -> None:
    said = by_speaker(
        "Shares fell on Monday. Microsoft is in advanced talks to buy the company, people "
        "briefed on the discussions said on Tuesday. Microsoft first approached Mojang, one "
        "of the people briefed on the discussions said. The bank will close branches, "
        "sources close to the bank said."
    )
    assert said == [
        (
            "people briefed on the discussions",
            "reported",
            "Microsoft is in advanced talks to buy the company",
        ),
        (
            "one of the people briefed on the discussions",
            "reported",
            "Microsoft first approached Mojang",
        ),
        ("sources close to the bank", "reported", "The bank will close branches"),
    ]


def test_according_to_a_knowing_source_is_not_part_of_its_name() -> None:
    said = by_speaker(
        "Talks went on. Kushner discussed a secret channel with the ambassador, according "
        "to officials briefed on intelligence reports."
    )
    assert all(not name.lower().startswith("according") for name, _, _ in said)


def test_the_president_is_the_one_named_president_in_capitals_below_the_headline() -> None:
    said = by_speaker(
        "A trade deal was supposed to be limited.\n\nUS President Donald Trump met the "
        "Chinese leader in Osaka in June.\n\n"
        "The president said on Tuesday that China would have to make a deal."
    )
    assert said[-1] == ("Donald Trump", "reported", "China would have to make a deal")


def test_a_lower_case_president_named_in_the_text_outranks_a_capital_one() -> None:
    said = by_speaker(
        "Cristina Kirchner, the president of Argentina, has adopted a boy.\n\nIn 1973 "
        "President Juan Peron formalised the tradition.\n\nThe president said the boy "
        "was a sweetie."
    )
    assert said[-1][0] == "Cristina Kirchner"


def test_a_sentence_s_full_stop_never_joins_a_speaker_s_name() -> None:
    said = by_speaker(
        "Obama sent more troops to fight Isis. On Sunday, the US president said the surge "
        "will put the US on the front foot."
    )
    assert "." not in said[0][0]
    assert said[0][2] == "the surge will put the US on the front foot"


def test_the_governor_is_gov_tom_hale_not_monday_later() -> None:
    said = by_speaker("Gov. Tom Hale spoke on Monday. Later, the governor said the plan was dead.")
    assert said[-1][0] == "Tom Hale"


def test_the_name_set_off_after_a_description_speaks() -> None:
    said = by_speaker(
        "The video was released on Tuesday. A US terrorism watchdog, the SITE Intelligence "
        "Group, said the video was real."
    )
    assert said == [("SITE Intelligence Group", "reported", "the video was real")]


def test_a_description_set_off_after_a_name_still_leaves_the_name() -> None:
    said = by_speaker("Talks went on. Ann Lee, the head of the union, said the strike was over.")
    assert said == [("Ann Lee", "reported", "the strike was over")]


def test_the_paper_is_the_daily_just_quoted() -> None:
    said = by_speaker(
        "Saudi daily Ajel quoted him as saying the rule was new. The paper said flight staff "
        "would be told to keep men and women apart."
    )
    assert [name for name, _, _ in said] == ["Ajel", "Ajel"]


def test_the_site_is_the_outlet_just_named() -> None:
    said = by_speaker(
        "McDonald's Pizza lives on at two restaurants, according to Canada.com\n\n"
        "The two restaurants are owned by Greg Mills, the site reports."
    )
    assert [name for name, _, _ in said] == ["Canada.com", "Canada.com"]


def test_the_paper_after_a_surname_is_no_person() -> None:
    said = by_speaker("Johnson said the rule was new. The paper said staff would be told.")
    assert [name for name, _, _ in said] == ["Johnson", "the paper"]


def test_a_month_or_a_year_after_the_cue_is_when_not_what() -> None:
    said = by_speaker(
        "The plant is big. It is in Nevada.\n\nTesla picked Nevada, a Tesla spokeswoman said "
        "in July. Microsoft said in April it had shipped 5 million units. The Times reported "
        "in 2009 that NASA recalculated its data."
    )
    assert said == [
        ("a Tesla spokeswoman", "reported", "Tesla picked Nevada"),
        ("Microsoft", "reported", "it had shipped 5 million units"),
        ("Times", "reported", "NASA recalculated its data"),
    ]


def test_a_dashed_aside_after_the_month_does_not_hide_the_words() -> None:
    said = by_speaker(
        "The panel met in Geneva. Afghan security forces estimated in March – three months "
        "after British troops withdrew - that about 6,500 foreign fighters were active."
    )
    assert said == [
        ("Afghan security forces", "reported", "about 6,500 foreign fighters were active")
    ]


def test_per_outlet_colon_names_the_outlet() -> None:
    said = by_speaker(
        "Tesla picked Nevada.\n\nPer MarketWatch: “Tesla said last month it had broken "
        "ground on a site in Storey County.”"
    )
    assert [name for name, _, _ in said] == ["MarketWatch"]


def test_writes_outlet_colon_names_the_writer_not_the_last_source() -> None:
    said = by_speaker(
        "Saudia plans to separate men and women.\n\nWrites RT.com on Jan. 2: “Airline "
        "company Saudia will order its staff to separate men and women.”"
    )
    assert said[-1] == (
        "RT.com",
        "direct",
        "Airline company Saudia will order its staff to separate men and women.",
    )


def test_a_block_quote_holding_a_statement_of_its_own_keeps_its_first_sentences() -> None:
    said = by_speaker(
        "Kirchner's godson is Yair Tawil, the seventh son of a rabbi.\n\nThe Jewish Telegraphic "
        "Agency reports:\n\nFernandez received Yair and his parents in her office in Buenos "
        "Aires. They lit candles on a menorah. Kirchner publicized the event on Twitter, "
        'calling the meeting "magical."'
    )
    assert said[0] == (
        "Jewish Telegraphic Agency",
        "direct",
        "Fernandez received Yair and his parents in her office in Buenos Aires. They lit "
        "candles on a menorah",
    )
    assert said[1][0] == "Kirchner"


def test_one_of_a_group_closing_the_sentence_speaks() -> None:
    said = by_speaker(
        "Shares fell. Internally, the project became known as a “black hole” sucking in "
        "resources, one of these people said. The plan failed, one of the lawyers told the paper."
    )
    assert said == [
        (
            "one of these people",
            "reported",
            "Internally, the project became known as a “black hole” sucking in resources",
        ),
        ("one of the lawyers", "reported", "The plan failed"),
    ]


def test_a_date_or_today_after_the_source_is_no_part_of_its_name() -> None:
    said = by_speaker(
        "Shares fell. She woke up during surgery, according to Fox News on Jan. 3. She "
        "talked about cats, according to Sports Act today."
    )
    assert [name for name, _, _ in said] == ["Fox News", "Sports Act"]


def test_any_before_a_cue_word_makes_it_a_noun() -> None:
    said = by_speaker(
        "Shares fell. Asked about any link between the gesture and Ferguson, Icy Ng, a "
        "22-year-old design student at Hong Kong Polytechnic University said, “I don’t think so.”"
    )
    assert said == [("Icy Ng", "direct", "I don’t think so.")]


def test_an_outlet_named_between_commas_after_its_noun_speaks() -> None:
    said = by_speaker(
        "Shares fell. The satire site, Media Mass, had reported that Nishikori was the top "
        "paid player. The company, Acme Corp, said that profits fell."
    )
    assert said == [
        ("Media Mass", "reported", "Nishikori was the top paid player"),
        ("Acme Corp", "reported", "profits fell"),
    ]


def test_say_doctors_closes_its_sentence_with_or_without_the_comma() -> None:
    said = by_speaker(
        "Shares fell. She was never in any pain when this happened say doctors. He was "
        "never in danger, say doctors. The growth was removed, reports Global News today."
    )
    assert said == [
        ("doctors", "reported", "She was never in any pain when this happened"),
        ("doctors", "reported", "He was never in danger"),
        ("Global News", "reported", "The growth was removed"),
    ]


def test_say_inside_a_relative_clause_is_no_inverted_source() -> None:
    assert by_speaker("Shares fell. It is the man they say shot him.") == []


def test_citing_after_a_named_report_names_no_second_speaker() -> None:
    said = by_speaker(
        "Shares fell. Apple is close to buying Path, PandoDaily reported, citing an internal "
        "source on Apple's engineering team."
    )
    assert {name for name, _, _ in said} == {"PandoDaily"}
    assert ("PandoDaily", "reported", "Apple is close to buying Path") in said


def test_reported_citing_a_source_that_gives_what_follows_that() -> None:
    said = by_speaker(
        "Shares fell. Despite Fowler's claim, Deadspin reported, citing Forbes magazine, that "
        "Nishikori didn't make 46 million last year."
    )
    assert ("Deadspin", "reported", "Nishikori didn't make 46 million last year") in said
    assert all(not text.startswith("Despite") for _, _, text in said)


def test_according_to_a_report_citing_sources_is_the_reports() -> None:
    said = by_speaker(
        "Shares fell. According to a report citing supply chain sources by Taiwanese website "
        "UDN, Apple will use a two-lens system in the camera."
    )
    assert said == [("the report", "reported", "Apple will use a two-lens system in the camera")]


def test_a_label_before_a_colon_is_not_the_sentence_s_subject() -> None:
    said = by_speaker(
        "The officials were puzzled.\n\nTranslation: Flummoxed intel officials were checking "
        "the murder against the usual suspects, hoping to stumble onto a clue."
    )
    assert all(name != "Translation" for name, _, _ in said)


def test_a_transcript_q_still_asks() -> None:
    said = by_speaker("The family waited.\n\nQ: How did things go for you?\n\nA: Not well.")
    assert ("Q", "reported", "How did things go for you?") in said


def test_claimed_to_have_done_is_a_claim() -> None:
    said = by_speaker(
        "The raid was on Saturday. Iraqi officials claimed to have killed two senior Isis "
        "members on Saturday."
    )
    assert said == [
        ("Iraqi officials", "reported", "to have killed two senior Isis members on Saturday")
    ]


def test_is_in_capitals_names_islamic_state_not_a_verb() -> None:
    said = by_speaker(
        "The raid was on Saturday. IS fighters then threatened to kill Sotloff. Now IS claims "
        "a photo is evidence that she is dead."
    )
    assert [name for name, _, _ in said] == ["IS fighters", "IS"]


def test_according_is_never_the_carrier_of_a_source_after_to() -> None:
    said = by_speaker(
        "Shares fell.\n\nAccording to an airline source quoted in stories claiming the "
        "opposite, Saudia Airlines does not have plans to separate passengers."
    )
    assert [name for name, _, _ in said] == ["an airline source"]
