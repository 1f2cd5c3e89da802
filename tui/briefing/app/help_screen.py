"""The `?` help screen: every key, from the same BINDINGS that drive the footer and palette."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import keymap_path


def key_label(keys: str) -> str:
    return " ".join(
        {"question_mark": "?", "slash": "/", "escape": "Esc", "enter": "Enter", "tab": "Tab"}.get(
            k, k
        )
        for k in keys.split(",")
    )


def bindings_table(groups: list[tuple[str, list[Binding]]], keymap: dict[str, str]) -> Table:
    table = Table(box=None, expand=True, padding=(0, 2))
    table.add_column("Key", style="bold", no_wrap=True)
    table.add_column("Action")
    table.add_column("Id (for keys.toml)", style="dim")
    for title, bindings in groups:
        table.add_row(Text(title, style="bold underline"), "", "")
        for binding in bindings:
            keys = keymap.get(binding.id or "", binding.key)
            table.add_row(key_label(keys), binding.description or binding.action, binding.id or "")
        table.add_row("", "", "")
    return table


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, groups: list[tuple[str, list[Binding]]], keymap: dict[str, str]) -> None:
        super().__init__()
        self.groups = groups
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Keys — Esc to close"
            yield Static(bindings_table(self.groups, self.keymap))
            yield Static(
                Text(
                    f"\nRemap any key by its id in {keymap_path()}, e.g.\n\n"
                    '    [keys]\n    "app.quit" = "ctrl+q"\n\n'
                    "Mouse: click a brief, a tab or a statement. Ctrl+P opens the command palette.",
                    style="dim",
                )
            )
