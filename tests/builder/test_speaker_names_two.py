"""One speaker a reader can recognise: a description linked to the one named person who fits
it, one organisation under its two names, and no day of the week taken for a given name.
Every text here is invented."""

from __future__ import annotations

import pytest
from attribution_helpers import extract

from briefing.model import SpeakerKind


def _speaker_of(text: str, words: str) -> str:
    """The name of the speaker of the statement that holds ``words``."""
    speakers, statements = extract(text)
    names = {s.id: s.name for s in speakers}
    return next(names[st.speaker] for st in statements if words in st.text)


def _kinds(text: str) -> dict[str, SpeakerKind]:
    speakers, _ = extract(text)
    return {s.name: s.kind for s in speakers}


def test_the_governor_is_the_one_governor_named() -> None:
    text = (
        "Gov. Tom Hale of Northmoor opened the bridge. The ceremony was long.\n\n"
        '"We are proud of it," the governor said.'
    )
    assert _speaker_of(text, "proud") == "Tom Hale"


def test_a_capitalised_office_of_another_body_is_not_the_president_meant() -> None:
    text = (
        "The president spent the day playing golf with Harbury Bank President Tom Vale.\n\n"
        '"We had a quiet sunset," the president said.'
    )
    assert _speaker_of(text, "sunset") != "Tom Vale"


def test_a_description_is_no_thing_named_before_it() -> None:
    text = (
        "The story began in Quellia Translate, the original Russian version of the page.\n\n"
        '"The bear ran away," the original Russian version said.'
    )
    assert _speaker_of(text, "bear") != "Quellia Translate"


def test_the_governor_is_left_alone_when_two_governors_are_named() -> None:
    text = (
        "Gov. Tom Hale of Northmoor met Gov. Ann Roe of Eastmarch. The talks were long.\n\n"
        '"We are proud of it," the governor said.'
    )
    assert _speaker_of(text, "proud") == "the governor"


def test_a_description_no_word_list_knows_is_the_one_person_described_so() -> None:
    text = (
        "Ann Roe, the former Harbury midfielder, watched the game from the stand.\n\n"
        '"He is a threat going forward," the former Harbury midfielder said.'
    )
    assert _speaker_of(text, "threat") == "Ann Roe"


def test_a_description_that_fits_two_people_is_left_alone() -> None:
    text = (
        "Ann Roe, the former Harbury midfielder, watched with Ben Lark, the former Harbury "
        "midfielder who retired last year.\n\n"
        '"He is a threat going forward," the former Harbury midfielder said.'
    )
    assert _speaker_of(text, "threat") == "the former Harbury midfielder"


def test_a_short_form_the_article_gives_is_the_same_speaker() -> None:
    text = (
        'Brantwell Motors (BM) said it would recall 4,000 vans.\n\n"We regret the fault," BM said.'
    )
    assert _speaker_of(text, "recall") == _speaker_of(text, "regret") == "Brantwell Motors"


def test_a_name_the_article_shortens_to_its_letters_is_an_organisation() -> None:
    text = 'Harlow Quarry Partners (HQP) said output fell.\n\n"It is bad," HQP said.'
    assert _kinds(text) == {"Harlow Quarry Partners": SpeakerKind.ORGANIZATION}


@pytest.mark.parametrize(
    ("first", "second"),
    [("Federal Reserve", "The Fed"), ("Volkswagen", "VW"), ("The Fed", "The Federal Reserve")],
)
def test_a_well_known_short_form_is_the_same_speaker(first: str, second: str) -> None:
    text = f"{first} said prices rose in May.\n\n{second} said the rise would slow."
    assert _speaker_of(text, "prices") == _speaker_of(text, "slow")


def test_two_organisations_with_different_short_forms_stay_two() -> None:
    text = (
        "Brantwell Motors (BM) said it would recall vans. Carrow Haulage (CH) said it would "
        'not.\n\n"We regret the fault," BM said.'
    )
    assert _speaker_of(text, "regret") == "Brantwell Motors"
    assert _speaker_of(text, "would not") == "Carrow Haulage"


def test_a_day_before_a_surname_is_no_given_name() -> None:
    text = (
        "Ann Pell of Fernwick Labs was stopped after her car reached Dover on Wednesday "
        'Pell has been a guest on a radio show before. "We will appeal," she said.'
    )
    speakers, _ = extract(text)
    assert not any(s.name.startswith("Wednesday") for s in speakers)


def test_a_newspaper_named_for_a_day_keeps_its_day() -> None:
    text = "The Sunday Clarion said the mayor would resign. It said the vote was close."
    assert _speaker_of(text, "mayor") == "Sunday Clarion"


def test_a_title_before_a_name_links_the_description() -> None:
    text = (
        "First lady Ann Vey visited the school garden. The children sang.\n\n"
        '"It is a great day," the first lady said.'
    )
    assert _speaker_of(text, "great day") == "Ann Vey"


def test_a_titled_surname_is_not_the_relative_quoted_before() -> None:
    text = (
        "Rhod Tarrant, the brother of footballer Ryan Tarrant, lost his job.\n\n"
        '"I am sorry," Rhod Tarrant said.\n\n'
        "Dunmore City assistant manager Tarrant told his brother it was over.\n\n"
        '"It was a mistake," the Dunmore City assistant manager said.'
    )
    assert _speaker_of(text, "sorry") == "Rhod Tarrant"
    assert _speaker_of(text, "mistake") == "Ryan Tarrant"


def test_a_titled_surname_is_the_speaker_when_no_relative_is_named() -> None:
    text = (
        '"I am sorry," Rhod Tarrant said.\n\n'
        "Dunmore City manager Tarrant told reporters it was over."
    )
    assert _speaker_of(text, "over") == "Rhod Tarrant"


@pytest.mark.parametrize("office", ["Director", "Managing Director"])
def test_a_person_before_an_office_in_capitals_speaks_for_the_organisation(office: str) -> None:
    text = f"The poll closed last week. Tom Vale, {office}, Harbury Polls said: 'It is clear.'"
    assert _speaker_of(text, "clear") == "Tom Vale"


def test_a_list_of_names_before_an_organisation_is_no_office() -> None:
    text = "Tom Vale, Ann Roe, Harbury Polls said the poll was clear."
    assert _speaker_of(text, "clear") != "Tom Vale"
