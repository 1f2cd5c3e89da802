"""Cross-brief contradictions: one speaker, opposite stances, different dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from briefing.disputes.cross_brief import find_cross_brief_contradictions
from briefing.model import Brief, Source, Speaker, SpeakerKind, Statement, StatementKind


def _brief(brief_id: str, date: dt.date | None, name: str, words: str) -> Brief:
    text = f'"{words}," {name} said.'
    speaker = Speaker("p1", name, SpeakerKind.PERSON)
    statement = Statement("s1", "p1", StatementKind.DIRECT, words, ((1, 1 + len(words)),), 0)
    return Brief(
        id=brief_id,
        title=brief_id,
        date=date,
        source=Source(f"{brief_id}.txt", "0" * 64, text),
        speakers=(speaker,),
        statements=(statement,),
    )


def test_same_speaker_opposite_stances_on_different_dates_conflict() -> None:
    later = _brief("b2", dt.date(2020, 1, 9), "Mark Esper", "We will withdraw our troops from Iraq")
    earlier = _brief("b1", dt.date(2020, 1, 6), "Mark Esper", "We have no plans to leave Iraq")
    (found,) = find_cross_brief_contradictions([later, earlier])
    assert found.speaker == "Mark Esper"
    assert found.earlier.brief_id == "b1" and found.later.brief_id == "b2"
    assert "2020-01-06" in found.reason and "withdrawal" in found.topic


def test_same_speaker_agreeing_across_dates_is_not_a_conflict() -> None:
    a = _brief("b1", dt.date(2020, 1, 6), "Mark Esper", "We have no plans to leave Iraq")
    b = _brief(
        "b2", dt.date(2020, 1, 9), "Mark Esper", "There is no decision to withdraw from Iraq"
    )
    assert find_cross_brief_contradictions([a, b]) == []


def test_different_speakers_are_left_to_the_brief_itself() -> None:
    a = _brief("b1", dt.date(2020, 1, 6), "Mark Esper", "We have no plans to leave Iraq")
    b = _brief("b2", dt.date(2020, 1, 9), "Mark Milley", "We will withdraw our troops from Iraq")
    assert find_cross_brief_contradictions([a, b]) == []


def test_same_date_is_not_a_change_of_position() -> None:
    a = _brief("b1", dt.date(2020, 1, 6), "Mark Esper", "We have no plans to leave Iraq")
    b = _brief("b2", dt.date(2020, 1, 6), "Mark Esper", "We will withdraw our troops from Iraq")
    assert find_cross_brief_contradictions([a, b]) == []


def test_a_stray_not_across_dates_is_no_change_of_position() -> None:
    earlier = _brief(
        "b1", dt.date(2020, 1, 6), "Ana Ruiz", "The boy fell into the pit after his parents let go"
    )
    later = _brief(
        "b2",
        dt.date(2020, 1, 9),
        "Ana Ruiz",
        "The cheetahs did not approach the boy or his parents in the pit",
    )
    assert find_cross_brief_contradictions([earlier, later]) == []


def test_figures_for_the_same_count_across_dates_conflict() -> None:
    earlier = _brief("b1", dt.date(2020, 1, 6), "Ana Ruiz", "The alliance of states has 19 members")
    later = _brief("b2", dt.date(2020, 1, 9), "Ana Ruiz", "The alliance of states has 16 members")
    (found,) = find_cross_brief_contradictions([earlier, later])
    assert "19 / 16" in found.reason


def test_a_cancelled_search_stops_reading_briefs_and_finds_nothing() -> None:
    later = _brief("b2", dt.date(2020, 1, 9), "Mark Esper", "We will withdraw our troops from Iraq")
    earlier = _brief("b1", dt.date(2020, 1, 6), "Mark Esper", "We have no plans to leave Iraq")
    read: list[str] = []

    def briefs() -> Iterator[Brief]:
        for brief in [later, earlier] * 50:
            read.append(brief.id)
            yield brief

    # The reader cancels the search when the user quits: it must stop, not read on.
    assert find_cross_brief_contradictions(briefs(), cancelled=lambda: len(read) >= 3) == []
    assert len(read) == 3
    # Not cancelled, the same briefs give the conflict.
    assert find_cross_brief_contradictions([later, earlier], cancelled=lambda: False)
