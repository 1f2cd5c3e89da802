"""Wrong speakers and lost quotes a reader met on unseen briefs (#15, eighth round), each
pinned with an invented article: a statement posted on someone's page, a caption word glued
before a sentence, a quotation continued over paragraphs, a story "that posted"."""

from __future__ import annotations

from attribution_helpers import by_speaker


def _speakers_of(text: str, words: str) -> list[str]:
    return [name for name, _, said in by_speaker(text) if words in said]


def test_a_statement_posted_on_someones_page_speaks_for_that_person() -> None:
    text = (
        "Rebels shelled the port of Vanta on Friday.\n\n"
        "A statement posted Sunday on the official Facebook page of Interior Minister Lena "
        "Borsk also said the rebel leader was hurt, but added that he was hit near the dam."
    )
    assert _speakers_of(text, "hit near the dam") == ["Lena Borsk"]


def test_a_letter_from_or_signed_by_someone_speaks_for_them() -> None:
    text = (
        "A letter from Brill Foods said the plant would close in May.\n\n"
        "A statement from the Ministry of Fisheries said the river was safe.\n\n"
        "A letter signed by Tomas Ferreira said the plan was dead."
    )
    assert _speakers_of(text, "plant would close") == ["Brill Foods"]
    assert _speakers_of(text, "river was safe") == ["Ministry of Fisheries"]
    assert _speakers_of(text, "plan was dead") == ["Tomas Ferreira"]


def test_a_document_that_shows_something_about_its_writer_stays_the_document() -> None:
    # what an email shows about the one who wrote it is evidence, not his own words
    text = (
        "Tomas Ferreira said the fund was sound.\n\n"
        'An email written by Ferreira showed that he tried to get "a friendly auditor" to '
        "sign off on the accounts."
    )
    assert "Tomas Ferreira" not in _speakers_of(text, "friendly auditor")


def test_a_word_in_capitals_glued_before_a_sentence_is_a_caption() -> None:
    text = (
        "Mayor Ada Quill boasts 20,000 followers online.\n\n"
        "She calls herself a friend of 'working families' BOTS Another Twitter auditing website "
        "sampled 9,000 of her followers and found that most of them were fake."
    )
    assert _speakers_of(text, "most of them were fake") == ["the website"]


def test_a_label_in_capitals_before_a_colon_is_no_subject_of_a_later_cue() -> None:
    text = (
        "Mayor Ada Quill boasts 20,000 followers online. SCROLL DOWN FOR VIDEO "
        "BOTS: Another auditing website sampled 9,000 of her followers and found that most "
        "of them were fake."
    )
    assert "BOTS" not in [name for name, _, said in by_speaker(text) if "fake" in said]


def test_a_quote_reopened_paragraph_after_paragraph_is_one_statement() -> None:
    # the paragraphs run together: each reopens the quote, only the last closes it, and a
    # quote nested inside it ('Wow, …') does not end it
    text = (
        "Striker Tom Vale says his late winner was worth the move home. 'I missed the "
        "league,' he said. The win was the first under the new manager. Vale has compared "
        "the goal to one at the World Cup Vale added: 'The manager told us we were lucky to "
        "play in a game like this. 'Going on the bus there were so many fans that I felt, "
        "'Wow, this is a massive game'. 'When I scored I got that same feeling. It was the "
        "same on Sunday.' Vale joined the club from Toronto."
    )
    found = [(name, said) for name, _, said in by_speaker(text) if "lucky to play" in said]
    assert len(found) == 1
    assert found[0][0] == "Tom Vale"
    assert found[0][1].endswith("It was the same on Sunday.")
    assert "World Cup Vale" not in found[0][1]


def test_a_quote_in_the_writers_words_ends_the_quote_before_it() -> None:
    # "… homes." ended the quote: the next sentence is the writer's, with a quote of its own
    text = (
        "Jo Marsh told the rally: 'We will build new towns. 'We will build half a million "
        "homes. Jo Marsh said a new government would 'get the country building' 'We will "
        "make housing the top priority.' Marsh added: 'The banks will pay.'"
    )
    assert _speakers_of(text, "housing the top priority") == ["Jo Marsh"]


