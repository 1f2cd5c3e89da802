"""Small hand-made briefs with exact spans, for tests of every layer (import as `factories`)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from briefing.model import (
    Brief,
    Contradiction,
    Mention,
    Source,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
    SummarySentence,
)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_948dd29d5ac78b5f.txt"

SAMPLE_TEXT = (
    'The memo said troops would leave the city. "We are leaving soon," it said.\n'
    '"There is no plan to leave," Defense Minister Ana Ruiz told reporters.'
)


def span_of(text: str, words: str, start: int = 0) -> tuple[int, int]:
    at = text.index(words, start)
    return (at, at + len(words))


def make_brief(
    brief_id: str = "sample",
    date: dt.date | None = dt.date(2021, 3, 4),
    title: str = "Minister denies memo on troops leaving",
    text: str = SAMPLE_TEXT,
) -> Brief:
    if text != SAMPLE_TEXT:
        source = Source(f"{brief_id}.txt", hashlib.sha256(text.encode()).hexdigest(), text)
        return Brief(id=brief_id, title=title, date=date, source=source)
    reported = span_of(text, "troops would leave the city")
    direct = span_of(text, "We are leaving soon,")
    denial = span_of(text, "There is no plan to leave,")
    statements = (
        Statement(
            "s1",
            "the-memo",
            StatementKind.REPORTED,
            text[slice(*reported)],
            (reported,),
            0,
            Mention("said", span_of(text, "said")),
            Mention("The memo", span_of(text, "The memo")),
        ),
        Statement(
            "s2",
            "the-memo",
            StatementKind.DIRECT,
            text[slice(*direct)],
            (direct,),
            1,
            Mention("said", span_of(text, "said", direct[1])),
            Mention("it", span_of(text, "it", direct[1])),
        ),
        Statement(
            "s3",
            "ana-ruiz",
            StatementKind.DIRECT,
            text[slice(*denial)],
            (denial,),
            2,
            Mention("told reporters", span_of(text, "told reporters")),
            Mention("Ana Ruiz", span_of(text, "Ana Ruiz")),
        ),
    )
    speakers = (
        Speaker("the-memo", "the memo", SpeakerKind.DOCUMENT, "", ("The memo", "it")),
        Speaker("ana-ruiz", "Ana Ruiz", SpeakerKind.PERSON, "Defense Minister", ("Ana Ruiz",)),
    )
    first = span_of(text, "The memo said troops would leave the city.")
    return Brief(
        id=brief_id,
        title=title,
        date=date,
        source=Source(f"{brief_id}.txt", hashlib.sha256(text.encode()).hexdigest(), text),
        summary=(SummarySentence(text[slice(*first)], first),),
        speakers=speakers,
        statements=statements,
        contradictions=(
            Contradiction(
                "c1",
                "troops leaving",
                ("s1", "s2"),
                ("s3",),
                "The memo says troops will leave; Ana Ruiz says there is no plan to.",
                0.8,
            ),
        ),
    )
