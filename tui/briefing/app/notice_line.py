"""The notice line above the footer: the reader's notifications, where they never cover
the list or the statement the user has selected (toasts float over the panes)."""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from ..safe_text import clean_text


class NoticeLine(Static):
    DEFAULT_CSS = """
    NoticeLine {
        display: none;
        height: auto;
        max-height: 3;
        padding: 0 1;
        background: $panel;
        color: $text;
        &.-warning { background: $warning 30%; }
        &.-error { background: $error 40%; }
        &.-shown { display: block; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None
        self.message = ""

    def show_notice(
        self, message: str, title: str, severity: str, timeout: float, markup: bool
    ) -> None:
        """Show one notice until ``timeout`` seconds pass or another replaces it."""
        text = Text()
        if title:
            text.append(clean_text(title) + ": ", style="bold")
        # Notices naming files and ids from the user's folder are sent with markup=False.
        text.append_text(Text.from_markup(message) if markup else Text(clean_text(message)))
        self.message = text.plain
        self.update(text)
        self.set_class(severity == "warning", "-warning")
        self.set_class(severity == "error", "-error")
        self.add_class("-shown")
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(max(timeout, 1.0), self.clear_notice)

    def clear_notice(self) -> None:
        self.message = ""
        self.remove_class("-shown")
        self.update("")
