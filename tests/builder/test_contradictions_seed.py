"""Seed acceptance through the real builder: one dispute, the letter against Esper and Milley."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.builder import build_brief
from briefing.model import Brief
from briefing.seeds import read_seed

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_948dd29d5ac78b5f.txt"


@pytest.fixture(scope="module")
def brief() -> Brief:
    built = build_brief(read_seed(SEED))
    if not built.statements:
        pytest.skip("attribution finds no statements yet")
    return built


def _side_texts(brief: Brief, ids: tuple[str, ...]) -> list[str]:
    return [s.text for sid in ids if (s := brief.statement(sid)) is not None]


def _speaker_names(brief: Brief, ids: tuple[str, ...]) -> set[str]:
    names = set()
    for sid in ids:
        statement = brief.statement(sid)
        speaker = brief.speaker(statement.speaker) if statement else None
        if speaker is not None:
            names.add(speaker.name.lower())
    return names


def _withdrawal_dispute(brief: Brief):  # type: ignore[no-untyped-def]
    disputes = [c for c in brief.contradictions if "withdrawal" in c.topic]
    assert len(disputes) == 1
    return disputes[0]


def test_side_a_holds_the_letters_statements(brief: Brief) -> None:
    side_a = " | ".join(_side_texts(brief, _withdrawal_dispute(brief).a))
    for words in ("onward movement", "order our departure", "helicopters to evacuate"):
        assert words in side_a


def test_side_b_holds_esper_and_milley_denials(brief: Brief) -> None:
    side_b = " | ".join(_side_texts(brief, _withdrawal_dispute(brief).b))
    for words in (
        "no decision whatsoever to leave Iraq",
        "no plans to pull out of Iraq",
        "That's not what's happening",
        "no withdrawal being planned",
        "no decision made to leave Iraq. Period",
    ):
        assert words in side_b


def test_no_statement_or_speaker_on_both_sides(brief: Brief) -> None:
    for dispute in brief.contradictions:
        assert not set(dispute.a) & set(dispute.b)
        assert not _speaker_names(brief, dispute.a) & _speaker_names(brief, dispute.b)


def test_every_dispute_is_the_letter_against_the_officials(brief: Brief) -> None:
    for dispute in brief.contradictions:
        assert all("letter" in name for name in _speaker_names(brief, dispute.a))
        assert _speaker_names(brief, dispute.b) <= {"mark esper", "mark milley"}


def test_reason_mentions_withdrawal_and_the_denial(brief: Brief) -> None:
    reason = _withdrawal_dispute(brief).reason
    assert "withdrawal" in reason
    assert "deny" in reason and "not what's happening" in reason
