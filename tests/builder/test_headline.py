"""An article's own headline: the brief's title, not a summary sentence, not a speaker's words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.builder import build_brief
from briefing.model import Brief
from briefing.seeds import Seed

STORY = (
    "Pollster Pat Caddell said on Monday that voters are worried about the candidate's health. "
    "He spoke on a radio show that reaches millions of listeners every single week. "
    "The campaign has released a letter from the candidate's doctor about her recent illness. "
    "The doctor wrote that the candidate is recovering well and will campaign next week."
)


def _brief(text: str) -> Brief:
    return build_brief(Seed(Path("story.txt"), dt.date(2016, 9, 12), text, "0" * 64))


@pytest.mark.parametrize(
    "headline",
    [
        "Old Hands Help Russia Navigate U.S. Media.",
        "Green Party candidate Jill Stein removed from N.Y. debate site by police.",
        "Candidates vie for vets' support; \nTrump and Clinton point out own credentials.",
    ],
)
def test_a_written_headline_is_the_title(headline: str) -> None:
    brief = _brief(f"{headline}\n\n{STORY}")
    assert brief.title == headline.split("\n")[0].rstrip(" .;")


def test_the_summary_does_not_repeat_the_headline() -> None:
    brief = _brief(f"Old Hands Help Russia Navigate U.S. Media.\n\n{STORY}")
    assert all("Old Hands" not in sentence.text for sentence in brief.summary)


def test_a_long_first_paragraph_is_no_headline() -> None:
    brief = _brief(STORY + "\n\nMore follows.")
    assert brief.title != STORY.split(". ")[0]
    assert "Caddell" in brief.title or "voters" in brief.title


def test_a_headline_label_is_no_speaker_but_a_quoted_source_is() -> None:
    brief = _brief(
        "Stealth Over Health: Candidate Was Headed to ER But Diverted.\n\n"
        "Pat Caddell: Voters Worried About Her Health.\n\n" + STORY
    )
    names = {speaker.name for speaker in brief.speakers}
    assert "Stealth Over Health" not in names
    brief = _brief("Pat Caddell: Voters Worried About Her Health.\n\n" + STORY)
    by_id = {speaker.id: speaker.name for speaker in brief.speakers}
    first = brief.statements[0]
    assert by_id[first.speaker] == "Pat Caddell"
    assert first.text == "Voters Worried About Her Health"


@pytest.mark.parametrize(
    "first_line",
    ["**Update added (see below)**", "Police at the gates of the camp on Friday. Photo: AP"],
)
def test_a_note_or_a_photo_caption_on_the_first_line_is_no_headline(first_line: str) -> None:
    brief = _brief(f"{first_line}\n\n{STORY}")
    assert brief.title == "Caddell: Voters are worried about the candidate's health"
