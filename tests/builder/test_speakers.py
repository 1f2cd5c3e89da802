"""Speaker resolution: names and roles, surnames, pronouns, nominals, documents."""

from __future__ import annotations

import pytest
from attribution_helpers import extract as _extract

from briefing.model import SpeakerKind


def test_title_and_name_split_into_name_and_role() -> None:
    speakers, _ = _extract("US Secretary of Defense Mark Esper said the US will stay.")
    assert [(s.id, s.name, s.role) for s in speakers] == [
        ("mark-esper", "Mark Esper", "US Secretary of Defense")
    ]


def test_later_surname_is_the_same_speaker() -> None:
    text = 'Mark Esper said the US will stay. "No decision," Esper said.'
    speakers, statements = _extract(text)
    assert len(speakers) == 1
    assert {s.speaker for s in statements} == {"mark-esper"}
    assert "Esper" in speakers[0].aliases


def test_apposition_becomes_the_role() -> None:
    text = '"Poorly worded," Mark Milley, chairman of the Joint Chiefs of Staff, told reporters.'
    speakers, _ = _extract(text)
    assert speakers[0].name == "Mark Milley"
    assert speakers[0].role == "chairman of the Joint Chiefs of Staff"


def test_he_said_resolves_to_the_last_person_quoted() -> None:
    text = '"One thing," Bob Smith said. "Another thing," he said.'
    _, statements = _extract(text)
    assert [s.speaker for s in statements] == ["bob-smith", "bob-smith"]
    assert statements[1].source_mention is not None
    assert statements[1].source_mention.text == "he"


def test_a_quote_paragraph_that_speaks_on_points_at_the_words_that_named_its_speaker() -> None:
    # The reader shows where a statement's speaker is named; a quote paragraph that goes on
    # for the speaker before it is named where that speaker was, not nowhere.
    text = (
        '"We will stay," said Jane Roe, a senator from Ohio.\n\n'
        '"We were never told," Tom Diaz added. "Not once."\n\n'
        '"It was a mistake from the start and everyone knew it."'
    )
    _, statements = _extract(text)
    named = [(s.speaker, s.source_mention.text if s.source_mention else None) for s in statements]
    assert named == [
        ("jane-roe", "Jane Roe"),
        ("tom-diaz", "Tom Diaz"),
        ("tom-diaz", "Tom Diaz"),
    ]


def test_it_said_resolves_to_the_letter() -> None:
    text = 'The letter said forces would move soon. "We respect your decision," it said.'
    speakers, statements = _extract(text)
    assert [s.speaker for s in statements] == ["the-letter", "the-letter"]
    assert speakers[0].kind is SpeakerKind.DOCUMENT


def test_nominal_resolves_to_a_person_named_just_after() -> None:
    text = (
        "The letter was a draft, the top US general told reporters. "
        '"Poorly worded," US Army General Mark Milley told reporters.'
    )
    _, statements = _extract(text)
    assert [s.speaker for s in statements] == ["mark-milley", "mark-milley"]


def test_document_role_names_who_signed_it() -> None:
    text = (
        "The letter said forces would move soon. It was signed by Brigadier General "
        "William H. Seely III, commanding general of Task Force Iraq, the coalition."
    )
    speakers, _ = _extract(text)
    assert speakers[0].role == (
        "signed by Brigadier General William H. Seely III, commanding general of Task Force Iraq"
    )


def test_unattributed_quote_paragraph_belongs_to_the_previous_speaker() -> None:
    text = '"We stay," Bob Smith said.\n"We are not leaving. Period."'
    _, statements = _extract(text)
    assert [(s.speaker, s.text) for s in statements] == [
        ("bob-smith", "We stay"),
        ("bob-smith", "We are not leaving. Period."),
    ]


def test_unnamed_source_is_its_own_speaker() -> None:
    text = "Forces will leave soon, an Iraqi military source said."
    speakers, _ = _extract(text)
    assert speakers[0].name == "an Iraqi military source"
    assert speakers[0].kind is SpeakerKind.UNNAMED


def test_day_of_week_is_never_a_speaker() -> None:
    text = '"We will go," said Monday.'
    speakers, _ = _extract(text)
    assert all(s.name != "Monday" for s in speakers)


def test_passive_agent_is_not_the_speaker() -> None:
    text = "The troops will leave Iraq soon, a letter seen by Reuters showed."
    speakers, _ = _extract(text)
    assert "Reuters" not in [s.name for s in speakers]


