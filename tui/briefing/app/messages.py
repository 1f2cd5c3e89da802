"""Messages that widgets and workers post upward ("attributes down, messages up")."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from ..errors import Problem
from ..model import Brief, CrossBriefContradiction


@dataclass
class BriefsLoaded(Message):
    """The load worker finished: every brief that loaded, and every problem found."""

    briefs: list[Brief]
    problems: list[Problem]


@dataclass
class LoadProgress(Message):
    done: int
    total: int


@dataclass
class JumpToSource(Message):
    """Show a statement's words in the Source pane."""

    statement_id: str


@dataclass
class ShowStatement(Message):
    """Select a statement of another brief (a conflict across briefs points there)."""

    brief_id: str
    statement_id: str


@dataclass
class CrossBriefFound(Message):
    """Speakers contradicting their own words in other briefs, for the whole folder."""

    conflicts: list[CrossBriefContradiction]


@dataclass
class BriefOpened(Message):
    """The user opened a brief (a pane, Enter, a search hit): it counts as read."""

    brief_id: str
