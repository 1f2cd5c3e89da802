"""The main screen: the brief list beside the selected brief's panes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static, TabbedContent, TabPane

from ..errors import Problem
from ..model import Brief
from .brief_list import BriefList
from .summary_pane import SummaryPane


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = []

    def __init__(self) -> None:
        super().__init__()
        self.briefs: list[Brief] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            yield BriefList(id="brief-list")
            with TabbedContent(id="panes", initial="pane-summary"):
                with TabPane("1 Summary", id="pane-summary"):
                    yield SummaryPane(id="summary")
        yield Static(id="empty")
        yield Footer()

    def on_mount(self) -> None:
        brief_list = self.query_one(BriefList)
        brief_list.set_options([Text("Loading briefs…", style="dim")])
        brief_list.focus()
        self.query_one("#empty").display = False

    @property
    def selected(self) -> Brief | None:
        index = self.query_one(BriefList).highlighted
        if index is None or not 0 <= index < len(self.briefs):
            return None
        return self.briefs[index]

    def show_progress(self, done: int, total: int) -> None:
        if not self.briefs:
            self.query_one(BriefList).set_options(
                [Text(f"Loading briefs… {done:,} of {total:,}", style="dim")]
            )

    def show_briefs(self, briefs: list[Brief], problems: list[Problem]) -> None:
        keep = self.selected.id if self.selected else None
        self.briefs = briefs
        empty = self.query_one("#empty", Static)
        self.query_one("#body").display = bool(briefs)
        empty.display = not briefs
        if not briefs:
            folder = getattr(self.app, "briefs_dir", "the briefs folder")
            message = Text.assemble(
                ("No briefs to show", "bold"),
                f"\n\nNothing loadable was found in {folder}.\n\n",
                "Build briefs from seed articles with:\n\n    ",
                ("briefing build", "bold"),
                "          (seeds/*.txt → briefs/*.yaml)\n\nthen run ",
                ("briefing", "bold"),
                " again, or press r to reload.",
            )
            if problems:
                message.append(
                    f"\n\n{len(problems)} file(s) could not be loaded: press p to see why."
                )
            empty.update(message)
            return
        self.query_one(BriefList).show_briefs(briefs, keep)
        self.show_selected()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if isinstance(event.option_list, BriefList):
            self.show_selected()

    def show_selected(self) -> None:
        self.query_one(SummaryPane).show(self.selected)