def test_party_and_state_after_a_name_are_skipped() -> None:
    for text in (
        '"We stay," Rep. John Mica (R-Fla.) said.',
        '"We stay," Senate Majority Leader John Mica, R-Fla., said Tuesday.',
    ):
        speakers, statements = _extract(text)
        assert [s.name for s in speakers] == ["John Mica"]
        assert statements[0].text == "We stay"


def test_reverse_apposition_gives_name_and_role() -> None:
    text = "A lawyer for the news outlets, David Schulz, said no decision had been made."
    speakers, _ = _extract(text)
    assert (speakers[0].name, speakers[0].role) == ("David Schulz", "A lawyer for the news outlets")


def test_relative_who_resolves_to_the_name_before_it() -> None:
    text = "Trump, who said the plan works, left early."
    speakers, statements = _extract(text)
    assert [s.name for s in speakers] == ["Trump"]
    assert statements[0].source_mention is not None
    assert statements[0].source_mention.text == "who"


def test_an_institution_keeps_its_whole_name() -> None:
    # it once became a speaker called "Debates" with the role "Commission on Presidential"
    speakers, _ = _extract("The Commission on Presidential Debates said there was an issue.")
    assert [(s.name, s.kind, s.role) for s in speakers] == [
        ("Commission on Presidential Debates", SpeakerKind.ORGANIZATION, "")
    ]


def test_a_name_for_or_of_a_place_is_a_person_and_an_affiliation() -> None:
    speakers, _ = _extract("“It is small,” wrote Cameron Easley for Morning Consult.")
    assert [(s.name, s.role) for s in speakers] == [("Cameron Easley", "Morning Consult")]
    speakers, _ = _extract("Sen. Mike Lee of Utah said the bill was dead.")
    assert [(s.name, s.role) for s in speakers] == [("Mike Lee", "Sen., Utah")]


def test_i_outside_quotes_is_the_writer_not_the_last_person_named() -> None:
    text = "Ann Lee spoke on Monday. I believe the plan will fail. I’ve learned that it costs more."
    speakers, statements = _extract(text)
    names = {s.id: s.name for s in speakers}
    assert {names[st.speaker] for st in statements} == {"the writer"}


def test_a_hometown_state_is_never_the_speaker() -> None:
    text = "Jane Roe, 59, of Ashton, Md., who watched the ceremony, said it brought back memories."
    speakers, _ = _extract(text)
    assert "Md." not in {s.name for s in speakers}


def test_a_name_with_a_suffix_is_found_again_by_its_surname() -> None:
    text = 'Vice President Joseph R. Biden Jr. said it would work. "It will," Biden said.'
    speakers, statements = _extract(text)
    assert [s.name for s in speakers] == ["Joseph R. Biden Jr."]
    assert len(statements) == 2


def test_a_country_that_speaks_is_an_organization() -> None:
    speakers, _ = _extract("Russia said the hack was not its work. Georgia Smith said it was.")
    kinds = {s.name: s.kind for s in speakers}
    assert kinds == {"Russia": SpeakerKind.ORGANIZATION, "Georgia Smith": SpeakerKind.PERSON}


def test_she_is_the_woman_named_before_not_the_man_named_last() -> None:
    text = (
        "Samantha Power, the US ambassador, once wrote a book. Foreign Minister Mevlut "
        'Cavusoglu said the word was unfair. "No president made it a priority," she wrote.'
    )
    speakers, statements = _extract(text)
    names = {s.id: s.name for s in speakers}
    assert names[statements[-1].speaker] == "Samantha Power"


def test_an_honorific_tells_he_from_she() -> None:
    text = 'Mr. Smith said it would fail. Ms. Jones said it would work. "It is good," he said.'
    speakers, statements = _extract(text)
    names = {s.id: s.name for s in speakers}
    assert names[statements[-1].speaker] == "Smith"


def test_british_honorifics_without_a_full_stop_find_the_same_person() -> None:
    text = (
        "Prosecutor Alan Murphy said the man was guilty. Mr Murphy said it was planned. "
        "Nicola Sturgeon said the vote was close. Ms Sturgeon said she would fight on."
    )
    speakers, statements = _extract(text)
    assert [(s.name, s.role) for s in speakers] == [
        ("Alan Murphy", "Prosecutor"),
        ("Nicola Sturgeon", ""),
    ]
    assert len(statements) == 4


