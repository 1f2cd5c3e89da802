"""Photo captions glued to a story's words: a statement ends where its sentence does, never
in the caption that runs on without a stop. Every text here is invented."""

from __future__ import annotations

import pytest
from attribution_helpers import by_speaker

from briefing.builder.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_caption_label_in_mid_line_opens_a_sentence() -> None:
    text = (
        "Prosecutors said she faces three counts of fraud Scheme: Marlow is accused of "
        "taking money from each of the grooms, officials say"
    )
    assert _split(text) == [
        "Prosecutors said she faces three counts of fraud",
        "Scheme: Marlow is accused of taking money from each of the grooms, officials say",
    ]


def test_a_reported_statement_stops_before_a_glued_caption() -> None:
    text = (
        "The mayor said the bridge will reopen in spring Rebuilt: Workers fit the last "
        "steel beams over the river on Monday afternoon"
    )
    said = by_speaker(text)
    assert [words for _, _, words in said] == ["the bridge will reopen in spring"]


@pytest.mark.parametrize(
    "text",
    [
        "He lost the contest to the favourite among Democrats: Ann Lee.",
        "A source told the Evening Post: ‘We will not sign it this week.’",
        "She told Racemail: ‘The horse is flying and ready to go.’",
        "It shares a long border with Nepal: China has built roads along it.",
        "Lee said: 'We are ready to start on Monday morning.'",
    ],
)
def test_a_colon_inside_a_sentence_is_no_caption_label(text: str) -> None:
    assert _split(text) == [text]


def test_a_long_bracketed_photo_note_ends_a_caption() -> None:
    text = (
        "Visitors stand at the rail (above file photo of the lion house) The keeper said "
        "the gate had been left open."
    )
    assert _split(text) == [
        "Visitors stand at the rail (above file photo of the lion house)",
        "The keeper said the gate had been left open.",
    ]


def test_an_unclosed_quote_ends_before_a_caption_it_ran_into() -> None:
    text = (
        "The coach said: 'We trained in the rain all week. 'The lads never once complained "
        "about it. Tom (left) and Ben (right) pose with the cup after the final whistle on "
        "Saturday. 'They earned this,' he added."
    )
    said = [words for _, kind, words in by_speaker(text) if kind == "direct"]
    assert said[0] == ("We trained in the rain all week. 'The lads never once complained about it.")


def test_a_caption_glued_before_a_given_name_does_not_rename_her() -> None:
    text = (
        "Emma said she was proud of the team. Her friend wore a cape, here dressed as "
        "Peter Rabbit Emma said that the crowd cheered them on."
    )
    assert {name for name, _, _ in by_speaker(text)} == {"Emma"}


@pytest.mark.parametrize("credit", ["(Getty Images)", "(AFP/Getty Images)", "(AP Photo/Ann Roe)"])
def test_a_statement_ends_at_a_picture_agency_credit(credit: str) -> None:
    text = (
        f"Ann Lee said the bridge would reopen in spring {credit} Workers fit the last "
        "beams over the river on Monday."
    )
    said = by_speaker(text)
    assert [words for _, _, words in said] == ["the bridge would reopen in spring"]


def test_a_file_photo_note_at_a_statements_end_is_left_out() -> None:
    text = "Officials warned that the trains could be hacked by criminals (file photo)"
    said = by_speaker(text)
    assert [words for _, _, words in said] == ["the trains could be hacked by criminals"]


def test_a_caption_glued_onto_a_repeated_statement_leaves_only_the_clean_one() -> None:
    # the caption repeats the article's sentence and runs into the next caption without a
    # stop; the clean sentence is kept, the run-on dropped
    text = (
        "The band fought police on Monday. During the footage, you can hear one of the "
        "officers saying they needed to separate these folks and talk to them Ten-year police "
        "veteran Sgt Jim Dale was also shot. During the footage, you can hear one of the "
        "officers saying they needed to separate these folks and talk to them."
    )
    said = [words for _, _, words in by_speaker(text)]
    assert said == ["they needed to separate these folks and talk to them"]
