"""A speaker's kind as a reader meets it on unseen news: a one-word company is no person when
the text writes of it what is written of an organisation, and a person stays a person.
Every text here is invented."""

from __future__ import annotations

import pytest
from attribution_helpers import extract

from briefing.model import SpeakerKind


def _kinds(text: str) -> dict[str, SpeakerKind]:
    speakers, _ = extract(text)
    return {s.name: s.kind for s in speakers}


@pytest.mark.parametrize(
    "evidence",
    [
        "Analysts at Brindlemoor expect the rate to fall.",
        "Brindlemoor's shares fell 4% on Tuesday.",
        "A Brindlemoor spokesman declined to say more.",
        "Brindlemoor, which has 40 branches, was founded in 1921.",
        "Brindlemoor Holdings runs the branches.",
        "Brindlemoor, a Dutch insurer, was founded in 1921.",
    ],
)
def test_a_one_word_name_is_an_organisation_when_the_text_says_so(evidence: str) -> None:
    text = f"{evidence}\n\nBrindlemoor said the ruling favoured lenders over borrowers."
    assert _kinds(text)["Brindlemoor"] is SpeakerKind.ORGANIZATION


def test_a_company_said_in_a_statement_is_an_organisation() -> None:
    text = (
        "Tollbridge said in a statement that the bridge would reopen on Friday.\n\n"
        "Tollbridge said the repairs cost less than expected."
    )
    assert _kinds(text)["Tollbridge"] is SpeakerKind.ORGANIZATION


def test_a_well_known_company_is_an_organisation_without_more_evidence() -> None:
    text = "Google said the new phone would ship in March."
    assert _kinds(text)["Google"] is SpeakerKind.ORGANIZATION


def test_a_name_ending_in_a_word_for_an_outlet_or_club_is_an_organisation() -> None:
    text = "Harbour Valley News said the mayor had resigned. Port Selby United said it agreed."
    kinds = _kinds(text)
    assert kinds["Harbour Valley News"] is SpeakerKind.ORGANIZATION
    assert kinds["Port Selby United"] is SpeakerKind.ORGANIZATION


def test_a_description_headed_by_a_business_word_makes_an_organisation() -> None:
    text = "Quillon, a Swiss maker of hospital pagers, said the system would launch in May."
    assert _kinds(text)["Quillon"] is SpeakerKind.ORGANIZATION


@pytest.mark.parametrize(
    "person",
    [
        "Mr Brindlemoor left the bank in 2019.",
        "Gen. Wesley Brindlemoor retired in 2019.",
        "Brindlemoor, 61, left the bank in 2019.",
        "Brindlemoor, a former bank clerk, who left in 2019, was asked about it.",
        "Senator Brindlemoor left the bank in 2019.",
    ],
)
def test_a_name_the_text_writes_as_a_persons_stays_a_person(person: str) -> None:
    text = (
        f"{person} Analysts at Brindlemoor expect the rate to fall.\n\n"
        "Brindlemoor said the ruling favoured lenders over borrowers."
    )
    assert _kinds(text)["Brindlemoor"] is SpeakerKind.PERSON


def test_a_person_described_by_a_trade_is_no_company() -> None:
    text = "Harlan Ostrow, a Texas property developer, said the tower would rise in June."
    assert _kinds(text)["Harlan Ostrow"] is SpeakerKind.PERSON


def test_it_after_a_company_is_the_company() -> None:
    text = (
        "Brindlemoor's shares fell 4% on Tuesday.\n\n"
        "Brindlemoor said the order favoured lenders. It said the ruling was final."
    )
    speakers, statements = extract(text)
    names = {s.id: s.name for s in speakers}
    assert [names[st.speaker] for st in statements] == ["Brindlemoor", "Brindlemoor"]


def _speaker_of(text: str, words: str) -> str:
    speakers, statements = extract(text)
    names = {s.id: s.name for s in speakers}
    return next(names[st.speaker] for st in statements if words in st.text)


def test_the_german_automaker_is_the_carmaker_just_named() -> None:
    text = (
        "Volkswagen is showing a low electric estate car at the fair this week.\n\n"
        "The German automaker says the car will go 300 miles on one charge."
    )
    assert _speaker_of(text, "300 miles") == "Volkswagen"


def test_the_company_is_the_one_company_just_named_by_its_head_word() -> None:
    text = (
        "The figures came from the state-run Tollgate News Agency. The patient lived near "
        "the Harrow Valley Region, the agency said, citing local doctors."
    )
    assert _speaker_of(text, "patient lived") == "Tollgate News Agency"


def test_a_description_with_two_companies_named_before_is_left_alone() -> None:
    text = (
        "Brindlemoor Holdings and Quillon Corp are both bidding for the port.\n\n"
        "The company said the bid would be final."
    )
    assert _speaker_of(text, "bid would be final") == "the company"


def test_the_group_is_not_a_company_named_before() -> None:
    text = (
        "Google removed the videos on Tuesday.\n\n"
        "The group said in a post that it would keep recruiting."
    )
    assert _speaker_of(text, "keep recruiting") != "Google"


@pytest.mark.parametrize(
    "named",
    [
        "Sen. Ann Lee, R-Fla., said the plan was weak.",
        "Sen. Ann Lee (D-FL) said the plan was weak.",
        "Sen. Ann Lee (Fla.) said the plan was weak.",
        "Sen. Ann Lee of Florida said the plan was weak.",
    ],
)
def test_the_florida_senator_is_the_senator_whose_party_tag_names_florida(named: str) -> None:
    text = (
        f"{named} Sen. Tom Kerr, D-Va., said it was fine.\n\n"
        '"It is a disgrace," the Florida senator told reporters.'
    )
    assert _speaker_of(text, "disgrace") == "Ann Lee"