def test_a_number_with_thousands_and_a_time_adjunct_stay_out_of_names() -> None:
    text = "Some 46,000 people said they would march. Last night campaigners said it was cruel."
    speakers, _ = _extract(text)
    assert [s.name for s in speakers] == ["Some 46,000 people", "campaigners"]


def test_an_acronym_is_the_same_institution() -> None:
    text = (
        "The International Monetary Fund said growth would slow. The IMF said Britain would "
        "suffer. The FBI said the case was closed. The Federal Bureau of Investigation said "
        "it would not reopen it."
    )
    speakers, statements = _extract(text)
    assert [s.name for s in speakers] == [
        "International Monetary Fund",
        "Federal Bureau of Investigation",
    ]
    assert len(statements) == 4


def test_curly_and_straight_apostrophes_are_one_name() -> None:
    text = "James O’Neill said the city was safe. O'Neill said the bomb was small."
    speakers, _ = _extract(text)
    assert [s.name for s in speakers] == ["James O’Neill"]


def test_a_speaker_after_two_asides_keeps_both_as_the_role() -> None:
    text = (
        "“It's an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the "
        "states suing the EPA, said."
    )
    speakers, statements = _extract(text)
    assert [(s.name, s.role) for s in speakers] == [
        ("Scott Pruitt", "the attorney general of Oklahoma, one of the states suing the EPA")
    ]
    assert [st.text for st in statements] == ["It's an invasion"]


def test_a_spokeswoman_for_someone_is_not_that_someone() -> None:
    text = "A spokeswoman for Hillary Clinton said the claim was false. She said it was a lie."
    speakers, statements = _extract(text)
    assert [s.name for s in speakers] == ["A spokeswoman for Hillary Clinton"]
    assert len(statements) == 2


def test_name_particles_abbreviated_titles_and_a_role_noun_find_one_person() -> None:
    text = (
        "Mayor Bill de Blasio said the blast was intentional. The mayor said there was no "
        "link. De Blasio said the city was safe. Texas Sen. Ted Cruz said he would vote. "
        "The senator said he had kept his word."
    )
    speakers, statements = _extract(text)
    assert [(s.name, s.role) for s in speakers] == [
        ("Bill de Blasio", "Mayor"),
        ("Ted Cruz", "Texas Sen."),
    ]
    assert len(statements) == 5


def test_the_so_called_label_is_no_part_of_a_name() -> None:
    speakers, statements = _extract("The so-called Islamic State claimed the attack killed dozens.")
    assert [(s.name, s.kind) for s in speakers] == [("Islamic State", SpeakerKind.ORGANIZATION)]
    assert statements[0].source_mention is not None
    assert statements[0].source_mention.text == "The so-called Islamic State"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "President Obama spoke in Ohio. Among the crowd was Jane Doe, a nurse from Ohio, "
            "who said the plan would hurt families.",
            "Jane Doe",
        ),
        (
            "Donald Trump spoke on Monday. The event drew a retired teacher from Akron who "
            "said she feared for her pension.",
            "a retired teacher from Akron",
        ),
        (
            "Donald Trump spoke on Monday. It was criticised by a mother of three who said "
            "it would hurt families.",
            "a mother of three",
        ),
        (
            "Senator Bob Smith spoke on Monday. The crowd cheered for the local teacher, who "
            "said the schools needed more money.",
            "the local teacher",
        ),
    ],
)
def test_who_is_the_noun_it_follows(text: str, who: str) -> None:
    speakers, statements = _extract(text)
    names = {s.id: s.name for s in speakers}
    assert [names[st.speaker] for st in statements] == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Apple spokesman Josh Rosenstock said the phone was safe. "
        "A Google spokesman said the search engine was fair.",
        "Josh Rosenstock, a spokesman for Apple, said the phone was safe. "
        "The Google spokesman said the search engine was fair.",
    ],
)
def test_one_organisations_spokesman_is_not_anothers(text: str) -> None:
    speakers, statements = _extract(text)
    assert len({st.speaker for st in statements}) == 2
    assert "Rosenstock" not in speakers[1].name


def test_the_spokesman_of_the_same_organisation_is_the_one_named() -> None:
    text = (
        "Apple spokesman Josh Rosenstock said the phone was safe. "
        "The Apple spokesman said no recall was planned."
    )
    _, statements = _extract(text)
    assert {st.speaker for st in statements} == {"josh-rosenstock"}


