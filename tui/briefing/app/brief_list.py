"""The list of briefs: date, title and counts, with vim-style movement keys."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from ..model import Brief
from ..safe_text import one_line
from .vim_list import VimOptionList


def brief_row(brief: Brief) -> Text:
    row = Text(no_wrap=False, overflow="fold")
    row.append(brief.date_text, style="bold")
    row.append("  ")
    row.append(one_line(brief.title))
    row.append("\n")
    statements = len(brief.statements)
    disputes = len(brief.contradictions)
    row.append(
        f"{statements} statement{'s' if statements != 1 else ''} · "
        f"{len(brief.speakers)} speaker{'s' if len(brief.speakers) != 1 else ''} · "
        f"{disputes} contradiction{'s' if disputes != 1 else ''}",
        style="dim",
    )
    return row


class BriefList(VimOptionList):
    """Briefs, newest first. The option id is the brief id."""

    def show_briefs(self, briefs: list[Brief], keep: str | None = None) -> None:
        """Replace the rows, keeping the highlight on brief ``keep`` when it is still there."""
        self.set_options(Option(brief_row(b), id=b.id) for b in briefs)
        if not briefs:
            return
        index = next((i for i, b in enumerate(briefs) if b.id == keep), 0)
        self.highlighted = index
