"""Speakers and statements a reader met on PolNeAr train briefs (#15, eleventh round): a
surname that opens with a particle, and a quote's speaker named before a verb no lexicon
lists."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract


def test_a_surname_opening_with_a_particle_speaks() -> None:
    said = by_speaker("The plan will fail, de Blasio said.")
    assert said == [("de Blasio", "reported", "The plan will fail")]


def test_a_particle_surname_after_the_full_name_is_the_same_speaker() -> None:
    speakers, statements = extract(
        'Mayor Bill de Blasio said the plan will fail. "It is a disaster," de Blasio added.'
    )
    assert [s.name for s in speakers] == ["Bill de Blasio"]
    assert speakers[0].role == "Mayor"
    assert len(statements) == 2


def test_dos_is_a_name_particle() -> None:
    text = (
        "The group will not be representing Santilli but plans to watch his case closely, "
        "dos Santos says."
    )
    said = by_speaker(text)
    assert said[0][0] == "dos Santos"
    assert said[0][2].startswith("The group will not be representing Santilli")


def test_a_van_is_no_name_particle_before_a_plain_word() -> None:
    said = by_speaker("The company sold the van on Monday, Smith said.")
    assert said == [("Smith", "reported", "The company sold the van on Monday")]


def test_a_question_then_a_name_and_an_unlisted_verb_is_that_persons_question() -> None:
    text = (
        "“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some "
        "people stay if they register?”"
    )
    said = by_speaker(text)
    assert said == [
        (
            "Hannity",
            "direct",
            "Would it be negotiable about the 11 million? Maybe let some people stay if "
            "they register?",
        )
    ]


def test_a_quote_closing_on_its_comma_then_a_pronoun_and_an_unlisted_verb() -> None:
    speakers, statements = extract(
        'Jane Roe took the stand on Monday. "We are done here," she snapped.'
    )
    assert [(s.text, s.cue.text if s.cue else None) for s in statements] == [
        ("We are done here", "snapped")
    ]
    assert speakers[0].name == "Jane Roe"


def test_a_one_word_title_before_a_verb_is_no_quote() -> None:
    assert by_speaker('"Thriller," Jackson recorded.') == []


def test_a_quote_that_goes_on_past_its_verb_is_no_unlisted_cue() -> None:
    assert by_speaker('"Up and away," Pixar released in 2009.') == []


def test_a_full_stop_inside_a_quote_keeps_a_later_sentence_apart() -> None:
    text = (
        'General Batschelet spoke. "Only 2 in 10 would qualify to join the Army," he said. '
        '"We think by 2020 it could be as high as 50%." He paused. "It is a sad testament."'
    )
    _, statements = extract(text)
    assert all(s.cue is None or s.cue.text != "paused" for s in statements)


def test_a_quote_after_a_stance_reported_inside_a_statement_goes_on_for_the_reporter() -> None:
    text = (
        "Senator Ann Smith said the bill will pass. The governor hopes to sign it, Smith "
        'added. "It is a good bill and we will fight for it."'
    )
    said = by_speaker(text)
    assert ("Ann Smith", "direct", "It is a good bill and we will fight for it.") in said


def test_a_quote_after_a_speech_reported_inside_a_statement_stays_with_the_speaker() -> None:
    text = (
        "A spokesman for Rajasthan Police said they had taken statements from the woman, "
        "India Times reported. 'We have arrested taxi driver Salim on a complaint filed on "
        "Saturday.'"
    )
    said = by_speaker(text)
    quote = [name for name, kind, _ in said if kind == "direct"]
    assert quote == ["A spokesman for Rajasthan Police"]


def test_a_time_clause_after_the_cue_is_no_statement() -> None:
    said = by_speaker("The plan is dead, Smith said as he left the stage.")
    assert said == [("Smith", "reported", "The plan is dead")]


def test_a_time_clause_after_the_cue_leaves_the_sentence_to_the_speaker() -> None:
    text = "Her friends have mocked the campaign, Susan Ray said as she turned around."
    said = by_speaker(text)
    assert ("Susan Ray", "reported", "Her friends have mocked the campaign") in said
    assert all(not content.startswith("as she") for _, _, content in said)


def test_a_described_speaker_a_colon_and_one_quotation_is_a_turn() -> None:
    text = (
        "The hearing went on for hours.\n\n"
        'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that '
        'figure. Who told you that?"\n\n'
        "Former secretary of state Hillary Rodham Clinton: “We learned that from the State "
        "Department. We were trying to help them close some gaps.”"
    )
    speakers, statements = extract(text)
    names = {s.id: (s.name, s.role) for s in speakers}
    assert [(names[st.speaker], st.text.split(".")[0]) for st in statements] == [
        (("Trey Gowdy", "Rep."), "I have not heard anyone other than you ever cite that figure"),
        (
            ("Hillary Rodham Clinton", "Former secretary of state"),
            "We learned that from the State Department",
        ),
    ]


def test_a_label_that_names_no_one_before_a_colon_quotes_no_one() -> None:
    assert by_speaker('The court heard: "He was there on the night of the fire."') == []


def test_a_day_named_before_a_description_is_no_count() -> None:
    speakers, statements = extract(
        "“The president’s rationales to veto the bill don’t hold weight,” said 9/11 widow "
        "Terry Strada."
    )
    assert [(s.name, s.role) for s in speakers] == [("Terry Strada", "9/11 widow")]
    assert statements[0].text == "The president’s rationales to veto the bill don’t hold weight"


def test_an_inverted_speaker_after_a_comma_inside_a_closing_quote() -> None:
    text = (
        'Craig Bryan studies suicide. The answers to veteran suicides are "not meeting the '
        'demand," says Paul Rieckhoff, founder of the group. "We often compare it to the early '
        'days of the AIDS crisis."'
    )
    said = by_speaker(text)
    assert said == [
        (
            "Paul Rieckhoff",
            "reported",
            'The answers to veteran suicides are "not meeting the demand,"',
        ),
        ("Paul Rieckhoff", "direct", "We often compare it to the early days of the AIDS crisis."),
    ]


def _headline_speakers(headline: str, body: str) -> list[tuple[str, str, str]]:
    return [s for s in by_speaker(f"{headline}\n\n{body}") if s[2] in headline]


def test_a_headline_names_its_speaker_before_what_they_did_and_the_colon() -> None:
    body = "Elizabeth Warren questioned the bank's chief for two hours on Tuesday."
    said = _headline_speakers(
        "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’",
        body,
    )
    assert said == [("Elizabeth Warren", "direct", "You Should Be Criminally Investigated.")]


def test_a_headline_speaker_ends_before_a_preposition() -> None:
    body = "The CNN President, Jeff Zucker, answered Donald Trump on Thursday."
    said = _headline_speakers(
        "CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’", body
    )
    assert [name for name, _, _ in said] == ["CNN President"]


def test_a_headline_that_opens_with_an_article_names_no_speaker() -> None:
    body = "A judge ruled on Monday. Loretta Lynch spoke at the event."
    said = _headline_speakers("A lesson from Loretta Lynch: 'Be the voice that people hear.'", body)
    assert all(name != "A" for name, _, _ in said)


def test_a_family_after_its_determiner_is_a_speaker_not_an_adverb() -> None:
    said = by_speaker("The relatives saw the video on Thursday, attorneys for the family said.")
    assert said == [
        ("attorneys for the family", "reported", "The relatives saw the video on Thursday")
    ]


def test_an_adverb_in_ly_before_the_cue_is_still_stepped_over() -> None:
    said = by_speaker("The plan is dead, the company quickly said.")
    assert said == [("the company", "reported", "The plan is dead")]


def test_a_plural_cue_word_before_have_is_the_subjects_noun() -> None:
    text = (
        "Voting rights advocates have expressed deep concern about the policy. They cite the "
        "2000 election in Florida."
    )
    names = {name for name, _, _ in by_speaker(text)}
    assert "Voting rights" not in names
    assert "Voting rights advocates" in names


def test_reported_words_end_before_the_writers_apposition_after_a_name() -> None:
    said = by_speaker("Ed Schultz said he did not support Mr. Trump, the presumed Putin favorite.")
    assert said == [("Ed Schultz", "reported", "he did not support Mr. Trump")]


def test_a_short_object_keeps_its_description() -> None:
    said = by_speaker("Trump attacked Alicia Machado, the former beauty pageant winner.")
    assert all(content != "Alicia Machado" for _, _, content in said)


def test_a_clause_after_a_name_and_comma_is_no_apposition() -> None:
    text = (
        "A diplomatic source has revealed that despite attempts to force Han to return to North "
        "Korea, the student has evaded capture."
    )
    said = by_speaker(text)
    assert any(content.endswith("the student has evaded capture") for _, _, content in said)


def test_according_to_after_an_opening_clause_vouches_for_the_main_clause() -> None:
    text = (
        "While most of those were raised to the “confidential” level, according to a State "
        "Department official, two in the latest batch were raised to the “Secret” level."
    )
    said = by_speaker(text)
    assert [(name, content) for name, _, content in said] == [
        ("a State Department official", "two in the latest batch were raised to the “Secret” level")
    ]


def test_according_to_closing_a_sentence_that_opens_with_if_vouches_for_it() -> None:
    text = (
        "If your name is Nigel you are twice as likely to vote Ukip, according to research by "
        "YouGov."
    )
    said = by_speaker(text)
    assert [content for _, _, content in said] == [
        "If your name is Nigel you are twice as likely to vote Ukip"
    ]


def test_one_of_several_attorneys_named_between_commas_speaks() -> None:
    speakers, statements = extract(
        "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show "
        "Scott calmly leaving his car."
    )
    assert [(s.name, s.role) for s in speakers] == [
        ("Justin Bamberg", "one of the family's attorneys")
    ]
    assert statements[0].text == "the videos show Scott calmly leaving his car"