def test_a_station_in_capitals_after_a_verb_is_no_caption() -> None:
    text = (
        "Campaign manager Ross Mott told KBC This Morning on Monday that the campaign "
        "expects the host to correct the rival."
    )
    assert _speakers_of(text, "expects the host") == ["Ross Mott"]


def test_a_station_in_capitals_after_a_quotes_comma_is_no_caption() -> None:
    text = (
        "The senator said she holds press conferences.\n\n"
        "“But that was the first time in a long time, senator,” KBC This Morning co-anchor "
        "Rita Lowe said."
    )
    speakers = _speakers_of(text, "first time in a long time")
    assert len(speakers) == 1
    assert speakers[0].endswith("Rita Lowe")


def test_a_name_written_with_an_exclamation_mark_does_not_end_the_sentence() -> None:
    # "Yahoo! News": the "!" is the outlet's; no "News in a story that" speaks "posted"
    text = (
        "Former senator Rob Hale has pushed for the release of the pages. The Democrat told "
        "Yahoo! News in a story that posted this week that he believes the ministry is "
        "still funding the group."
    )
    speakers = {name for name, _, _ in by_speaker(text)}
    assert speakers == {"Rob Hale"}


def test_the_party_member_after_a_named_politician_is_that_politician() -> None:
    text = (
        "Former senator Rob Hale has pushed for the release of the pages. The Democrat told "
        "a radio show that the ministry is still funding the group."
    )
    assert _speakers_of(text, "still funding the group") == ["Rob Hale"]


def test_the_party_member_after_two_named_people_stays_unnamed() -> None:
    text = "Rob Hale and Jo Vale spoke at the rally. The Republican said taxes were too high."
    assert _speakers_of(text, "taxes were too high") == ["the Republican"]


def test_a_glued_headline_before_a_surname_is_no_part_of_the_speaker() -> None:
    text = (
        '"He was there," defense attorney Judy Marsh conceded as the trial opened.\n\n'
        "Lawyer keeps hated criminals off death row Marsh tried to convince jurors that the "
        "older brother was the instigator. The younger man, Marsh said, was only following "
        "his brother."
    )
    assert _speakers_of(text, "older brother was the instigator") == ["Judy Marsh"]
    assert _speakers_of(text, "only following his brother") == ["Judy Marsh"]


def test_a_description_before_a_surname_named_in_full_is_that_person() -> None:
    text = (
        "John Kessel won his home state.\n\n"
        "The more moderate Kessel has argued that he is best placed to win in November."
    )
    assert _speakers_of(text, "best placed to win") == ["John Kessel"]


def test_others_named_with_a_surname_are_not_that_person() -> None:
    text = (
        "John Kessel won his home state, and Rob Hale won his.\n\n"
        "Supporters of Kessel argued that he is best placed to win in November."
    )
    assert "John Kessel" not in _speakers_of(text, "best placed to win")


def test_adverbs_and_modals_before_the_cue_are_no_part_of_the_speaker() -> None:
    text = (
        "Protesters cleared the roads on Sunday.\n\n"
        "But a large share of the town still blames the council for the crisis. Brill's "
        "leaders will still argue all this is a price worth paying."
    )
    assert _speakers_of(text, "the council for the crisis") == ["a large share of the town"]
    assert _speakers_of(text, "a price worth paying") == ["Brill's leaders"]


def test_a_pronoun_with_its_auxiliary_after_a_colon_is_a_pronoun() -> None:
    text = "Startups have a new angle on banking: They’ll assume that everyone is out of money."
    assert "They’ll" not in {name for name, _, _ in by_speaker(text)}


def test_a_given_name_inside_a_newspapers_name_makes_no_person() -> None:
    text = (
        "The fight broke out on a train.\n\n"
        "The San Francisco Chronicle says police are looking into the attack."
    )
    assert _speakers_of(text, "police are looking") == ["San Francisco Chronicle"]


