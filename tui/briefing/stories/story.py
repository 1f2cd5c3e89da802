"""A story: the briefs of many outlets about one event, who spoke in them, where they disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Brief, Span, SpeakerKind, StatementRef


@dataclass(frozen=True, slots=True)
class StorySpeaker:
    """One person or organisation across the briefs of a story, with every statement."""

    name: str
    kind: SpeakerKind
    statements: tuple[StatementRef, ...]

    @property
    def brief_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ref.brief_id for ref in self.statements))


@dataclass(frozen=True, slots=True)
class DisputeSide:
    """Where one brief stands in a dispute: the words, and who says them.

    ``statement_id`` names the brief's statement when a source of the article says them; it
    is None when they are the outlet's own words, found at ``span`` of the brief's source.
    """

    brief_id: str
    statement_id: str | None
    source: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class StoryDispute:
    topic: str
    #: Briefs that report the claim as fact.
    a: tuple[DisputeSide, ...]
    #: Briefs whose sources or authors call it untrue.
    b: tuple[DisputeSide, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    #: Oldest first, undated last.
    briefs: tuple[Brief, ...]
    speakers: tuple[StorySpeaker, ...] = ()
    disputes: tuple[StoryDispute, ...] = ()

    @property
    def first_date(self) -> dt.date | None:
        return self.briefs[0].date if self.briefs else None

    @property
    def last_date(self) -> dt.date | None:
        dated = [b.date for b in self.briefs if b.date is not None]
        return dated[-1] if dated else None

    @property
    def dates_text(self) -> str:
        first, last = self.first_date, self.last_date
        if first is None or last is None:
            return "undated"
        if first == last:
            return first.isoformat()
        return f"{first.isoformat()} – {last.isoformat()}"

    def brief(self, brief_id: str) -> Brief | None:
        return next((b for b in self.briefs if b.id == brief_id), None)
