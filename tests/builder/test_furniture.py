"""Page furniture: datelines, bylines, stamps and photo captions are found by their shape."""

from __future__ import annotations

import pytest

from briefing.builder.furniture import is_caption, story_start, without_dateline
from briefing.builder.sentences import split_sentences


def _captions(text: str) -> list[bool]:
    sentences = split_sentences(text)
    return [is_caption(text, sentences, at) for at in range(len(sentences))]


def test_a_sentence_running_without_a_stop_into_the_next_is_a_caption() -> None:
    text = "The mayor outside the town hall yesterday The mayor has resigned after a vote."
    assert _captions(text) == [True, False]


def test_a_word_split_where_it_was_glued_is_no_caption() -> None:
    # "ShipWell" is cut before "Well" (a glued sentence's opener); nothing ends there
    text = "The board of ShipWell approved a plan to open three new offices in Europe."
    assert not any(_captions(text)[:1])


@pytest.mark.parametrize(
    "text",
    [
        "Crowds at the gates of the park on Friday. Photo: AP\nThe park has closed.",
        "Sleepy dog: Rex in his basket on Friday.\nThe park has closed.",
    ],
)
def test_a_credit_or_a_label_makes_a_caption(text: str) -> None:
    assert _captions(text)[0]


def test_a_label_that_is_a_name_used_again_is_no_caption() -> None:
    text = "Reed: The plan will fail. Reed said so on Monday to the whole council."
    assert not _captions(text)[0]


def test_the_story_starts_past_a_dateline_a_byline_and_stamps() -> None:
    head = "By . Jane Roe . PUBLISHED: 12:01 EST, 3 May 2014 | . UPDATED: 14:22 EST, 3 May 2014 . "
    text = head + "A fire destroyed the church."
    assert text[story_start(text) :] == "A fire destroyed the church."
    assert without_dateline("LONDON, England (Reuters) -- Shares fell.") == "Shares fell."
    assert without_dateline("Updated figures show a fall.") == "Updated figures show a fall."
