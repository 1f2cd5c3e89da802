"""Two small hand-made briefs to search, with exact spans so they also survive YAML."""

from __future__ import annotations

import datetime as dt
import hashlib

from briefing.model import Brief, Source, Speaker, SpeakerKind, Statement, StatementKind

D = StatementKind.DIRECT
R = StatementKind.REPORTED

IRAQ_SPEAKERS = (
    Speaker("esper", "Mark Esper", SpeakerKind.PERSON, "Secretary of Defense", ("Esper",)),
    Speaker(
        "milley", "Mark Milley", SpeakerKind.PERSON, "Chairman of the Joint Chiefs", ("Milley",)
    ),
    Speaker("letter", "the letter", SpeakerKind.DOCUMENT, "", ("it",)),
)
IRAQ_QUOTES = (
    ("e1", "esper", D, "There's been no decision whatsoever to leave Iraq"),
    ("e2", "esper", R, "there had also been no plans issued to prepare to leave"),
    ("e3", "esper", D, "I don't know what that letter is"),
    ("m1", "milley", D, "Poorly worded, implies withdrawal. That's not what's happening"),
    ("m2", "milley", R, "there was no withdrawal being planned"),
    ("l1", "letter", D, "We respect your sovereign decision to order our departure"),
    ("l2", "letter", R, "coalition forces would be using helicopters to evacuate"),
)

MEMO_SPEAKERS = (
    Speaker("ruiz", "Ana Ruiz", SpeakerKind.PERSON, "Defense Minister", ("Ruiz",)),
    Speaker("memo", "the memo", SpeakerKind.DOCUMENT, "", ()),
)
MEMO_QUOTES = (
    ("r1", "ruiz", D, "There is no plan to leave"),
    ("x1", "memo", R, "troops would leave the city"),
)


def brief_of(
    brief_id: str,
    date: dt.date | None,
    title: str,
    speakers: tuple[Speaker, ...],
    quotes: tuple[tuple[str, str, StatementKind, str], ...],
) -> Brief:
    """A brief whose source is its quotes, one per line, each statement spanning its line."""
    text = "\n".join(words for *_, words in quotes) + "\n"
    statements = []
    at = 0
    for number, (statement_id, speaker, kind, words) in enumerate(quotes):
        statements.append(
            Statement(statement_id, speaker, kind, words, ((at, at + len(words)),), number)
        )
        at += len(words) + 1
    source = Source(f"{brief_id}.txt", hashlib.sha256(text.encode()).hexdigest(), text)
    return Brief(
        id=brief_id,
        title=title,
        date=date,
        source=source,
        speakers=speakers,
        statements=tuple(statements),
    )


def iraq_brief() -> Brief:
    return brief_of(
        "iraq",
        dt.date(2020, 1, 6),
        "US has no plans to pull out of Iraq",
        IRAQ_SPEAKERS,
        IRAQ_QUOTES,
    )


def memo_brief() -> Brief:
    return brief_of(
        "memo", dt.date(2021, 3, 4), "Minister denies memo on troops", MEMO_SPEAKERS, MEMO_QUOTES
    )


def corpus() -> list[Brief]:
    """Newest first, as the store loads them."""
    return [memo_brief(), iraq_brief()]