def test_a_role_set_off_after_a_name_may_end_in_a_bracket() -> None:
    text = (
        "The minister announced the plan on Monday.\n\n"
        "But Sam Reid, director general of the Guild of Brewers (GoB), criticised the plan, "
        "saying it had not been thought through."
    )
    assert _speakers_of(text, "not been thought through") == ["Sam Reid"]


def test_a_bracket_after_a_role_with_no_name_keeps_the_role() -> None:
    text = (
        "The minister announced the plan on Monday.\n\n"
        "The director general of the Guild of Brewers (GoB), criticised the plan."
    )
    assert _speakers_of(text, "the plan") == [
        "the minister",
        "the director general of the Guild of Brewers",
    ]


def test_a_name_without_its_middle_name_is_the_same_person() -> None:
    text = (
        "Marie Teresa Rendall refused to defend herself at the hearing.\n\n"
        "In a letter, Marie Rendall said she had made mistakes."
    )
    assert _speakers_of(text, "made mistakes") == ["Marie Teresa Rendall"]


def test_a_ledes_description_is_the_person_named_in_full_next() -> None:
    text = (
        "The flag-waving father of a runaway schoolgirl yesterday admitted taking her to a "
        "rally when she was 13. Omar Haddad – who blamed police for her flight – conceded "
        "she was maybe influenced by the rally."
    )
    assert _speakers_of(text, "taking her to a rally") == ["Omar Haddad"]


def test_a_description_after_the_first_sentence_is_no_lede() -> None:
    text = (
        "Omar Haddad spoke to reporters.\n\n"
        "The flag-waving father of a runaway schoolgirl admitted taking her to a rally. "
        "Ruth Lane, a teacher, said the rally was loud."
    )
    assert _speakers_of(text, "taking her to a rally") != ["Ruth Lane"]


def test_a_description_and_a_name_set_off_by_an_age_speak_as_the_name() -> None:
    text = (
        "Money was stolen from her room.\n\n"
        "The victim's friend Betty Marlow, 85, told the Daily News: 'I met her in 1952 when "
        "I started teaching at the school.'\n\n"
        "His mother Claire, 34, said: 'He was called names a racist would say.'"
    )
    assert _speakers_of(text, "I started teaching") == ["Betty Marlow"]
    assert _speakers_of(text, "called names") == ["Claire"]


def test_a_group_counted_before_its_name_is_no_description() -> None:
    text = (
        "Outside the campaign, an increasing number of Democrats, while still confident, are "
        "warning against a one-note campaign."
    )
    assert "Democrats" not in _speakers_of(text, "one-note campaign")


def test_words_holding_a_finite_verb_name_no_speaker() -> None:
    text = (
        "Author Lena Ruhl has sold thousands of copies of her book, Child Promise Me You Will "
        "Come Home, which examines life after the war."
    )
    assert not any(" has sold " in name for name, _, _ in by_speaker(text))


def test_a_verb_inside_brackets_after_a_name_keeps_the_speaker() -> None:
    text = (
        "Sen. Rob Vale (a Connecticut Democrat so boyish he has been mistaken for a junior "
        "staffer) says he was unfocused, a bit adrift, in the weeks after being elected."
    )
    speakers = _speakers_of(text, "a bit adrift")
    assert len(speakers) == 1
    assert "Rob Vale" in speakers[0]


def test_a_label_of_amounts_is_no_turn() -> None:
    text = (
        "Egg Bowl [2 eggs, 1 cup spinach]\n\n"
        "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.\n\n"
        "Via: 9to5mac"
    )
    assert by_speaker(text) == []


def test_a_headline_label_before_a_finding_still_speaks() -> None:
    text = (
        "Poll: 3 battleground Senate races are tight; \nCandidates locked in competition in "
        "Ohio, Pennsylvania, Florida.\n\nBattleground races are close, the poll shows."
    )
    assert _speakers_of(text, "battleground Senate races") == ["Poll"]
