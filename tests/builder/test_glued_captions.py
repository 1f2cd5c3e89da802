"""Speakers where a photo caption is glued into the text without a stop (#15): the name that
opens the glued sentence speaks, and the caption's words never become part of it. Every text
here is invented."""

from __future__ import annotations

import pytest
from attribution_helpers import by_speaker

from briefing.builder.learned.merge import _phrase as tagged_source
from briefing.builder.mentions import phrase_before
from briefing.builder.tokens import tokens


def _speakers_of(text: str, words: str) -> list[str]:
    return [name for name, _, said in by_speaker(text) if words in said]


def _phrase_before_cue(text: str) -> tuple[str, str, str] | None:
    """(words, name, role) of the speaker phrase before the last cue of ``text``."""
    toks = tokens(text, 0, len(text))
    cue = max(k for k, t in enumerate(toks) if t.cue)
    phrase = phrase_before(text, toks, cue - 1, 0)
    return None if phrase is None else (phrase.text, phrase.name, phrase.role)


def test_a_name_whose_role_lost_its_opening_comma_speaks() -> None:
    text = (
        "Harbury Council said the queues were short. Tom Vale one of the club's founders, "
        "wrote the message: 'Lines waiting for bread.'"
    )
    assert _speakers_of(text, "Lines waiting") == ["Tom Vale"]


def test_a_name_after_a_glued_caption_speaks_not_the_organisation_before() -> None:
    text = (
        "The pictures were posted online by the campaign group Harbury Watch. Hungry: Dozens "
        "queue for bread in the town of Harbury Waiting: the pictures are far from the image "
        "the council would like the world see Tom Brennan Vale one of the group's founders, "
        "wrote the accompanying message: 'Lines waiting for bread. This is the new town.' For "
        "those with a home, he paints a bleak picture of life in the cold."
    )
    assert _speakers_of(text, "Lines waiting") == ["Tom Brennan Vale"]
    assert _speakers_of(text, "bleak picture") == ["Tom Brennan Vale"]


def test_an_unset_role_needs_a_word_for_an_office() -> None:
    # "the day after" names no office: the lost-comma reading does not apply
    assert _phrase_before_cue("Officials in Harbury Town the day after, said") is None


def test_the_written_message_before_a_colon_introduces_the_quote() -> None:
    said = by_speaker("Jo Roe wrote the accompanying message: 'We open again on Monday.'")
    assert said == [("Jo Roe", "direct", "We open again on Monday.")]


def test_a_description_named_only_as_someone_is_that_person() -> None:
    text = (
        "Tom Vale said the bread ran out. One resident, named only as Sami, told the paper "
        "how dozens had fled the town. He said: 'The council uses fear to rule us.'"
    )
    assert _speakers_of(text, "dozens had fled") == ["Sami"]
    assert _speakers_of(text, "fear to rule") == ["Sami"]


def test_a_caption_word_before_a_name_is_no_part_of_it() -> None:
    text = "Ships left the harbour at dawn Pictured Tom Vale said the fleet was ready."
    assert _speakers_of(text, "fleet was ready") == ["Tom Vale"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title the text names on its own, then the speaker known by his full name
        (
            "Director Lou Brandt spoke on the set of The Tale of Mary of Dunmore, which "
            "opens soon. It was shot on the set of The Tale of Mary of Dunmore Brandt said",
            "Brandt",
        ),
        (
            "Ned Harker scored twice at the Summer Games. The crowd sang at the Summer Games "
            "Harker added",
            "Harker",
        ),
        # one glued word, a place the text names as such
        (
            "Director Lou Brandt filmed in Dunmore. The queue in Dunmore Brandt said",
            "Brandt",
        ),
    ],
)
def test_a_title_cased_phrase_glued_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _phrase_before_cue(text) == (name, name, "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one person's names, the first ones also written alone
        ("Mary Ellen was there. Voss came later. Mary Ellen Voss said", "Mary Ellen Voss"),
        # an institution: its last word is no one's surname
        ("Middle East talks go on. The Quartet met. The Middle East Quartet said", None),
        # one word the text writes alone, but as no place: a name of two words
        ("President Xi Jinping met him. Xi said so. Later Xi Jinping said", "Xi Jinping"),
        # a title, which is the person's role
        ("The Secretary of State met Jo Roe. Secretary of State Jo Roe said", "Jo Roe"),
    ],
)
def test_a_name_that_only_looks_glued_stays_whole(text: str, name: str | None) -> None:
    found = _phrase_before_cue(text)
    assert found is not None
    if name is None:
        assert found[1] == "Middle East Quartet"
    else:
        assert found[1] == name