def test_she_is_the_woman_even_when_her_surname_is_a_mans_first_name() -> None:
    # "Lee" is a given name for men: "she" jumped to the police chief instead of Ann Lee
    text = (
        "Ann Lee, a lawyer for the family, said the police lied. Police Chief Bob Smith said "
        "the officers acted properly. She said the video proved otherwise."
    )
    _, statements = _extract(text)
    assert statements[-1].speaker == statements[0].speaker == "ann-lee"


@pytest.mark.parametrize(
    "text",
    [
        "The lead researcher, Dr Jane Roe, said the drug works. Roe said trials would continue.",
        "Dr Jane Roe said the drug works. Roe said trials would continue.",
        "Jane Roe said the drug works. Dr. Roe, who led the study, said trials would continue.",
    ],
)
def test_a_titled_name_and_its_surname_are_one_person(text: str) -> None:
    speakers, statements = _extract(text)
    assert [s.name for s in speakers] == ["Jane Roe"]
    assert len(statements) == 2


def test_it_is_the_company_named_before_not_an_unnamed_speaker() -> None:
    text = "Microsoft said it would appeal. It said the ruling was wrong."
    speakers, statements = _extract(text)
    assert [(s.name, s.kind) for s in speakers] == [("Microsoft", SpeakerKind.ORGANIZATION)]
    assert len(statements) == 2


def test_it_does_not_jump_to_a_person() -> None:
    text = "Ann Lee said the plan would fail. It said the ruling was wrong."
    _, statements = _extract(text)
    assert statements[-1].speaker != "ann-lee"


def test_a_department_named_with_a_title_word_keeps_its_whole_name() -> None:
    speakers, _ = _extract("The Justice Department said the inquiry was closed.")
    assert [(s.name, s.role) for s in speakers] == [("Justice Department", "")]


def test_she_is_never_part_of_an_institutions_name() -> None:
    # "she" became a person named "Republican National"
    text = 'The woman watched the Republican National Convention on TV. "It was awful," she said.'
    speakers, _ = _extract(text)
    assert all("Republican" not in s.name for s in speakers)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Norland's ambassador to Vesteria Tao Minhua said the talks would go on.",
            "Tao Minhua",
            "Norland's ambassador to Vesteria",
        ),
        (
            "Norland’s envoy to the UN Jo Roe said the vote was a mistake.",
            "Jo Roe",
            "Norland’s envoy to the UN",
        ),
    ],
)
def test_a_title_with_its_place_after_to_is_the_role_not_the_name(
    text: str, name: str, role: str
) -> None:
    speakers, _ = _extract(text)
    assert [(s.name, s.role) for s in speakers] == [(name, role)]


def test_an_ambassador_to_a_place_and_no_name_is_not_called_by_the_place() -> None:
    text = "Norland's ambassador to the United Provinces said the vote was a mistake."
    speakers, _ = _extract(text)
    assert [(s.name, s.role) for s in speakers] == [
        ("Norland's ambassador to the United Provinces", "")
    ]


def test_a_name_written_family_name_first_is_shortened_to_it() -> None:
    text = "Tao Minhua said the talks would go on. Tao said the army could be sent in."
    speakers, statements = _extract(text)
    assert [s.name for s in speakers] == ["Tao Minhua"]
    assert [s.speaker for s in statements] == ["tao-minhua", "tao-minhua"]


def test_a_plural_noun_that_opens_a_sentence_is_a_group_and_they_is_that_group() -> None:
    text = (
        "Norland said it was committed to the treaty.\n\n"
        "Protesters believe the bill erodes the city's autonomy.\n\n"
        "They worry Norland is taking back the freedoms it gave."
    )
    speakers, statements = _extract(text)
    protesters = next(s for s in speakers if s.name == "Protesters")
    assert protesters.kind is SpeakerKind.GROUP
    assert [s.speaker for s in statements][-2:] == [protesters.id, protesters.id]


def test_an_owner_is_never_the_speaker_of_a_coordinated_cue() -> None:
    # "Labour's" was the speaker of "called for a decent minimum wage"
    text = "The former soap star backed Labour's plans and called for a decent minimum wage."
    speakers, _ = _extract(text)
    assert not [s for s in speakers if s.name.endswith(("'s", "’s"))]


def test_a_state_after_a_party_initial_is_no_speaker() -> None:
    speakers, statements = _extract("Rep. Jo Roe, R-W.Va., argued that the plan fails.")
    assert [s.name for s in speakers] == ["Jo Roe"]
    assert [s.speaker for s in statements] == ["jo-roe"]
