"""The briefing reader app: loads briefs off the UI thread and hosts the main screen."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType

from ..errors import Problem
from ..model import Brief
from ..store import load_briefs
from .main_screen import MainScreen
from .messages import BriefsLoaded, LoadProgress


class BriefingApp(App[None]):
    TITLE = "briefing"
    CSS_PATH = "briefing.tcss"
    # The list takes focus itself; auto-focus could land on an input and eat `j`.
    AUTO_FOCUS = None

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("r", "reload", "Reload", id="app.reload"),
    ]

    def __init__(self, briefs_dir: Path, export_dir: Path | None = None) -> None:
        super().__init__()
        self.briefs_dir = briefs_dir
        self.export_dir = export_dir or Path("exports")
        self.briefs: list[Brief] = []
        self.problems: list[Problem] = []
        self.sub_title = str(briefs_dir)

    def on_mount(self) -> None:
        self.push_screen(MainScreen())
        self.load()

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
        if self.problems:
            count = len(self.problems)
            self.notify(
                f"{count} problem{'s' if count != 1 else ''} loading briefs; press p to see them",
                title="Some briefs could not be loaded",
                severity="warning",
                timeout=8,
            )

    def action_reload(self) -> None:
        self.load()
        self.notify(f"Reloading briefs from {self.briefs_dir}", timeout=2)