def test_the_florida_senator_is_left_alone_when_two_are_named() -> None:
    text = (
        "Sen. Ann Lee, R-Fla., said the plan was weak. Sen. Joe Roe, R-Fla., said it was "
        'fine.\n\n"It is a disgrace," the Florida senator told reporters.'
    )
    assert _speaker_of(text, "disgrace") == "the Florida senator"


@pytest.mark.parametrize(
    "word", ["Villagers", "Campaigners", "Authorities", "Investigators", "Neighbours", "Businesses"]
)
def test_a_plural_noun_that_opens_a_sentence_is_a_group(word: str) -> None:
    text = f"The river burst its banks on Sunday. {word} said the warning came too late."
    assert _kinds(text)[word] is SpeakerKind.GROUP


def test_a_plural_looking_surname_stays_a_person() -> None:
    text = "Senator Ann Rogers met the mayor on Sunday. Rogers said the warning came too late."
    assert _kinds(text)["Ann Rogers"] is SpeakerKind.PERSON


def test_a_plural_looking_name_written_inside_a_sentence_is_no_group() -> None:
    text = "Walters said the warning came too late, according to Walters."
    assert _kinds(text)["Walters"] is SpeakerKind.PERSON


def test_a_well_known_company_with_a_described_role_is_an_organisation() -> None:
    text = "Detention centre operator Harbour Guard Services said the guards were stood down."
    assert _kinds(text)["Harbour Guard Services"] is SpeakerKind.ORGANIZATION


def test_an_organisations_first_word_is_its_short_name() -> None:
    text = (
        "Brindle Capital said it had bought the paper.\n\n"
        "Brindle said the newsroom would shrink by half."
    )
    speakers, _ = extract(text)
    assert [s.name for s in speakers] == ["Brindle Capital"]


@pytest.mark.parametrize("lead", ["Some", "Many", "But veteran"])
def test_a_quantified_party_is_a_group(lead: str) -> None:
    text = f"The vote is on Tuesday. {lead} Democrats said the bill would fail."
    kinds = _kinds(text)
    assert [kind for name, kind in kinds.items() if name.endswith("Democrats")] == [
        SpeakerKind.GROUP
    ]


def test_aides_named_for_someone_are_not_that_person() -> None:
    text = (
        "Ann Lee said the plan would work. Aides to Lee said she would sign it.\n\n"
        "Lee said the vote was close."
    )
    said = extract(text)
    names = {s.id: s.name for s in said[0]}
    assert [names[st.speaker] for st in said[1]][-1] == "Ann Lee"


def test_a_club_that_takes_a_plural_verb_is_an_organisation() -> None:
    text = (
        "Dunmarrow are fourth in the table after the win.\n\n"
        "Dunmarrow said the new manager would start on Monday."
    )
    assert _kinds(text)["Dunmarrow"] is SpeakerKind.ORGANIZATION


def test_two_people_with_a_plural_verb_stay_people() -> None:
    text = (
        "Tom Reyes and Kellerby have met twice this year.\n\nKellerby said the talks would go on."
    )
    assert _kinds(text)["Kellerby"] is SpeakerKind.PERSON


def test_a_longer_name_ending_like_a_company_makes_an_organisation() -> None:
    text = "The deal with Quarrell Media closed on Tuesday. Quarrell said the deal was done."
    assert _kinds(text)["Quarrell"] is SpeakerKind.ORGANIZATION


def test_the_institute_on_something_is_one_organisation() -> None:
    text = "The Federal Institute on Water Safety said the lake was clean."
    assert _kinds(text) == {"Federal Institute on Water Safety": SpeakerKind.ORGANIZATION}


def test_the_governor_of_a_state_is_a_description_not_a_person_named_for_the_state() -> None:
    text = "The governor of North Ardenia said the roads would reopen."
    assert "Ardenia" not in _kinds(text)


@pytest.mark.parametrize(
    "evidence",
    [
        "Ben Cole, the former head of security at Crossgate, wrote the report.",
        "Crossgate understands talks have already begun with two clubs.",
        "Crossgate can reveal that the deal is close.",
        "Ann Vey left the shop carrying a Crossgate bag.",
        "The phone sells for $99 via Crossgate this week.",
    ],
)
def test_a_newspaper_or_a_shop_is_an_organisation_when_the_text_says_so(evidence: str) -> None:
    text = f"{evidence}\n\nCrossgate said the talks would go on."
    assert _kinds(text)["Crossgate"] is SpeakerKind.ORGANIZATION


def test_someone_who_understands_the_risk_stays_a_person() -> None:
    text = "Crossgate understands the risk of the plan.\n\nCrossgate said the talks would go on."
    assert _kinds(text)["Crossgate"] is SpeakerKind.PERSON


@pytest.mark.parametrize(
    "name", ["Harbury Institutional Equities", "Ann Vey Productions", "Dunmore Healthcare"]
)
def test_a_name_ending_in_a_word_for_a_business_is_an_organisation(name: str) -> None:
    text = f"{name} said the deal would close in June."
    assert _kinds(text)[name] is SpeakerKind.ORGANIZATION


def test_a_brand_in_one_word_or_a_force_is_an_organisation_and_mcconnell_a_person() -> None:
    speakers, _ = extract(
        "MailOnline said the bear fled. Women Defense Units said the town had fallen. "
        "Mitch McConnell said the vote would happen soon. Ron DeSantis said the law stands."
    )
    kinds = {s.name: s.kind for s in speakers}
    assert kinds["MailOnline"] is SpeakerKind.ORGANIZATION
    assert kinds["Women Defense Units"] is SpeakerKind.ORGANIZATION
    assert kinds["Mitch McConnell"] is SpeakerKind.PERSON
    assert kinds["Ron DeSantis"] is SpeakerKind.PERSON
