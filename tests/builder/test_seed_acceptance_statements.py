"""Issue 3 acceptance on the shipped seed: who said what in the Esper / Milley letter story."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.builder import build_brief
from briefing.model import Brief, SpeakerKind, Statement, StatementKind, join_spans
from briefing.seeds import read_seed

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_948dd29d5ac78b5f.txt"


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief(read_seed(SEED))


def _find(
    brief: Brief, speaker: str, kind: StatementKind, starts: str, ends: str = ""
) -> Statement:
    for st in brief.statements_by(speaker):
        if st.kind is kind and st.text.startswith(starts) and st.text.endswith(ends):
            return st
    raise AssertionError(f"no {kind.value} statement by {speaker} starting {starts!r}")


def test_esper_is_named_with_his_role(brief: Brief) -> None:
    esper = brief.speaker("mark-esper")
    assert esper is not None
    assert (esper.name, esper.kind, esper.role) == (
        "Mark Esper",
        SpeakerKind.PERSON,
        "US Secretary of Defense",
    )


def test_esper_reported_no_plans_to_pull_out(brief: Brief) -> None:
    _find(brief, "mark-esper", StatementKind.REPORTED, "the US has no plans to pull out of Iraq")


def test_esper_direct_no_decision(brief: Brief) -> None:
    st = _find(brief, "mark-esper", StatementKind.DIRECT, "There's been no decision whatsoever")
    assert st.text == "There's been no decision whatsoever to leave Iraq"


def test_esper_reported_no_plans_issued(brief: Brief) -> None:
    st = _find(brief, "mark-esper", StatementKind.REPORTED, "there had also been no plans issued")
    assert st.text == "there had also been no plans issued to prepare to leave"


def test_unattributed_paragraph_belongs_to_esper(brief: Brief) -> None:
    _find(
        brief, "mark-esper", StatementKind.DIRECT, "I don't know what that letter is ...", "Period."
    )


def test_the_letter_is_a_document_signed_by_seely(brief: Brief) -> None:
    letter = brief.speaker("the-letter")
    assert letter is not None
    assert letter.kind is SpeakerKind.DOCUMENT
    assert "Brigadier General William H. Seely III" in letter.role
    assert "commanding general of Task Force Iraq" in letter.role


def test_letter_direct_read_the_letter(brief: Brief) -> None:
    st = _find(brief, "the-letter", StatementKind.DIRECT, "Sir, in deference", "onward movement")
    assert st.cue is not None and st.cue.text == "read"


def test_letter_direct_it_said(brief: Brief) -> None:
    st = _find(brief, "the-letter", StatementKind.DIRECT, "We respect your sovereign decision")
    assert st.source_mention is not None and st.source_mention.text == "it"


def test_letter_reported_helicopters(brief: Brief) -> None:
    _find(
        brief, "the-letter", StatementKind.REPORTED, "coalition forces would be using helicopters"
    )


def test_milley_is_named_with_rank_and_chairmanship(brief: Brief) -> None:
    milley = brief.speaker("mark-milley")
    assert milley is not None
    assert "General" in milley.role
    assert "chairman of the Joint Chiefs of Staff" in milley.role


def test_top_us_general_told_reporters_is_milley(brief: Brief) -> None:
    st = _find(
        brief, "mark-milley", StatementKind.REPORTED, "The leaked letter", "movement of forces"
    )
    assert "poorly worded draft document" in st.text
    assert st.source_mention is not None and st.source_mention.text == "the top US general"
    assert st.cue is not None and st.cue.text == "told"


def test_milley_direct_poorly_worded(brief: Brief) -> None:
    st = _find(brief, "mark-milley", StatementKind.DIRECT, "Poorly worded, implies withdrawal.")
    assert st.text.endswith("That's not what's happening")


def test_milley_reported_no_withdrawal(brief: Brief) -> None:
    _find(brief, "mark-milley", StatementKind.REPORTED, "there was no withdrawal being planned")


@pytest.mark.parametrize("word", ["Reuters", "Monday", "Sir", "Iraq"])
def test_no_statement_attributed_to(brief: Brief, word: str) -> None:
    for st in brief.statements:
        speaker = brief.speaker(st.speaker)
        assert speaker is not None
        assert word.lower() not in speaker.name.lower().split()


def test_narration_is_not_a_statement(brief: Brief) -> None:
    assert not any("roughly 5,000 US troops" in st.text for st in brief.statements)


def test_every_statement_round_trips_its_spans(brief: Brief) -> None:
    for st in brief.statements:
        assert join_spans(brief.source.text, st.spans) == st.text
        for mention in (st.cue, st.source_mention):
            if mention is not None:
                assert brief.source.text[mention.span[0] : mention.span[1]] == mention.text
