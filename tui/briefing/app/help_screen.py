"""The `?` help screen: every key, from the same BINDINGS that drive the footer and palette."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import keymap_path
from .scroll_keys import PANE_SCROLL_BINDINGS

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
}


def key_label(keys: str) -> str:
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


#: The Action column's narrowest useful width; below it the ids go under the actions.
MIN_ACTION_WIDTH = 20


def bindings_table(
    groups: list[tuple[str, list[Binding]]], keymap: dict[str, str], width: int | None = None
) -> Group:
    """Key, action and id for keys.toml, a section a group.

    Keys and ids never wrap or shorten (an id is what a user types into keys.toml); when
    `width` cannot hold the three columns, each id sits under its action instead.
    """
    rows = [
        (
            title,
            [
                (key_label(keymap.get(b.id or "", b.key)), b.description or b.action, b.id or "")
                for b in bindings
            ],
        )
        for title, bindings in groups
    ]
    key_width = max(len("Key"), *(len(key) for _, group in rows for key, _, _ in group))
    id_width = max(len("Id (for keys.toml)"), *(len(i) for _, group in rows for _, _, i in group))
    # Two columns of padding between the three columns, none at the edges.
    stacked = width is not None and width < key_width + id_width + MIN_ACTION_WIDTH + 4

    def table(header: bool) -> Table:
        grid = Table(
            box=None,
            expand=True,
            padding=(0, 2, 0, 0),
            pad_edge=False,
            show_header=header,
            header_style="bold",
        )
        grid.add_column("Key", style="bold", no_wrap=True, width=key_width)
        grid.add_column("Action — id for keys.toml" if stacked else "Action", ratio=1)
        if not stacked:
            grid.add_column("Id (for keys.toml)", style="dim", no_wrap=True, width=id_width)
        return grid

    parts: list[RenderableType] = [table(header=True)]
    for title, group in rows:
        parts.append(Text(f"\n{title}", style="bold underline"))
        grid = table(header=False)
        for key, action, binding_id in group:
            if stacked:
                cell = Text(action)
                if binding_id:
                    cell.append(f"\n{binding_id}", style="dim")
                grid.add_row(key, cell)
            else:
                grid.add_row(key, action, binding_id)
        parts.append(grid)
    return Group(*parts)


class KeysTable(Static):
    """The bindings table, laid out again for its width whenever that changes."""

    def __init__(self, groups: list[tuple[str, list[Binding]]], keymap: dict[str, str]) -> None:
        super().__init__(bindings_table(groups, keymap))
        self.groups = groups
        self.keymap = keymap

    def on_resize(self, event: events.Resize) -> None:
        self.update(bindings_table(self.groups, self.keymap, event.size.width))


class HelpScroll(VerticalScroll):
    """The keys, scrolled with the same keys as the reading panes."""

    BINDINGS: ClassVar[list[BindingType]] = PANE_SCROLL_BINDINGS


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > HelpScroll {
        width: 90%; max-width: 100; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]
    # Focused at once, so j/k/PageDown/G scroll it (the app itself auto-focuses nothing).
    AUTO_FOCUS = "HelpScroll"

    def __init__(self, groups: list[tuple[str, list[Binding]]], keymap: dict[str, str]) -> None:
        super().__init__()
        self.groups = groups
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with HelpScroll() as scroll:
            scroll.border_title = "Keys — j/k scroll, Esc closes"
            yield KeysTable(self.groups, self.keymap)
            yield Static(
                Text(
                    f"\nRemap any key by its id in {keymap_path()}, e.g.\n\n"
                    '    [keys]\n    "app.quit" = "ctrl+q"\n\n'
                    "Mouse: click a brief, a tab or a statement. Ctrl+P opens the command palette.",
                    style="dim",
                )
            )
