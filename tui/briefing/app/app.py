"""The briefing reader app: loads briefs off the UI thread and hosts the main screen."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from ..builder.cross_brief import find_cross_brief_contradictions
from ..errors import Problem
from ..keymap import load_keymap
from ..model import Brief
from ..reader_state import write_crash_log
from ..search import SearchHit, SearchIndex
from ..store import load_briefs
from .brief_list import BriefList, plural
from .contradictions_pane import ContradictionsPane
from .export_dialog import ExportDialog
from .help_screen import HelpScreen
from .main_screen import MainScreen
from .messages import BriefsLoaded, CrossBriefFound, LoadProgress
from .notice_line import NoticeLine
from .problems_screen import ProblemsScreen
from .scroll_keys import PANE_SCROLL_BINDINGS
from .search_screen import SearchScreen
from .vim_list import VimOptionList


class BriefingApp(App[None]):
    TITLE = "briefing"
    CSS_PATH = "briefing.tcss"
    # The list takes focus itself; auto-focus could land on an input and eat `j`.
    AUTO_FOCUS = None

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("slash", "search", "Search", id="app.search"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("n", "next_hit(1)", "Next hit", show=False, id="app.next_hit"),
        Binding("N", "next_hit(-1)", "Previous hit", show=False, id="app.previous_hit"),
        Binding("r", "reload", "Reload", show=False, id="app.reload"),
        Binding("p", "problems", "Problems", show=False, id="app.problems"),
    ]

    def __init__(
        self, briefs_dir: Path, export_dir: Path | None = None, keymap_file: Path | None = None
    ) -> None:
        super().__init__()
        self.briefs_dir = briefs_dir
        self.export_dir = export_dir or Path("exports")
        self.keymap_file = keymap_file
        self.briefs: list[Brief] = []
        self.problems: list[Problem] = []
        self.user_keymap: dict[str, str] = {}
        self.search_index: SearchIndex | None = None
        #: The last search's hits and where n/N stand in them.
        self.search_hits: list[SearchHit] = []
        self.search_query = ""
        self.hit_position = -1
        self.sub_title = str(briefs_dir)
        #: Where the traceback went if the reader crashed (the CLI names it in one line).
        self.crash_log: Path | None = None
        self.crash_error: Exception | None = None

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
        # Shown on the notice line above the footer rather than as a toast over the panes,
        # where it covered the selected statement (the toasts are hidden in briefing.tcss).
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is not None and main.is_mounted:
            line = main.query_one(NoticeLine)
            if threading.get_ident() == self._thread_id:
                line.show_notice(message, title, severity, seconds, markup)
            else:
                self.call_from_thread(line.show_notice, message, title, severity, seconds, markup)

    def _handle_exception(self, error: Exception) -> None:
        # The traceback goes to a log file, not over the user's terminal: the CLI prints
        # one line naming the log and exits non-zero (Textual's own would print it all).
        if self.crash_error is None:
            self.crash_error = error
            with contextlib.suppress(OSError):
                self.crash_log = write_crash_log(error)
        super()._handle_exception(error)
        if self.crash_log is not None:
            self._exit_renderables.clear()

    def on_mount(self) -> None:
        self.user_keymap, keymap_problems = load_keymap(self.keymap_file)
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        for problem in keymap_problems:
            # File names and ids come from the user's file: not markup.
            self.notify(
                str(problem), title="Key file ignored", severity="error", timeout=10, markup=False
            )
        self.push_screen(MainScreen())
        self.load()

    # -- loading

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        def progress(done: int, total: int) -> None:
            if done % 250 == 0:
                self.post_message(LoadProgress(done, total))

        result = load_briefs(self.briefs_dir, on_progress=progress)
        self.post_message(BriefsLoaded(result.briefs, result.problems))

    @property
    def main_screen(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def on_load_progress(self, message: LoadProgress) -> None:
        self.main_screen.show_progress(message.done, message.total)

    def on_briefs_loaded(self, message: BriefsLoaded) -> None:
        self.briefs = message.briefs
        self.problems = message.problems
        self.main_screen.show_briefs(self.briefs, self.problems)
        self.search_index = None
        # Indexing holds the interpreter for long stretches; let the filled list paint first.
        self.set_timer(0.3, lambda: self.build_index(message.briefs))
        self.set_timer(0.3, lambda: self.find_cross_brief(message.briefs))
        if self.problems:
            self.notify(
                f"{plural(len(self.problems), 'problem')} loading briefs; press p to see them",
                title="Some briefs could not be loaded",
                severity="warning",
                timeout=8,
            )

    # A description, or Textual labels the worker with the repr of every brief it is given:
    # a 5 MB brief printed on the UI thread froze it for 0.6 s.
    @work(thread=True, exclusive=True, group="index", exit_on_error=False, description="index")
    def build_index(self, briefs: list[Brief]) -> None:
        index = SearchIndex(briefs)
        self.call_from_thread(self._index_ready, index, briefs)

    @work(thread=True, exclusive=True, group="cross", exit_on_error=False, description="cross")
    def find_cross_brief(self, briefs: list[Brief]) -> None:
        conflicts = find_cross_brief_contradictions(briefs)
        self.post_message(CrossBriefFound(conflicts))

    def on_cross_brief_found(self, message: CrossBriefFound) -> None:
        self.main_screen.set_cross(message.conflicts)

    def _index_ready(self, index: SearchIndex, briefs: list[Brief]) -> None:
        if briefs is self.briefs:  # a reload since then builds its own
            self.search_index = index

    # -- actions

    def action_search(self) -> None:
        if self.search_index is None and len(self.briefs) <= 2000:
            # Quicker than waiting for the worker (~1 ms a brief); large folders wait for it.
            self.search_index = SearchIndex(self.briefs)
        if self.search_index is None:
            self.notify("Search is getting ready; try again in a moment.", timeout=2)
            return
        screen = SearchScreen(self.search_index, self.search_query)

        def chosen(hit: SearchHit | None) -> None:
            self.search_query = screen.query_text
            if hit is None:
                return
            self.search_hits = list(screen.hits)
            self.hit_position = self.search_hits.index(hit) if hit in self.search_hits else 0
            self._go_to_hit(hit)

        self.push_screen(screen, chosen)

    def action_next_hit(self, step: int) -> None:
        if not self.search_hits:
            self.notify("No search results to step through: press / to search.", timeout=2)
            return
        self.hit_position = (self.hit_position + step) % len(self.search_hits)
        self._go_to_hit(self.search_hits[self.hit_position])

    def _go_to_hit(self, hit: SearchHit) -> None:
        if not self.main_screen.select_statement(hit.brief_id, hit.statement_id):
            self.notify("That statement is no longer in the loaded briefs.", severity="warning")
            return
        if len(self.search_hits) > 1:
            self.notify(
                f"Hit {self.hit_position + 1} of {len(self.search_hits)}"
                "  (n / N for next / previous)",
                timeout=2,
            )

    def action_reload(self) -> None:
        self.load()
        self.notify(f"Reloading briefs from {self.briefs_dir}", timeout=2, markup=False)

    def action_problems(self) -> None:
        self.push_screen(ProblemsScreen(self.problems))

    def action_help(self) -> None:
        groups = [
            ("Everywhere", [b for b in self._bindings_of(BriefingApp)]),
            ("Reader", self._bindings_of(MainScreen)),
            ("Lists", self._bindings_of(VimOptionList)),
            (
                "Summary and Source panes",
                [b for b in PANE_SCROLL_BINDINGS if isinstance(b, Binding)],
            ),
            (
                "Focus",
                [
                    Binding("tab", "focus_next", "Next area"),
                    Binding("shift+tab", "focus_previous", "Previous area"),
                ],
            ),
            (
                "In a list",
                [
                    Binding(
                        "enter", "select", "Open the brief's pane / jump to the statement in Source"
                    )
                ],
            ),
        ]
        self.push_screen(HelpScreen(groups, self.user_keymap))

    @staticmethod
    def _bindings_of(
        owner: type[App[None]] | type[Screen[None]] | type[VimOptionList],
    ) -> list[Binding]:
        return [b for b in owner.BINDINGS if isinstance(b, Binding)]

    def action_export(self) -> None:
        brief = self.main_screen.selected
        if brief is None:
            self.notify("No brief selected to export.", severity="warning", timeout=3)
            return

        def exported(path: Path | None) -> None:
            if path is not None:
                # The full path on a line of its own: it can be copied, and wraps least.
                self.notify(f"Exported as Markdown to\n{path.resolve()}", timeout=6, markup=False)

        self.push_screen(ExportDialog(brief, self.export_dir), exported)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Textual's own "Keys" opens its side panel; ours is the `?` screen with every id.
        yield from (c for c in super().get_system_commands(screen) if c.title != "Keys")
        yield SystemCommand("Reload briefs", "Read the briefs folder again", self.action_reload)
        yield SystemCommand(
            "Export brief", "Export the selected brief as Markdown", self.action_export
        )
        yield SystemCommand("Show problems", "Files that could not be loaded", self.action_problems)
        yield SystemCommand("Keys", "Every key and its id for keys.toml (?)", self.action_help)
        for number, pane in enumerate(("summary", "quotes", "contradictions", "source"), start=1):
            yield SystemCommand(
                f"Show {pane.title()}",
                f"Pane {number}",
                lambda pane=pane: self.main_screen.action_pane(pane),  # type: ignore[misc]
            )


__all__ = ["BriefList", "BriefingApp", "ContradictionsPane"]
