"""Messages that widgets and workers post upward ("attributes down, messages up")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from ..errors import Problem

# The model, the store (SQLite, the search index) load after the first frame.
if TYPE_CHECKING:
    from ..corpus.rows import BriefRow
    from ..corpus.shelf import Shelf
    from ..model import Brief, CrossBriefContradiction


@dataclass
class BriefsLoaded(Message):
    """The load worker finished: every brief that loaded (as rows from ``shelf``, or as
    parsed briefs when there is no shelf), and every problem found."""

    briefs: Sequence[Brief | BriefRow]
    problems: list[Problem]
    shelf: Shelf | None = None

    def the_shelf(self) -> Shelf:
        if self.shelf is not None:
            return self.shelf
        from ..corpus.shelf import Shelf
        from ..model import Brief

        briefs = [b for b in self.briefs if isinstance(b, Brief)]
        return Shelf.of_briefs(briefs, self.problems)


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


@dataclass
class PanesMounted(Message):
    """The main screen has mounted every pane: briefs can be shown (and loaded) now."""


@dataclass
class WeakDisputesToggled(Message):
    """The reader asked to show (or hide again) the disputes resting on weak evidence."""

    shown: bool
