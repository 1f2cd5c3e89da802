"""Wrong and bogus speakers a reader met on unseen briefs (#15, set C), each pinned with an
invented sentence: a title word as a surname, a name inside a participle's object, a
document's issuer, "it" for the report or body just named, and a role across a lost stop."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract


def _speaker_of(text: str, words: str) -> tuple[str, str]:
    """(name, role) of the speaker of the statement holding ``words``."""
    speakers, statements = extract(text)
    by_id = {s.id: s for s in speakers}
    found = [by_id[st.speaker] for st in statements if words in st.text]
    assert found, f"no statement holds {words!r}"
    return found[0].name, found[0].role


def test_a_title_word_after_initials_is_a_surname_and_the_state_is_the_role() -> None:
    text = "''The plan will fail,'' said Representative Paul J. King of Ohio, who backed Lane."
    assert _speaker_of(text, "plan will fail") == ("Paul J. King", "Representative, Ohio")


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    text = '"We will win," said Anna Prince, a teacher.'
    assert _speaker_of(text, "We will win") == ("Anna Prince", "a teacher")


def test_a_place_after_a_participles_object_is_not_the_speaker() -> None:
    text = "Astronomers using a telescope atop Mount Hala have confirmed the presence of ice."
    name, _ = _speaker_of(text, "presence of ice")
    assert name.startswith("Astronomers")


def test_the_name_before_in_statement_issued_it() -> None:
    text = "The ship was stuck. Sunline Cruises in statement said: 'Guests are safe and warm.'"
    assert _speaker_of(text, "Guests are safe")[0] == "Sunline Cruises"


def test_it_after_a_report_with_an_aside_is_the_report() -> None:
    text = (
        "The Daily Star reports that staff were bullied. Her report, published in May, found "
        "there had been a sustained campaign against the head teacher. It also highlighted a "
        "pattern of favouritism in hiring."
    )
    assert _speaker_of(text, "favouritism")[0] == "the report"


def test_it_after_adverbs_is_the_body_named_past_an_opening_adjunct_and_a_relative() -> None:
    text = (
        "The vote is near. Twitter pledged to act against such ads, a spokesman said. In a "
        "sign of the confusion, the Election Board, which oversees campaign money, issued a "
        "statement warning that voters deserve honesty. Critically, however, it pointed out "
        "that it has no power over what campaigns say."
    )
    assert _speaker_of(text, "no power")[0] == "Election Board"


def test_a_role_never_runs_across_a_lost_full_stop() -> None:
    text = (
        "Police said two men were held. One of the men, Carl Dent, was shot in the arm but "
        "has since left hospital The State Highway Patrol, who are leading the inquiry, said "
        "it began when a guard was pushed."
    )
    speakers, _ = extract(text)
    assert not any("hospital" in s.role for s in speakers)
    assert all(s.name != "Carl Dent" for s in speakers)


def test_a_relative_named_with_a_title_word_is_a_person_and_not_the_bare_surname() -> None:
    # "Zorella" is a given name no word list knows; being his daughter makes her a person
    text = (
        "Blues star R.J. King was ill. The singer is better, his daughter, Zorella King, told "
        'the Daily Post. "I feel fine," King said.'
    )
    speakers, statements = extract(text)
    by_id = {s.id: s for s in speakers}
    daughter = by_id[statements[0].speaker]
    assert (daughter.name, daughter.kind.value) == ("Zorella King", "person")
    assert by_id[statements[1].speaker].name == "King"


def test_in_statement_after_a_lost_full_stop_still_names_the_issuer() -> None:
    text = (
        "The ship may wait for 48 hours Sunline Cruise Liners in statement said: 'Guests are safe.'"
    )
    assert _speaker_of(text, "Guests are safe")[0] == "Sunline Cruise Liners"


def test_the_after_like_is_no_lost_full_stop() -> None:
    text = (
        "The rally met outside. WKBN, like The Daily Courier, which was the first paper to do "
        "so, declared Lane had won the seat before the count ended."
    )
    assert _speaker_of(text, "Lane had won")[0] == "WKBN"


def test_his_vow_belongs_to_the_man_the_sentence_opens_with() -> None:
    text = (
        "Boris Lowe and Jim Marr spoke in Leeds. 'We will win,' Marr said. Lowe is under fire "
        "for failing to deliver on his often-repeated vow that Britain would leave the union. "
        "Voters laughed when he urged them, 'Look what I have done.'"
    )
    assert _speaker_of(text, "leave the union")[0] == "Boris Lowe"
    assert _speaker_of(text, "Look what I have done")[0] == "Boris Lowe"


def test_a_name_written_with_an_exclamation_mark_is_not_cut_there() -> None:
    text = "Ben Lowe is unhappy with his partner, according to a new report by E! News."
    assert _speaker_of(text, "unhappy")[0] == "a new report by E! News"


def test_during_after_a_name_says_when_not_who() -> None:
    text = '"Watch the film," said former tech executive Carla Finn during the second debate.'
    assert _speaker_of(text, "Watch the film") == ("Carla Finn", "former tech executive")


def test_a_hyphenated_title_set_off_after_a_name_is_the_role() -> None:
    text = (
        "Old cameras were slow. Mark Dale, Director-General of The Royal Camera Society, said "
        "there is evidence of early selfies."
    )
    assert _speaker_of(text, "early selfies") == (
        "Mark Dale",
        "Director-General of The Royal Camera Society",
    )


def test_a_title_word_after_an_office_and_a_name_is_a_surname() -> None:
    # "Angus" is no given name the word lists know; "Sen." before it opens a person's name
    text = '"We agree," said Sen. Angus King of Maine.'
    assert _speaker_of(text, "We agree") == ("Angus King", "Sen., Maine")


def test_who_after_a_description_of_the_subject_is_that_subject() -> None:
    # before, "who" found no noun it could read and the pledge was an unnamed speaker's
    for text in (
        "Editor's note: Tom Vale is a serial liar, rampant bigot and bully who has "
        "repeatedly pledged to ban all visitors from entering the country.",
        "Editor's note: Tom Vale regularly incites violence and is a serial liar and bully "
        "who has repeatedly pledged to ban all visitors from entering the country.",
        "Ann Lee is a lawyer who said the plan would fail.",
    ):
        assert [name for name, _, _ in by_speaker(text)] in (["Tom Vale"], ["Ann Lee"])


def test_who_after_people_named_in_a_phrase_of_the_subjects_is_still_them() -> None:
    text = "Ann Lee is coming under attack by dozens of women who claim the plan failed."
    assert [name for name, _, _ in by_speaker(text)] == ["dozens of women"]
