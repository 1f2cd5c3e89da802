"""A source that closes its sentence ("…, the general told reporters.")."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract


def test_told_reporters_after_the_content() -> None:
    text = "Bob Smith arrived. The plan was a draft, the senator told reporters."
    _, statements = extract(text)
    assert [(s.kind.value, s.text) for s in statements] == [("reported", "The plan was a draft")]
    assert statements[0].cue is not None and statements[0].cue.text == "told"


def test_inverted_cue_with_apposition_at_sentence_end() -> None:
    text = "The plan works, said Ann Lee, a senior official with the board."
    assert by_speaker(text) == [("Ann Lee", "reported", "The plan works")]


def test_trailing_attribution_keeps_nested_speech() -> None:
    text = "Ann Lee had told police officials that she was fine, the source added."
    _, statements = extract(text)
    assert statements[0].text == "Ann Lee had told police officials that she was fine"


def test_as_source_said_after_the_content() -> None:
    assert by_speaker("Ann Lee had a gun, as police have said.") == [
        ("the police", "reported", "Ann Lee had a gun")
    ]


def test_inverted_cue_with_trailing_prepositional_phrase() -> None:
    text = "The meeting went badly, said one GOP source in the room."
    assert by_speaker(text)[0][1:] == ("reported", "The meeting went badly")


def test_a_trailing_source_vouches_for_the_report_inside_not_the_opening_speaker() -> None:
    text = (
        "Minister Ana Ruiz stated that the army has no plans to leave after reports claimed "
        "that the army wrote to the council saying it would leave, a memo seen by Reuters showed."
    )
    said = by_speaker(text)
    assert ("Ana Ruiz", "reported", "the army has no plans to leave") in said
    memo = [words for name, _, words in said if "memo" in name.lower()]
    assert memo == ["the army wrote to the council saying it would leave"]


def test_a_trailing_source_vouches_for_the_whole_clause_not_from_a_demonstrative_that() -> None:
    text = (
        "Clinton had told police officials that she didn’t want the escort at all, but the "
        "NYPD overruled that request, the source added."
    )
    said = {who: words for who, _, words in by_speaker(text)}
    assert said["the source"].endswith("but the NYPD overruled that request")
    assert said["the source"].startswith("Clinton had told police officials")


def test_he_told_after_a_report_of_his_own_makes_no_second_statement() -> None:
    # "Kuhar said the zoo …, he told NewsNet5" gave "he" (read as a woman quoted before) the
    # words "Kuhar said the zoo …"
    text = "Jim Kuhar said the zoo had received many accounts, he told NewsNet5."
    assert by_speaker(text) == [("Jim Kuhar", "reported", "the zoo had received many accounts")]


def test_a_trailing_source_after_someone_elses_report_still_vouches_for_it() -> None:
    text = "Ann Lee said the plan failed, a spokesman added."
    assert ("a spokesman", "reported", "Ann Lee said the plan failed") in by_speaker(text)


def test_a_name_set_off_after_a_description_closes_the_sentence() -> None:
    # before, "his daughter, Clara Moore, told" made no statement at all
    text = "The singer was ill, but he is much better, his daughter, Clara Moore, told reporters."
    assert by_speaker(text) == [
        ("Clara Moore", "reported", "The singer was ill, but he is much better")
    ]


def test_a_quote_closing_before_the_description_keeps_its_mark() -> None:
    text = 'He "is much better," his daughter, Clara Moore, told the Daily Post.'
    assert by_speaker(text) == [("Clara Moore", "reported", 'He "is much better,"')]


def test_a_clause_after_said_is_its_content_not_an_inverted_speaker() -> None:
    text = (
        "Ann Lee, who watched the ceremony on a screen, said the event brought back "
        "memories of her father."
    )
    assert by_speaker(text) == [
        ("Ann Lee", "reported", "the event brought back memories of her father")
    ]
    text = "It was a long night, said the retired general."
    assert by_speaker(text) == [("the retired general", "reported", "It was a long night")]


def test_what_follows_a_speech_act_after_a_comma_is_its_object_not_its_speaker() -> None:
    text = "Here, Dr Ann Lee, a consultant dermatologist, offers her verdict."
    assert by_speaker(text) == [("Ann Lee", "reported", "her verdict")]
    text = "Ann Lee told the board that she has their backs, touting a message of unity."
    assert [speaker for speaker, _, _ in by_speaker(text)] == ["Ann Lee", "Ann Lee"]


def test_a_name_with_age_town_and_state_then_a_who_clause_speaks() -> None:
    text = (
        "Ann Lee, 59, of Ashton, Md., who watched the ceremony on a screen, said the event "
        "brought back memories of her father."
    )
    assert by_speaker(text) == [
        ("Ann Lee", "reported", "the event brought back memories of her father")
    ]
    text = "Tom Hart, a driver from Ava, Mo., who is in the union, said he was paid well."
    assert by_speaker(text) == [("Tom Hart", "reported", "he was paid well")]