def test_she_in_a_clause_after_a_named_subject_is_that_subject_past_a_glued_caption() -> None:
    # the caption ("The parents …, leaving the court") runs into the next sentence, so that
    # sentence seems to open far back; "she" is still the woman whose clause hers hangs on
    text = (
        "Ann Pell cried as she told the court how she tried to help. The parents of the "
        "runner, Donna (right) and Peter, leaving the court Harbury woman Joy Smith (right) "
        "leaves court after she told the court how she saw him fall."
    )
    assert _speakers_of(text, "saw him fall") == ["Joy Smith"]
    assert _speakers_of(text, "tried to help") == ["Ann Pell"]


def test_a_noun_before_the_conjunction_is_no_verb_of_a_clause() -> None:
    # "mascot" is no verb: "he" is not the team's
    text = (
        "Tom Vale, who led the fight to change the Harbury Rovers mascot because he claimed "
        "it was offensive, spoke on Monday."
    )
    assert "Harbury Rovers" not in _speakers_of(text, "was offensive")


def test_a_tagged_source_with_an_owned_role_after_a_comma_is_the_name_before_it() -> None:
    text = "Jo Roe, Harbury Council’s new chief executive"
    phrase = tagged_source(text, tokens(text, 0, len(text)))
    assert phrase is not None
    assert (phrase.name, phrase.role) == ("Jo Roe", "Harbury Council’s new chief executive")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Shaken: Pensioner Terry Vale said", "Terry Vale", "Pensioner"),
        ("Filmmaker Mary Vale said", "Mary Vale", "Filmmaker"),
        # a given name before a given name: a middle name, not a role
        ("Peter Paul Vale said", "Peter Paul Vale", ""),
    ],
)
def test_a_noun_capitalised_as_it_opens_the_sentence_is_the_role_of_the_name_after(
    text: str, name: str, role: str
) -> None:
    found = _phrase_before_cue(text)
    assert found is not None
    assert found[1:] == (name, role)


def test_a_title_written_in_capitals_mid_sentence_stays_in_the_name() -> None:
    found = _phrase_before_cue("Last night Councillor Jo Vale said")
    assert found is not None
    assert found[1] == "Councillor Jo Vale"


def test_a_summary_label_is_nobody() -> None:
    text = (
        "Harbury swimmers won four events on Saturday.\n\n"
        "Summary: 200 free: Harbury North swimmer Jo Vale won the state title in 1:52.10."
    )
    assert [name for name, _, _ in by_speaker(text)] == []


def test_she_after_a_described_woman_is_her_when_the_text_names_no_one() -> None:
    text = (
        "A student at a Harbury college has told how she took a night job (picture posed by "
        "model). The young woman said that she tried other work first. She said: 'I worked "
        "in a cafe and a pub.'"
    )
    assert _speakers_of(text, "worked in a cafe") == ["the young woman"]


def test_a_member_of_parliament_is_a_role() -> None:
    found = _phrase_before_cue("Last night Tory MP Jo Vale said")
    assert found is not None
    assert found[1:] == ("Jo Vale", "Tory MP")


def test_a_person_of_an_institution_named_in_two_parts_speaks_not_its_second_part() -> None:
    text = (
        "Cases of the virus rose again. Dr. Tom Vale of the Harbury Department of Health and "
        "Human Services says the risk continues. He says residents should stay indoors."
    )
    assert _speakers_of(text, "risk continues") == ["Tom Vale"]
    assert _speakers_of(text, "stay indoors") == ["Tom Vale"]


def test_two_people_joined_after_an_institution_stay_two() -> None:
    found = _phrase_before_cue(
        "A study by Tom Covert of the Harbury Institute and Professor Knittel concluded"
    )
    assert found is not None
    assert found[1] == "Knittel"


def test_he_is_never_an_institution_named_like_a_company() -> None:
    text = (
        "Cases of the virus rose again. Dr. Jo Vale of the Harbury Department of Health and "
        "Human Services says the risk continues. He says residents should stay indoors."
    )
    assert "Human Services" not in _speakers_of(text, "stay indoors")
