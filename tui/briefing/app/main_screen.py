"""The main screen: the brief list beside the selected brief's four panes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Input, Static, TabbedContent, TabPane, Tabs

from ..corpus.rows import BriefRow
from ..corpus.shelf import Shelf
from ..errors import InputError, Problem
from .brief_list import BriefList, plural
from .list_order import SORT_LABELS, filtered, next_order, sorted_briefs
from .messages import (
    BriefOpened,
    JumpToSource,
    PanesMounted,
    ShowStatement,
    WeakDisputesToggled,
)
from .notice_line import NoticeLine
from .reader_footer import ReaderFooter
from .summary_pane import SummaryPane

# The hidden panes' modules are imported as they are mounted, after the first frame.
if TYPE_CHECKING:
    from ..model import Brief, CrossBriefContradiction
    from .contradictions_pane import ContradictionsPane
    from .quotes_pane import QuotesPane
    from .source_pane import SourcePane

#: Below this the reader says so instead of drawing a squashed layout.
MIN_SIZE = (60, 16)
#: Below this the too-small message drops its padding.
TINY_SIZE = (40, 10)
#: Below this width the list sits above the panes instead of beside them.
NARROW_WIDTH = 100

PANES = ("summary", "quotes", "contradictions", "source")


def _quotes_pane() -> Widget:
    from .quotes_pane import QuotesPane

    return QuotesPane(id="quotes")


def _contradictions_pane() -> Widget:
    from .contradictions_pane import ContradictionsPane

    return ContradictionsPane(id="contradictions")


def _source_pane() -> Widget:
    from .source_pane import SourcePane

    return SourcePane(id="source")


#: The panes not shown at start, in the order they are mounted after the first frame.
LATER_PANES: tuple[tuple[str, Callable[[], Widget]], ...] = (
    ("pane-quotes", _quotes_pane),
    ("pane-contradictions", _contradictions_pane),
    ("pane-source", _source_pane),
)


class MainScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pane('summary')", "Summary", id="pane.summary"),
        Binding("2", "pane('quotes')", "Quotes", id="pane.quotes"),
        Binding("3", "pane('contradictions')", "Contradictions", id="pane.contradictions"),
        Binding("4", "pane('source')", "Source", id="pane.source"),
        Binding("escape", "back", "Back", id="main.back"),
        Binding("y", "copy_statement", "Copy", id="main.copy"),
        Binding("z", "zoom_list", "Zoom list", show=False, id="main.zoom"),
    ]

    def __init__(self) -> None:
        super().__init__()
        #: The rows of every loaded brief, newest first (the list filters and sorts them).
        self.briefs: list[BriefRow] = []
        #: Speakers contradicting their own words in other briefs, across the whole folder.
        self.cross: list[CrossBriefContradiction] = []
        #: The widget a jump to Source came from, so Esc can go back to it.
        self.jump_origin: Widget | None = None
        #: The pane widget `f` was pressed in, so Esc in the find field goes back to it.
        self.find_origin: Widget | None = None
        #: How the list is sorted (`s`) and what it is filtered to (`f`).
        self.sort = "date"
        self.list_query = ""
        #: False until the panes hidden at start are mounted (just after the first frame).
        self.panes_mounted = False
        #: Weak disputes shown (`w` in Contradictions): for this session, every brief, and
        #: the Markdown export from the reader.
        self.show_weak_disputes = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="list-column"):
                yield Input(placeholder="filter: title, speaker, site", id="list-filter")
                yield BriefList(id="brief-list")
            with TabbedContent(id="panes", initial="pane-summary"):
                with TabPane("1 Summary", id="pane-summary"):
                    yield SummaryPane(id="summary")
                # The other panes' widgets come after the first frame (mount_later_panes).
                yield TabPane("2 Quotes", id="pane-quotes")
                yield TabPane("3 Contradictions", id="pane-contradictions")
                yield TabPane("4 Source", id="pane-source")
        yield Input(placeholder="find: Enter finds the next, Esc closes", id="pane-find")
        yield Static(id="empty")
        yield Static(id="too-small")
        yield NoticeLine(id="notice")
        yield ReaderFooter(compact=True)

    def on_mount(self) -> None:
        # Tab from the list goes to the pane's content; the tabs are reached with 1-4 or
        # the mouse, so the tab strip takes no focus.
        self.query_one(TabbedContent).query_one(Tabs).can_focus = False
        brief_list = self.query_one(BriefList)
        brief_list.show_message(Text("Loading briefs…", style="dim"))
        brief_list.focus()
        self._fit(self.size.width, self.size.height)
        self.call_after_refresh(self.mount_later_panes)

    async def mount_later_panes(self, step: int = 0) -> None:
        """Mount the panes hidden at start, one per frame, then say so (the app loads the
        briefs then). Composed with the rest they kept the first frame waiting 50 ms; at
        once after it, they would stall the screen as long."""
        if not self.is_mounted or self._closing:
            return
        tab_id, make_pane = LATER_PANES[step]
        await self.query_one(f"#{tab_id}", TabPane).mount(make_pane())
        if step + 1 < len(LATER_PANES):
            self.call_after_refresh(self.mount_later_panes, step + 1)
            return
        self.contradictions_pane.find_brief = lambda brief_id: self.shelf.brief_by_id(brief_id)
        self.panes_mounted = True
        self.post_message(PanesMounted())

    @property
    def quotes_pane(self) -> QuotesPane:
        from .quotes_pane import QuotesPane

        return self.query_one(QuotesPane)

    @property
    def contradictions_pane(self) -> ContradictionsPane:
        from .contradictions_pane import ContradictionsPane

        return self.query_one(ContradictionsPane)

    @property
    def source_pane(self) -> SourcePane:
        from .source_pane import SourcePane

        return self.query_one(SourcePane)

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
    def shelf(self) -> Shelf:
        """Where the full briefs come from (the app's, else one over no briefs)."""
        shelf = getattr(self.app, "shelf", None)
        return shelf if isinstance(shelf, Shelf) else Shelf([], [])

    @property
    def selected_row(self) -> BriefRow | None:
        brief_list = self.query_one(BriefList)
        index = brief_list.highlighted
        if index is None or not 0 <= index < len(brief_list.briefs):
            return None
        return brief_list.briefs[index]

    @property
    def selected(self) -> Brief | None:
        """The highlighted brief, parsed (loaded now if it is not yet)."""
        row = self.selected_row
        if row is None:
            return None
        try:
            return self.shelf.brief(row)
        except InputError:
            return None

    def show_progress(self, done: int, total: int) -> None:
        if not self.briefs:
            self.query_one(BriefList).show_message(
                Text(f"Loading briefs… {done:,} of {total:,}", style="dim")
            )

    def restore(self, read: Iterable[str], sort: str, pane: str | None) -> None:
        """Put back what the last run left: read briefs, the sort, the pane shown."""
        self.query_one(BriefList).read_ids.update(read)
        self.sort = sort if sort in SORT_LABELS else "date"
        if pane in PANES:
            self.query_one(TabbedContent).active = f"pane-{pane}"

    def show_briefs(
        self, briefs: list[BriefRow], problems: list[Problem], keep: str | None = None
    ) -> None:
        if keep is None:
            keep = self.selected_row.id if self.selected_row else None
        self.briefs = briefs
        shelf = self.shelf
        self.cross = [c for c in self.cross if shelf.row(c.earlier.brief_id) is not None]
        self.set_class(not briefs, "-empty")
        if not briefs:
            self.query_one("#empty", Static).update(self._empty_message(problems))
            return
        # A brief deleted on disk since: stay at its row rather than jump to the top.
        self.refresh_list(keep, fallback=self.query_one(BriefList).highlighted or 0)

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

    # -- the list: filter, sort, read

    def refresh_list(self, keep: str | None = None, fallback: int = 0) -> None:
        """Show the briefs that match the filter, in the chosen order, keeping the
        highlight on ``keep`` (else the brief highlighted now) when it is still listed."""
        brief_list = self.query_one(BriefList)
        if keep is None and self.selected_row is not None:
            keep = self.selected_row.id
        shown = sorted_briefs(filtered(self.briefs, self.list_query), self.sort)
        brief_list.show_briefs(shown, keep, fallback)
        brief_list.total = len(self.briefs)
        self._show_list_title()
        self.show_selected()

    def _show_list_title(self) -> None:
        """The sort and the unread count on the list's border."""
        brief_list = self.query_one(BriefList)
        # Counted over the read ids (few), not the rows (100,000).
        shelf = self.shelf
        read = sum(1 for brief_id in brief_list.read_ids if shelf.row(brief_id) is not None)
        unread = len(self.briefs) - read
        brief_list.border_title = f"Briefs, {SORT_LABELS[self.sort]} · {unread} unread"

    def action_filter_list(self) -> None:
        if not self.briefs:
            return
        self.remove_class("-zoomed")
        self.add_class("-filtering")
        self.query_one("#list-filter", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "list-filter":
            event.stop()
            self.list_query = event.value
            self.refresh_list()
        elif event.input.id == "pane-find":
            event.stop()
            self._find(event.value, after=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "list-filter":
            event.stop()
            self.query_one(BriefList).focus()
        elif event.input.id == "pane-find":
            event.stop()
            self._find(event.value, after=True)

    # -- find within Quotes and Source

    def action_find_in_pane(self) -> None:
        if not self.briefs:
            return
        if self.active_pane not in ("quotes", "source"):
            self.notify("Find works in Quotes (2) and Source (4).", timeout=3)
            return
        self.find_origin = self.pane_focus_target(self.active_pane)
        self.add_class("-finding")
        self.query_one("#pane-find", Input).focus()

    def _find(self, words: str, after: bool) -> None:
        if not words.strip():
            return
        if self.active_pane == "quotes":
            found = self.quotes_pane.find(words, after)
        else:
            found = self.source_pane.find(words, after)
        if not found:
            self.notify(f"Not found in {self.active_pane.title()}", severity="warning", timeout=2)

    def close_find(self) -> None:
        self.remove_class("-finding")
        origin = self.find_origin
        if origin is not None and origin.is_mounted and origin.focusable:
            origin.focus()
        else:
            self.query_one(BriefList).focus()

    def close_filter(self) -> None:
        """Clear the filter and hide its input; the list shows every brief again."""
        field = self.query_one("#list-filter", Input)
        self.remove_class("-filtering")
        if field.value:
            self.list_query = ""  # now, for a caller that refills the list at once
            field.value = ""  # posts Changed: the list refills
        self.query_one(BriefList).focus()

    def action_cycle_sort(self) -> None:
        self.sort = next_order(self.sort)
        self.refresh_list()
        self.notify(f"Briefs sorted {SORT_LABELS[self.sort]}", timeout=2)

    def mark_read(self, brief: BriefRow | None) -> None:
        brief_list = self.query_one(BriefList)
        if brief is None or brief.id in brief_list.read_ids:
            return
        brief_list.read_ids.add(brief.id)
        brief_list.refresh_rows()
        self._show_list_title()
        self.post_message(BriefOpened(brief.id))

    # -- selection

    def on_brief_list_highlighted(self, event: BriefList.Highlighted) -> None:
        self.show_selected()

    def on_brief_list_selected(self, event: BriefList.Selected) -> None:
        event.stop()
        self.action_pane(self.active_pane)

    def show_selected(self) -> None:
        """Show the highlighted brief in the panes: at once when it is small or was shown
        lately, else once a worker has parsed it (the list keeps moving meanwhile)."""
        row = self.selected_row
        brief = None
        if row is not None:
            try:
                brief = self.shelf.try_brief(row)
            except InputError as exc:
                self._say_not_loaded(exc)
            else:
                if brief is None:
                    self._load_brief(row, self.shelf)
                    return
        self._show_brief(brief)

    @work(thread=True, exclusive=True, group="brief", exit_on_error=False, description="brief")
    def _load_brief(self, row: BriefRow, shelf: Shelf) -> None:
        try:
            brief: Brief | None = shelf.brief(row)
        except InputError as exc:
            brief = None
            self._say_not_loaded(exc)
        self.app.call_from_thread(self._brief_loaded, row, brief)

    def _say_not_loaded(self, error: InputError) -> None:
        """A brief listed at load time that no longer loads (changed or gone since)."""
        problem = error.problems[0] if error.problems else "this brief no longer loads"
        self.notify(f"{problem}; press r to reload", severity="warning", markup=False)

    def _brief_loaded(self, row: BriefRow, brief: Brief | None) -> None:
        if self.is_mounted and self.selected_row is row:
            self._show_brief(brief)

    def _show_brief(self, brief: Brief | None) -> None:
        shown = self.query_one(SummaryPane).brief
        if brief is shown and brief is not None:
            return
        quotes = self.quotes_pane
        # The same brief read again from disk (`r`): keep the statement highlighted.
        same = brief is not None and shown is not None and brief.id == shown.id
        keep_statement = quotes.selected_statement_id if same else None
        self.jump_origin = None
        self.remove_class("-finding")
        self.query_one(SummaryPane).show(brief)
        quotes.show(brief)
        if keep_statement is not None:
            quotes.select_statement(keep_statement)
        self.contradictions_pane.show(brief, self.cross_for(brief))
        self.source_pane.show(brief)

    def cross_for(self, brief: Brief | BriefRow | None) -> list[CrossBriefContradiction]:
        if brief is None:
            return []
        return [c for c in self.cross if brief.id in (c.earlier.brief_id, c.later.brief_id)]

    def set_cross(self, conflicts: list[CrossBriefContradiction]) -> None:
        self.cross = conflicts
        brief = self.query_one(SummaryPane).brief
        if brief is not None:
            self.contradictions_pane.show(brief, self.cross_for(brief))

    def on_weak_disputes_toggled(self, message: WeakDisputesToggled) -> None:
        self.show_weak_disputes = message.shown
        summary = self.query_one(SummaryPane)
        summary.show_weak = message.shown
        if summary.brief is not None:
            summary.show(summary.brief)
        self.notify(
            "Weak disputes shown, marked for checking" if message.shown else "Weak disputes hidden",
            timeout=2,
        )

    def on_show_statement(self, message: ShowStatement) -> None:
        if not self.select_statement(message.brief_id, message.statement_id):
            self.notify("That statement is no longer in the loaded briefs.", severity="warning")

    # -- panes and keys

    @property
    def active_pane(self) -> str:
        return self.query_one(TabbedContent).active.removeprefix("pane-") or "summary"

    def pane_focus_target(self, pane: str) -> Widget:
        if pane == "quotes":
            return self.query_one("#statement-list")
        if pane == "contradictions":
            contradictions = self.contradictions_pane
            disputes = contradictions.query_one("#dispute-list")
            return disputes if disputes.display else contradictions
        return self.query_one(f"#{pane}")

    def action_zoom_list(self) -> None:
        """Give the brief list the whole screen, or give the panes their room back."""
        zoomed = not self.has_class("-zoomed")
        self.set_class(zoomed, "-zoomed")
        brief_list = self.query_one(BriefList)
        if zoomed:
            brief_list.focus()
        self.call_after_refresh(brief_list.scroll_to_highlight)

    def action_pane(self, pane: str) -> None:
        if not self.briefs:
            return
        self.remove_class("-zoomed")
        self.mark_read(self.selected_row)
        self.query_one(TabbedContent).active = f"pane-{pane}"
        target = self.pane_focus_target(pane)
        if target.focusable:
            target.focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        # A click on a tab can come before the panes are mounted.
        if event.pane.id == "pane-source" and self.panes_mounted:
            self.call_after_refresh(self.source_pane.scroll_to_selected)

    def on_jump_to_source(self, message: JumpToSource) -> None:
        self.jump_origin = self.focused
        source = self.source_pane
        source.show(self.selected, message.statement_id)
        self.action_pane("source")
        self.call_after_refresh(source.scroll_to_selected)

    def action_back(self) -> None:
        """Back out one level: Source → the statement you jumped from → the brief list."""
        from .contradictions_pane import SideList
        from .source_pane import SourcePane

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
        if isinstance(focused, Input) and focused.id == "list-filter":
            self.close_filter()
            return
        if isinstance(focused, Input) and focused.id == "pane-find":
            self.close_find()
            return
        self.remove_class("-zoomed")
        self.query_one(BriefList).focus()

    def selected_statement_id(self) -> str | None:
        from .contradictions_pane import SideList
        from .quotes_pane import StatementList
        from .source_pane import SourcePane

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
            brief = self.shelf.brief_by_id(brief_id)
        statement = brief.statement(statement_id) if brief and statement_id else None
        if brief is None or statement is None:
            self.notify("Select a statement in Quotes or Contradictions to copy it.", timeout=3)
            return
        from .statement_view import copy_text

        self.app.copy_to_clipboard(copy_text(brief, statement))
        self.notify("Copied the statement with its speaker and brief.", timeout=2)

    def select_statement(self, brief_id: str, statement_id: str) -> bool:
        """Show a brief's statement in the Quotes pane (used by search)."""
        brief_list = self.query_one(BriefList)
        if not brief_list.highlight_id(brief_id):
            if self.shelf.row(brief_id) is None:
                return False
            self.close_filter()  # the filter hid it: show every brief again
            self.refresh_list(brief_id)
            if not brief_list.highlight_id(brief_id):
                return False
        self.show_selected()
        self.action_pane("quotes")
        return self.quotes_pane.select_statement(statement_id)
