"""The briefing reader app: loads briefs off the UI thread and hosts the main screen."""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import get_current_worker

from ..corpus.rows import BriefRow
from ..corpus.shelf import AllBriefs, Shelf, open_shelf
from ..errors import Problem
from ..keymap import load_keymap
from ..reader_state import ReaderState, load_state, save_state, state_path, write_crash_log
from .brief_list import BriefList, plural
from .main_screen import MainScreen
from .messages import BriefOpened, BriefsLoaded, CrossBriefFound, LoadProgress, PanesMounted
from .notice_line import NoticeLine
from .scroll_keys import PANE_SCROLL_BINDINGS
from .vim_list import VimOptionList

# The screens opened by a key, the search index and the disputes are imported when first
# used: imported here they made the first frame wait (70 ms more imports at 10k briefs).
if TYPE_CHECKING:
    from ..model import CrossBriefContradiction, Statement
    from ..search import SearchHit, SearchIndex

#: Above this many briefs the speakers' conflicts across briefs are not looked for: reading
#: every brief and comparing every speaker's statements takes minutes and gigabytes there.
CROSS_BRIEF_LIMIT = 20_000


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
        Binding("S", "stories", "Stories", show=False, id="app.stories"),
    ]

    def __init__(
        self,
        briefs_dir: Path,
        export_dir: Path | None = None,
        keymap_file: Path | None = None,
        state_file: Path | None = None,
    ) -> None:
        super().__init__()
        #: What the reader remembers between runs (theme, last brief, pane, search, read).
        self.state_file = state_file or state_path()
        self.state = ReaderState()
        self._restored = False
        self._state_save_failed = False
        self._early_notices: list[tuple[str, str, SeverityLevel, float, bool]] = []
        self.briefs_dir = briefs_dir
        self.export_dir = export_dir or Path("exports")
        self.keymap_file = keymap_file
        #: The rows of the loaded briefs, newest first; ``shelf`` gives each full brief.
        self.briefs: list[BriefRow] = []
        self.shelf: Shelf = Shelf([], [])
        self._cross_skipped_said = False
        self.problems: list[Problem] = []
        self.user_keymap: dict[str, str] = {}
        self.search_index: SearchIndex | None = None
        #: shelves a reload replaced while the search dialog still read them: closed with it
        self._retired: list[Shelf] = []
        self._search_open = False
        #: The last search's hits and where n/N stand in them.
        self.search_hits: list[SearchHit] = []
        self.search_query = ""
        self.hit_position = -1
        self.sub_title = str(briefs_dir)
        #: Where the traceback went if the reader crashed (the CLI names it in one line).
        self.crash_log: Path | None = None
        self.crash_error: Exception | None = None
        #: The briefs the last cross-brief search read, and what it found.
        self._cross_found: tuple[AllBriefs | None, list[CrossBriefContradiction]] = (None, [])
        #: Set once the main screen's panes are mounted: the load worker waits for it.
        self._panes_mounted = threading.Event()

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
        notice = (message, title, severity, seconds, markup)
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is None or not main.is_mounted:
            self._early_notices.append(notice)  # shown once the main screen is up
        elif threading.get_ident() == self._thread_id:
            main.query_one(NoticeLine).show_notice(*notice)
        else:
            self.call_from_thread(main.query_one(NoticeLine).show_notice, *notice)

    def _show_early_notices(self) -> None:
        """Notices from before the main screen (a bad key or state file), on its line."""
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is None or not main.is_mounted:
            self.call_after_refresh(self._show_early_notices)
            return
        if self._early_notices:
            notices, self._early_notices = self._early_notices, []
            severity = notices[-1][2]
            text = "\n".join(f"{t}: {m}" if t else m for m, t, _, _, _ in notices)
            main.query_one(NoticeLine).show_notice(
                text, "", severity, max(n[3] for n in notices), False
            )

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
        if keymap_problems:
            # One notice, however broken the file; names and ids are the user's: not markup.
            more = len(keymap_problems) - 1
            self.notify(
                str(keymap_problems[0]) + (f" (and {more} more)" if more else ""),
                title="Key file ignored",
                severity="error",
                timeout=10,
                markup=False,
            )
        self.state, state_problem = load_state(self.state_file)
        if state_problem is not None:
            self.notify(
                str(state_problem), title="Starting fresh", severity="warning", markup=False
            )
        if self.state.theme in self.available_themes:
            self.theme = self.state.theme
        self.search_query = self.state.search
        self.theme_changed_signal.subscribe(self, lambda theme: self.remember(theme=theme.name))
        self.push_screen(MainScreen())
        self.call_after_refresh(self._show_early_notices)
        self.load()

    # -- what is kept between runs

    def remember(self, **changes: object) -> None:
        """Change the saved state and write it (atomically; a failure is said once)."""
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        problem = save_state(self.state, self.state_file)
        if problem is not None and not self._state_save_failed:
            self._state_save_failed = True
            self.notify(str(problem), severity="warning", markup=False)

    def on_brief_opened(self, message: BriefOpened) -> None:
        if self._shutting_down():
            return
        main = self.main_screen
        self.state = self.state.with_read(message.brief_id)
        self.remember(last_brief=message.brief_id, pane=main.active_pane, sort=main.sort)

    async def action_quit(self) -> None:
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is not None and self.briefs:
            selected = main.selected_row
            self.remember(
                last_brief=selected.id if selected else self.state.last_brief,
                pane=main.active_pane,
                sort=main.sort,
                search=self.search_query[:1000],
            )
        await super().action_quit()

    # -- loading

    def on_panes_mounted(self, message: PanesMounted) -> None:
        self._panes_mounted.set()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        # The first frame and the panes come first: run beside them, the worker's imports
        # and reading held the interpreter and made the first frame 70 ms later (at 10k
        # briefs). The worker starts at once all the same, so waiting for it waits for this.
        worker = get_current_worker()
        while not self._panes_mounted.wait(0.05):
            if worker.is_cancelled:
                return

        def progress(done: int, total: int) -> None:
            if done % 250 == 0:
                self.post_message(LoadProgress(done, total))

        # What showing a brief needs, imported here rather than on the UI thread when the
        # first brief is shown (the dispute rules: 20 ms of regular expressions).
        importlib.import_module("briefing.disputes.view")
        # Through the corpus store: only new or changed briefs are parsed from YAML, and
        # the list needs only their rows; a brief is parsed when it is shown.
        shelf = open_shelf(self.briefs_dir, on_progress=progress)
        if shelf.notice:
            self.notify(shelf.notice, severity="warning", timeout=8, markup=False)
        self.post_message(BriefsLoaded(shelf.rows, shelf.problems, shelf))

    def _shutting_down(self) -> bool:
        """True once the app is exiting: a worker's message arriving now finds the main
        screen's widgets already gone (NoMatches at quit), so it is dropped."""
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        return self._exit or main is None or not main.is_mounted or main._closing

    @property
    def main_screen(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def on_load_progress(self, message: LoadProgress) -> None:
        if self._shutting_down():
            return
        self.main_screen.show_progress(message.done, message.total)

    def on_briefs_loaded(self, message: BriefsLoaded) -> None:
        if self._shutting_down():
            return
        old = self.shelf
        self.shelf = message.the_shelf()
        self.briefs = self.shelf.rows
        self.problems = message.problems
        main = self.main_screen
        keep = None
        if not self._restored:  # the first load puts the reader back as it was left
            self._restored = True
            main.restore(self.state.read, self.state.sort, self.state.pane)
            keep = self.state.last_brief
        main.show_briefs(self.briefs, self.problems, keep)
        if old is not self.shelf:
            self._retire(old)
        self.search_index = None
        # Indexing holds the interpreter for long stretches; let the filled list paint first.
        shelf = self.shelf
        self.set_timer(0.3, lambda: self.build_index(shelf))
        if len(self.briefs) <= CROSS_BRIEF_LIMIT:
            self.set_timer(0.3, lambda: self.find_cross_brief(shelf))
        elif not self._cross_skipped_said:
            self._cross_skipped_said = True
            self.notify(
                f"Conflicts across briefs are looked for up to {CROSS_BRIEF_LIMIT:,} briefs;"
                f" this folder has {len(self.briefs):,}.",
                timeout=6,
            )
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
    def build_index(self, shelf: Shelf) -> None:
        index = shelf.search_index()
        self.call_from_thread(self._index_ready, index, shelf)

    @work(thread=True, exclusive=True, group="cross", exit_on_error=False, description="cross")
    def find_cross_brief(self, shelf: Shelf) -> None:
        # `r` on a folder that has not changed: the same conflicts, found again for nothing
        # (0.8 s of CPU on 88 briefs). Shelves compare by the store's state of the folder
        # (nothing is loaded), or brief by brief without a store.
        read, found = self._cross_found
        briefs = shelf.all_briefs()
        if read is None or briefs != read:
            # Every brief, one at a time from the store: memory stays that of the rows.
            from ..disputes.cross_brief import find_cross_brief_contradictions

            # Quitting or reloading cancels this worker; without the poll, quitting the
            # reader on 10,000 briefs waited 9 minutes for the search to end.
            worker = get_current_worker()
            found = find_cross_brief_contradictions(
                shelf.iter_briefs(), cancelled=lambda: worker.is_cancelled
            )
            if worker.is_cancelled:
                return
            self._cross_found = (briefs, found)
        self.post_message(CrossBriefFound(found))

    def on_cross_brief_found(self, message: CrossBriefFound) -> None:
        if self._shutting_down():
            return
        self.main_screen.set_cross(message.conflicts)

    def _retire(self, shelf: Shelf) -> None:
        """Close a shelf a reload replaced, or keep it open while the search dialog still
        searches and shows its statements (a reload may end while the dialog is open)."""
        if self._search_open:
            self._retired.append(shelf)
        else:
            shelf.close()

    def _index_ready(self, index: SearchIndex, shelf: Shelf) -> None:
        if shelf is self.shelf:  # a reload since then builds its own
            self.search_index = index

    # -- actions

    def action_search(self) -> None:
        if self.search_index is None and len(self.briefs) <= (500 if self.shelf.stored else 2000):
            # Quicker than waiting for the worker (~1 ms a brief); large folders wait for it.
            self.search_index = self.shelf.search_index()
        if self.search_index is None:
            self.notify("Search is getting ready; try again in a moment.", timeout=2)
            return
        shelf = self.shelf
        from .search_screen import SearchScreen

        def statement_of(brief_id: str, statement_id: str) -> Statement | None:
            brief = shelf.brief_by_id(brief_id)
            return brief.statement(statement_id) if brief else None

        screen = SearchScreen(self.search_index, self.search_query, statement_of)

        def chosen(hit: SearchHit | None) -> None:
            self._search_open = False
            while self._retired:
                self._retired.pop().close()
            self.search_query = screen.query_text
            if hit is None:
                return
            self.search_hits = list(screen.hits)
            self.hit_position = self.search_hits.index(hit) if hit in self.search_hits else 0
            self._go_to_hit(hit)

        self._search_open = True
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

    def action_stories(self) -> None:
        from .stories_screen import StoriesScreen

        self.push_screen(StoriesScreen(self.shelf.all_briefs(), self.briefs_dir))

    def action_toggle_weak_disputes(self) -> None:
        """The Contradictions pane's `w`, from anywhere (the command palette)."""
        if self.main_screen.panes_mounted:
            self.main_screen.contradictions_pane.action_toggle_weak()

    def action_problems(self) -> None:
        from .problems_screen import ProblemsScreen

        self.push_screen(ProblemsScreen(self.problems))

    def action_help(self) -> None:
        from .contradictions_pane import ContradictionsPane
        from .help_screen import HelpScreen
        from .quotes_pane import QuotesPane, StatementList

        groups = [
            ("Everywhere", [b for b in self._bindings_of(BriefingApp)]),
            ("Reader", self._bindings_of(MainScreen)),
            ("Lists", self._bindings_of(VimOptionList)),
            ("Contradictions pane", self._bindings_of(ContradictionsPane)),
            (
                "Brief list",
                [b for b in self._bindings_of(BriefList) if b.id and b.id.startswith("list.")][
                    len(VimOptionList.BINDINGS) :
                ],
            ),
            (
                "Quotes and Source panes",
                [*self._bindings_of(QuotesPane), *self._bindings_of(StatementList)],
            ),
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
        owner: type[object],
    ) -> list[Binding]:
        return [b for b in getattr(owner, "BINDINGS", []) if isinstance(b, Binding)]

    def action_export(self) -> None:
        brief = self.main_screen.selected
        if brief is None:
            self.notify("No brief selected to export.", severity="warning", timeout=3)
            return

        from .export_dialog import ExportDialog

        def exported(path: Path | None) -> None:
            if path is not None:
                # The full path on a line of its own: it can be copied, and wraps least.
                self.notify(f"Exported as Markdown to\n{path.resolve()}", timeout=6, markup=False)

        dialog = ExportDialog(
            brief, self.export_dir, weak_disputes=self.main_screen.show_weak_disputes
        )
        self.push_screen(dialog, exported)

    def action_command_palette(self) -> None:
        from .command_palette import ReaderCommandPalette

        if self.use_command_palette and not ReaderCommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(ReaderCommandPalette(id="--command-palette"))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Textual's own "Keys" opens its side panel; ours is the `?` screen with every id.
        yield from (c for c in super().get_system_commands(screen) if c.title != "Keys")
        yield SystemCommand("Reload briefs", "Read the briefs folder again", self.action_reload)
        yield SystemCommand(
            "Export brief", "Export the selected brief as Markdown", self.action_export
        )
        yield SystemCommand("Stories", "Briefs grouped by event, disputes", self.action_stories)
        yield SystemCommand(
            "Weak disputes",
            "Show or hide the disputes on weak evidence, for every brief (w in Contradictions)",
            self.action_toggle_weak_disputes,
        )
        yield SystemCommand("Show problems", "Files that could not be loaded", self.action_problems)
        yield SystemCommand("Keys", "Every key and its id for keys.toml (?)", self.action_help)
        for number, pane in enumerate(("summary", "quotes", "contradictions", "source"), start=1):
            yield SystemCommand(
                f"Show {pane.title()}",
                f"Pane {number}",
                lambda pane=pane: self.main_screen.action_pane(pane),  # type: ignore[misc]
            )
        yield from self._binding_commands()

    def _binding_commands(self) -> Iterable[SystemCommand]:
        """Every other key of the reader as a command, named as in the footer and help."""
        from .help_screen import key_label
        from .quotes_pane import QuotesPane, StatementList

        listed = {"app.quit", "app.help", "app.reload", "app.export", "app.problems"}
        listed.update(f"pane.{pane}" for pane in ("summary", "quotes", "contradictions", "source"))
        # (where the bindings are, which node runs their actions); a widget's own movement
        # keys are not commands, only its actions on the screen ("screen.…") are.
        owners: list[tuple[type[object], str]] = [
            (BriefingApp, "app"),
            (MainScreen, "screen"),
            (BriefList, "widget"),
            (StatementList, "widget"),
            (QuotesPane, "quotes"),
        ]
        for owner, runner in owners:
            for binding in getattr(owner, "BINDINGS", []):
                if not isinstance(binding, Binding) or not binding.id or binding.id in listed:
                    continue
                if runner == "widget" and not binding.action.startswith("screen."):
                    continue
                listed.add(binding.id)
                keys = key_label(self.user_keymap.get(binding.id, binding.key))
                run = partial(self._run_binding, runner, binding.action.removeprefix("screen."))
                yield SystemCommand(binding.description, f"Key: {keys}", run)

    async def _run_binding(self, runner: str, action: str) -> None:
        if runner == "app":
            await self.run_action(action)
        elif runner == "quotes":
            await self.main_screen.quotes_pane.run_action(action)
        else:
            await self.main_screen.run_action(action)


__all__ = ["BriefList", "BriefingApp"]
