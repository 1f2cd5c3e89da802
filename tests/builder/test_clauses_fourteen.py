"""Who a statement is given to, read on fresh unseen articles (#15, fourteenth round)."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract


def test_she_after_a_quote_of_two_sentences_is_the_woman_named_before_it() -> None:
    # the quote's own sentence end is not the sentence "she" follows; the mother is named
    # after a possessive ("Sotloff's mother Shirley Sotloff"), with a time phrase first
    said = by_speaker(
        "The video shows the journalist Steven Sotloff.\n\n"
        "Sotloff speaks to the camera, saying he is “paying the price” for the war.\n\n"
        "The masked figure in the video speaks to the president, telling him, “We will "
        "strike your people.”\n\n"
        "Last week, Sotloff’s mother Shirley Sotloff released a video pleading for her son.\n\n"
        "“Steven is a journalist who traveled to the Middle East. Steven is a loyal son,” "
        "she said."
    )
    assert [who for who, _, text in said if "journalist" in text] == ["Shirley Sotloff"]


def test_he_after_a_quote_of_two_sentences_is_the_man_the_paragraph_before_is_about() -> None:
    said = by_speaker(
        "The newspaper Mail Online reported the attack first.\n\n"
        "Igor Vorozhbitsyn suffered cuts to his face, and he used the phone to call for help.\n\n"
        "“I couldn’t believe my luck when the phone went off. I know that ringtone is not "
        "to everyone's taste,” he said."
    )
    assert [who for who, _, text in said if "luck" in text] == ["Igor Vorozhbitsyn"]


def test_a_site_named_by_its_web_address_speaks() -> None:
    said = by_speaker(
        '"Actions speak louder than words," said 350.org executive director Mary Boeve '
        "in a statement.\n\n"
        "The law has been roundly criticised on social media, aina.org reports."
    )
    assert [who for who, _, _ in said] == ["Mary Boeve", "aina.org"]


def test_he_is_the_man_named_after_a_long_title_in_the_sentence_before() -> None:
    # "White House Press Secretary" holds capitals that are no name: the name after them is
    # whom "he" means, not the last man quoted
    said = by_speaker(
        "Rep. Ileana Ros-Lehtinen said they were working behind the scenes. White House "
        "Press Secretary Josh Earnest could not confirm the reports on Tuesday. He noted the "
        "administration has been monitoring the situation."
    )
    assert [who for who, _, text in said if "monitoring" in text] == ["Josh Earnest"]


def test_a_family_named_by_its_surname_is_the_family_not_the_person() -> None:
    said = by_speaker(
        "Mariam Al Mansouri, the first female fighter pilot of the UAE, led the strike. "
        "The Mansouri family also called for support for the Syrian revolution."
    )
    assert said == [("the Mansouri family", "reported", "support for the Syrian revolution")]


def test_called_after_an_indefinite_description_names_the_source() -> None:
    said = by_speaker(
        "Unfortunately, an Arabic language news site called Wattan.TV is reporting that the "
        "pilot's family has disowned her."
    )
    assert said == [("Wattan.TV", "reported", "the pilot's family has disowned her")]


def test_called_after_a_definite_subject_is_still_speech() -> None:
    said = by_speaker("The president called Clinton a liar.")
    assert [who for who, _, _ in said] == ["the president"]


def test_a_relative_clause_about_an_inverted_source_ends_the_sentence_not_the_source() -> None:
    said = by_speaker(
        "Production is now scheduled to start around September because of delays, said one "
        "of the people, who asked not to be identified because the details aren't public."
    )
    assert said == [
        (
            "one of the people",
            "reported",
            "Production is now scheduled to start around September because of delays",
        )
    ]


def test_who_in_capitals_is_the_world_health_organization() -> None:
    said = by_speaker("Patients will pay gangs more than $200,000 for a kidney, WHO concluded.")
    assert said == [("WHO", "reported", "Patients will pay gangs more than $200,000 for a kidney")]


def test_a_stamp_before_a_storys_first_line_is_no_speaker() -> None:
    said = by_speaker(
        "DEVELOPING: An Internet video purports to show the beheading of US reporter Steven "
        "Sotloff by the Islamic State extremist group.\n\n"
        "EXCLUSIVE: In memo to Congress, Saudis insist they’re fighting terror."
    )
    assert said == [("Saudis", "reported", "they’re fighting terror")]


def test_a_links_footer_glued_to_its_label_is_nobodys_statement() -> None:
    said = by_speaker(
        "The bride married a guest instead.\n\n"
        "RelatedIndia's PM auctions a suit to help clean GangesIndia: Shooting orders issued "
        "for yet another 'man-eating' tigerIndia: Beautiful photos capture everyday life"
    )
    assert said == []


def test_a_teacher_named_by_her_work_speaks_whole_and_goes_on_as_she() -> None:
    said = by_speaker(
        "“We didn't decide out of the blue. This is over our heads,” said a head teacher at "
        "the La Villette school.\n\n"
        "The students are kept under close surveillance, she told The Telegraph."
    )
    assert [who for who, _, _ in said] == ["a head teacher", "a head teacher"]


def test_tweeting_a_picture_or_calling_a_press_conference_is_no_statement() -> None:
    said = by_speaker(
        "Morin tweeted a selfie of him and Dr Dre. Nevada Gov. Brian Sandoval has called "
        "press conference Thursday. Trump tweeted that the election was rigged."
    )
    assert said == [("Trump", "reported", "the election was rigged")]


def test_calling_a_meeting_something_is_still_speech() -> None:
    said = by_speaker('Kirchner called the meeting "magical" and the family "marvelous."')
    assert [who for who, _, _ in said] == ["Kirchner"]


def test_a_sentence_opening_but_is_no_part_of_a_speakers_role() -> None:
    speakers, _ = extract(
        "IS said she was dead. But Kurdish journalist Pawan Durani said it was untrue."
    )
    durani = next(s for s in speakers if s.name == "Pawan Durani")
    assert durani.role == "Kurdish journalist"


def test_an_institutions_of_or_for_goes_on_with_its_name() -> None:
    said = by_speaker(
        "The Syrian Observatory for Human Rights said 50 people died. The American College "
        "of Sports Medicine said older people planned to try it."
    )
    assert [who for who, _, _ in said] == [
        "Syrian Observatory for Human Rights",
        "American College of Sports Medicine",
    ]


def test_an_envoy_set_off_before_his_name_speaks_by_name() -> None:
    speakers, statements = extract(
        "The outgoing UN envoy to Iraq, Nikolay Mladenov, told the council that 790 people "
        "were killed in January alone."
    )
    assert [(s.name, s.role) for s in speakers] == [
        ("Nikolay Mladenov", "outgoing UN envoy to Iraq")
    ]
    assert [s.text for s in statements] == ["790 people were killed in January alone"]


def test_a_twitter_handle_after_a_name_is_no_part_of_it() -> None:
    speakers, _ = extract(
        "Another journalist and Kurdish supporter Pawan Durani @PawanDurani noted that it was "
        "all ISIS propaganda. Durani tweeted that Rehana is alive."
    )
    assert [s.name for s in speakers] == ["Pawan Durani"]


def test_but_and_the_subjects_next_deed_ends_what_was_said() -> None:
    said = by_speaker(
        "Tesla recently confirmed that it has been excavating on a site near Reno, but stopped "
        "short of saying that it would be the site of the giant plant."
    )
    assert said == [("Tesla", "reported", "it has been excavating on a site near Reno")]


def test_a_links_label_in_capitals_before_a_headline_is_no_speaker() -> None:
    said = by_speaker(
        "The ambassador spoke on Tuesday.\n\n"
        "HORROR: ISIS fanatics hurl public execution victims into deep ravine in Syria\n\n"
        "ISIS had recently confirmed the death of the hostage."
    )
    assert [who for who, _, _ in said] == ["ISIS"]


def test_a_transcripts_speaker_in_capitals_still_speaks() -> None:
    said = by_speaker(
        "The debate went on.\n\nPENCE: Well, look, we will win this election.\n\n"
        "KAINE: No you won't."
    )
    assert [who for who, _, _ in said] == ["PENCE", "KAINE"]
