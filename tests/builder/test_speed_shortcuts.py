"""Shortcuts taken for speed in the builder keep what it finds: a pronoun's speaker by
gender, and the headline found without copying the text."""

from __future__ import annotations

from attribution_helpers import extract as _extract

from briefing.builder.headline import headline_span


def test_she_passes_over_the_man_named_last_for_the_woman_before_him() -> None:
    text = (
        '"The dam will hold," Mrs. Ann Roe said. "It was built well," Mr. Bob Lee said. '
        '"We checked it twice," she said.'
    )
    _, statements = _extract(text)
    assert [s.speaker for s in statements] == ["ann-roe", "bob-lee", "ann-roe"]


def test_a_speaker_called_she_before_is_not_he_later() -> None:
    text = (
        '"The dam will hold," Sam Quill said. "It was built well," she said. '
        '"The river is low," Bob Lee said. "We checked it twice," he said.'
    )
    _, statements = _extract(text)
    assert statements[-1].speaker == "bob-lee"


def test_a_headline_apart_by_a_line_of_spaces_and_tabs_is_found() -> None:
    text = "  River Dam Holds After Storm\n \t\nThe dam held, officials said on Monday night."
    assert headline_span(text) == (2, 29)


def test_a_first_line_with_nothing_after_it_is_no_headline() -> None:
    assert headline_span("River Dam Holds After Storm\n \u00a0\n") is None


def test_a_first_line_running_into_the_story_is_no_headline() -> None:
    assert headline_span("River Dam Holds After Storm\nThe dam held, officials said.") is None


def test_the_analyst_is_the_one_named_with_the_title_after_the_name() -> None:
    text = (
        "Harbour traffic fell by a third, said Nora Vance, an analyst at Tidewater Research. "
        "The analyst expects the ships to return in spring."
    )
    speakers, statements = _extract(text)
    assert {s.speaker for s in statements} == {"nora-vance"}
    assert [s.name for s in speakers] == ["Nora Vance"]


def test_a_word_capitalised_only_at_a_sentence_start_is_nobody() -> None:
    text = (
        "Lately, the harbour has been quiet. Lately said the ships would return. "
        "The ships have lately been late."
    )
    speakers, _ = _extract(text)
    assert "Lately" not in [s.name for s in speakers]
