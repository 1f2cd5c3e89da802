"""Vim-style scrolling keys for the reading panes (Summary, Source), one set of binding ids."""

from __future__ import annotations

from textual.binding import Binding, BindingType

#: Actions of Textual's scrollable widgets; ids shared by every pane, so one keys.toml entry
#: remaps them all.
PANE_SCROLL_BINDINGS: list[BindingType] = [
    Binding("j,down", "scroll_down", "Scroll down", show=False, id="pane.scroll_down"),
    Binding("k,up", "scroll_up", "Scroll up", show=False, id="pane.scroll_up"),
    Binding("g,home", "scroll_home", "Scroll to top", show=False, id="pane.top"),
    Binding("G,end", "scroll_end", "Scroll to bottom", show=False, id="pane.bottom"),
    Binding("ctrl+d,pagedown", "page_down", "Page down", show=False, id="pane.page_down"),
    Binding("ctrl+u,pageup", "page_up", "Page up", show=False, id="pane.page_up"),
]
