"""The main screen: the brief list beside the selected brief's four panes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane

from ..errors import Problem
from ..model import Brief, CrossBriefContradiction
from .brief_list import BriefList, plural
from .contradictions_pane import ContradictionsPane, SideList
from .messages import JumpToSource, ShowStatement
from .quotes_pane import QuotesPane, StatementList
from .source_pane import SourcePane
from .statement_view import copy_text
from .summary_pane import SummaryPane

#: Below this the reader says so instead of drawing a squashed layout.
MIN_SIZE = (60, 16)
#: Below this the too-small message drops its padding.
TINY_SIZE = (40, 10)
#: Below this width the list sits above the panes instead of beside them.
NARROW_WIDTH = 100

PANES = ("summary", "quotes", "contradictions", "source")


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pane('summary')", "Summary", id="pane.summary"),
        Binding("2", "pane('quotes')", "Quotes", id="pane.quotes"),
        Binding("3", "pane('contradictions')", "Contradictions", id="pane.contradictions"),
        Binding("4", "pane('source')", "Source", id="pane.source"),
        Binding("escape", "back", "Back", id="main.back"),
        Binding("y", "copy_statement", "Copy", id="main.copy"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.briefs: list[Brief] = []
        self.briefs_by_id: dict[str, Brief] = {}
        #: Speakers contradicting their own words in other briefs, across the whole folder.
        self.cross: list[CrossBriefContradiction] = []
        #: The widget a jump to Source came from, so Esc can go back to it.
        self.jump_origin: Widget | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            yield BriefList(id="brief-list")
            with TabbedContent(id="panes", initial="pane-summary"):
                with TabPane("1 Summary", id="pane-summary"):
                    yield SummaryPane(id="summary")
                with TabPane("2 Quotes", id="pane-quotes"):
                    yield QuotesPane(id="quotes")
                with TabPane("3 Contradictions", id="pane-contradictions"):
                    yield ContradictionsPane(id="contradictions")
                with TabPane("4 Source", id="pane-source"):
                    yield SourcePane(id="source")
        yield Static(id="empty")
        yield Static(id="too-small")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(ContradictionsPane).find_brief = lambda brief_id: self.briefs_by_id.get(
            brief_id
        )
        brief_list = self.query_one(BriefList)
        brief_list.show_message(Text("Loading briefs…", style="dim"))
        brief_list.focus()
        self._fit(self.size.width, self.size.height)

    # -- size

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        too_small = width < MIN_SIZE[0] or height < MIN_SIZE[1]
        self.set_class(width < NARROW_WIDTH, "-narrow")
        self.set_class(too_small, "-too-small")
        # Without padding the whole message still fits a 20×6 terminal.
        self.set_class(width < TINY_SIZE[0] or height < TINY_SIZE[1], "-tiny")
        if too_small:
            self.query_one("#too-small", Static).update(
                Text(
                    f"Terminal too small ({width}×{height}).\n"
                    f"briefing needs {MIN_SIZE[0]}×{MIN_SIZE[1]} or more.\n"
                    "Enlarge the window, or press q to quit."
                )
            )

    # -- loading

    @property
    def selected(self) -> Brief | None:
        index = self.query_one(BriefList).highlighted
        if index is None or not 0 <= index < len(self.briefs):
            return None
        return self.briefs[index]

    def show_progress(self, done: int, total: int) -> None:
        if not self.briefs:
            self.query_one(BriefList).show_message(
                Text(f"Loading briefs… {done:,} of {total:,}", style="dim")
            )

    def show_briefs(self, briefs: list[Brief], problems: list[Problem]) -> None:
        keep = self.selected.id if self.selected else None
        self.briefs = briefs
        self.briefs_by_id = {b.id: b for b in briefs}
        self.cross = [c for c in self.cross if c.earlier.brief_id in self.briefs_by_id]
        self.set_class(not briefs, "-empty")
        if not briefs:
            self.query_one("#empty", Static).update(self._empty_message(problems))
            return
        self.query_one(BriefList).show_briefs(briefs, keep)
        self.show_selected()

    def _empty_message(self, problems: list[Problem]) -> Text:
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
            count = plural(len(problems), "problem")
            message.append(f"\n\n{count} loading briefs: press p to see them.")
        return message

    # -- selection

    def on_brief_list_highlighted(self, event: BriefList.Highlighted) -> None:
        self.show_selected()

    def on_brief_list_selected(self, event: BriefList.Selected) -> None:
        event.stop()
        self.action_pane(self.active_pane)

    def show_selected(self) -> None:
        brief = self.selected
        if brief is self.query_one(SummaryPane).brief and brief is not None:
            return
        self.jump_origin = None
        self.query_one(SummaryPane).show(brief)
        self.query_one(QuotesPane).show(brief)
        self.query_one(ContradictionsPane).show(brief, self.cross_for(brief))
        self.query_one(SourcePane).show(brief)

    def cross_for(self, brief: Brief | None) -> list[CrossBriefContradiction]:
        if brief is None:
            return []
        return [c for c in self.cross if brief.id in (c.earlier.brief_id, c.later.brief_id)]

    def set_cross(self, conflicts: list[CrossBriefContradiction]) -> None:
        self.cross = conflicts
        brief = self.selected
        if brief is not None:
            self.query_one(ContradictionsPane).show(brief, self.cross_for(brief))

    def on_show_statement(self, message: ShowStatement) -> None:
        if not self.select_statement(message.brief_id, message.statement_id):
            self.notify("That statement is no longer in the loaded briefs.", severity="warning")

    # -- panes and keys

    @property
    def active_pane(self) -> str:
        return self.query_one(TabbedContent).active.removeprefix("pane-") or "summary"

    def pane_focus_target(self, pane: str) -> Widget:
        if pane == "quotes":
            return self.query_one(StatementList)
        if pane == "contradictions":
            contradictions = self.query_one(ContradictionsPane)
            disputes = contradictions.query_one("#dispute-list")
            return disputes if disputes.display else contradictions
        return self.query_one(f"#{pane}")

    def action_pane(self, pane: str) -> None:
        if not self.briefs:
            return
        self.query_one(TabbedContent).active = f"pane-{pane}"
        target = self.pane_focus_target(pane)
        if target.focusable:
            target.focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "pane-source":
            self.call_after_refresh(self.query_one(SourcePane).scroll_to_selected)

    def on_jump_to_source(self, message: JumpToSource) -> None:
        self.jump_origin = self.focused
        source = self.query_one(SourcePane)
        source.show(self.selected, message.statement_id)
        self.action_pane("source")
        self.call_after_refresh(source.scroll_to_selected)

    def action_back(self) -> None:
        """Back out one level: Source → the statement you jumped from → the brief list."""
        focused = self.focused
        if isinstance(focused, SourcePane) and self.jump_origin is not None:
            origin, self.jump_origin = self.jump_origin, None
            for pane in PANES:
                if self.query_one(f"#{pane}") in origin.ancestors_with_self:
                    self.query_one(TabbedContent).active = f"pane-{pane}"
            origin.focus()
            return
        if isinstance(focused, SideList):
            self.query_one("#dispute-list").focus()
            return
        self.query_one(BriefList).focus()

    def selected_statement_id(self) -> str | None:
        focused = self.focused
        if isinstance(focused, StatementList | SideList):
            return focused.highlighted_id
        if isinstance(focused, SourcePane):
            return focused.selected
        return None

    def action_copy_statement(self) -> None:
        brief = self.selected
        statement_id = self.selected_statement_id()
        if statement_id and "/" in statement_id:  # a statement of another brief
            brief_id, statement_id = statement_id.split("/", 1)
            brief = self.briefs_by_id.get(brief_id)
        statement = brief.statement(statement_id) if brief and statement_id else None
        if brief is None or statement is None:
            self.notify("Select a statement in Quotes or Contradictions to copy it.", timeout=3)
            return
        self.app.copy_to_clipboard(copy_text(brief, statement))
        self.notify("Copied the statement with its speaker and brief.", timeout=2)

    def select_statement(self, brief_id: str, statement_id: str) -> bool:
        """Show a brief's statement in the Quotes pane (used by search)."""
        brief_list = self.query_one(BriefList)
        if not brief_list.highlight_id(brief_id):
            return False
        self.show_selected()
        self.action_pane("quotes")
        return self.query_one(QuotesPane).select_statement(statement_id)
