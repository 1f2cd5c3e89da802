"""The Problems view: every file that could not be loaded, as `file:line: message`."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..errors import Problem
from ..safe_text import one_line
from .brief_list import plural


class ProblemsScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    ProblemsScreen { align: center middle; }
    ProblemsScreen > VerticalScroll {
        width: 90%; height: 80%; border: round $error; background: $surface; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,p", "dismiss", "Close", id="problems.close"),
    ]

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = f"{plural(len(self.problems), 'problem')} — Esc to close"
            if not self.problems:
                yield Static(Text("Every brief loaded without problems.", style="dim"))
            for problem in self.problems:
                yield Static(Text(one_line(str(problem))))
            yield Static(
                Text(
                    "\nFix the files, then press r to reload."
                    " `briefing check` prints the same list.",
                    style="dim",
                )
            )
