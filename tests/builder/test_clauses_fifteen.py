"""Who a statement is given to, read on fresh unseen articles (#15, fifteenth round)."""

from __future__ import annotations

from attribution_helpers import by_speaker


def test_two_groups_joined_by_and_speak_together() -> None:
    said = by_speaker(
        "Experts and analysts say the ship will wash ashore in Florida. "
        "Doctors and nurses said the hospital was full."
    )
    assert [who for who, _, _ in said] == ["Experts and analysts", "Doctors and nurses"]


def test_an_object_before_and_or_a_determiner_is_not_joined_to_the_speaker() -> None:
    said = by_speaker(
        "The company and its lawyers said the claim was false. "
        "He met doctors and nurses said the ward was closed."
    )
    assert len(said) == 2
    assert not any(" and " in who for who, _, _ in said)


def test_a_source_after_said_described_by_what_it_knows_is_named_whole() -> None:
    said = by_speaker(
        "The phone will ship in April, said people familiar with the matter. "
        "The talks have stalled, said a person close to the negotiations."
    )
    assert [(who, text) for who, _, text in said] == [
        ("people familiar with the matter", "The phone will ship in April"),
        ("a person close to the negotiations", "The talks have stalled"),
    ]


def test_the_writers_however_after_according_to_is_not_what_the_source_said() -> None:
    said = by_speaker("According to Mashable, however, a manager is denying the plans.")
    assert ("Mashable", "a manager is denying the plans") in [(w, t) for w, _, t in said]


def test_a_participle_after_a_deed_speaks_for_the_person_who_did_it() -> None:
    said = by_speaker(
        "One Chicago woman started a petition on Change.org to stop the practice, arguing "
        "that the rules were unfair."
    )
    assert [(who, text) for who, _, text in said] == [
        ("One Chicago woman", "the rules were unfair")
    ]


def test_as_a_source_put_it_vouches_for_the_main_clause_after_the_comma() -> None:
    said = by_speaker(
        "As the Independent noted, the ship has been adrift for weeks. "
        "As Reuters reported on Monday, the talks collapsed."
    )
    assert [(who, text) for who, _, text in said] == [
        ("Independent", "the ship has been adrift for weeks"),
        ("Reuters", "the talks collapsed"),
    ]


def test_as_something_went_on_or_began_names_nobody_vouching() -> None:
    said = by_speaker(
        "As the mayhem continued, banks were forced to shut. "
        "As the crowd began to chant, the senator joined her on stage."
    )
    assert said == []


def test_from_an_outlet_on_its_own_line_introduces_its_excerpt_below() -> None:
    said = by_speaker(
        "The legend was reported widely.\n\n"
        "From New York Daily News:\n\n"
        "The creature only shows its true nature on the first Friday after the boy turns 13.\n\n"
        "From a reader in Hong Kong:\n\n"
        "The streets are calm tonight after days of protest and tear gas.\n"
    )
    assert [(who, kind) for who, kind, _ in said] == [("New York Daily News", "direct")]


def test_a_perfect_infinitive_goes_on_past_and_in_its_participles() -> None:
    said = by_speaker(
        "ISIS militants claimed to have captured Rehana and killed her by beheading. "
        "Sanders promised to protect Medicaid and hammered Bevin on taxes."
    )
    assert [text for _, _, text in said] == [
        "to have captured Rehana and killed her by beheading",
        "to protect Medicaid",
    ]


def test_an_outlet_written_before_its_common_noun_speaks_by_its_name() -> None:
    said = by_speaker(
        "Saudia will seat men and women apart, the Emirates247 news website reported. "
        "The plan is old, the Times of London newspaper said."
    )
    assert [who for who, _, _ in said] == ["Emirates247", "Times of London"]


def test_a_site_about_a_company_or_a_paper_in_a_city_is_not_named_for_them() -> None:
    said = by_speaker(
        "The watch ships in March, the Apple news site said. "
        "The levee failed, a Baton Rouge newspaper said."
    )
    assert not {who for who, _, _ in said} & {"Apple", "Baton Rouge"}


def test_a_sentence_that_goes_on_after_an_inverted_source_is_said_whole() -> None:
    said = by_speaker("This, say experts, is where some people are going wrong.")
    assert [(who, text) for who, _, text in said] == [
        ("experts", "This is where some people are going wrong")
    ]


def test_a_relative_clause_after_according_to_tells_of_the_source() -> None:
    said = by_speaker(
        "According to this report, which is circulating via social media, DNA testing has "
        "confirmed that Jackson is the father."
    )
    assert [text for _, _, text in said][:1] == [
        "DNA testing has confirmed that Jackson is the father"
    ]


def test_a_verse_that_is_read_aloud_says_nothing() -> None:
    assert by_speaker("A verse from the Quran is read prior to take off on every flight.") == []


def test_an_office_set_off_before_a_name_is_the_role_not_the_name() -> None:
    said = by_speaker(
        "Chief Commercial Officer, Peter Baumgartner, told MailOnline Travel: 'Modern Arabia "
        "is what is going on in Abu Dhabi.'\n\nSen. Angus King said the bill failed."
    )
    assert [who for who, _, _ in said] == ["Peter Baumgartner", "Angus King"]


def test_he_opening_a_named_persons_claim_or_inside_his_relative_clause_is_him() -> None:
    said = by_speaker(
        "Critics are worried. With the BBC presenter Andrew Marr’s revelation that he believes "
        "his stroke was linked to interval training, there is a fear.\n\n"
        "The claims were backed up by Canon Andrew White himself, who shared the message just "
        "hours after he had suggested the group were six miles from Baghdad."
    )
    assert [who for who, _, _ in said] == ["Andrew Marr", "Andrew White"]


def test_a_cue_word_before_of_is_a_noun_in_the_object_not_a_new_statement() -> None:
    said = by_speaker("President Obama called for the help and support of allies in the fight.")
    assert [text for _, _, text in said] == ["the help and support of allies in the fight"]


def test_a_sentence_opening_on_its_cue_and_source_says_what_follows_them() -> None:
    said = by_speaker(
        "But, claims the article, the new publicist has confirmed the news. "
        "And, says Dr Ann Lee, the risk is real."
    )
    assert [(who, text) for who, _, text in said if "publicist" not in who] == [
        ("the article", "the new publicist has confirmed the news"),
        ("Ann Lee", "the risk is real"),
    ]
