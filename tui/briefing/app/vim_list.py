"""An OptionList with vim-style movement keys, the base of every list in the reader."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist


class VimOptionList(OptionList):
    """OptionList with vim keys that stops at the first and last option instead of wrapping."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "Top", show=False, id="list.top"),
        Binding("G,end", "last", "Bottom", show=False, id="list.bottom"),
        Binding("ctrl+d,pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("ctrl+u,pageup", "page_up", "Page up", show=False, id="list.page_up"),
    ]

    def _step(self, direction: int) -> None:
        """Move to the next enabled option in ``direction`` (1 or -1); stay put at the ends."""
        if self.highlighted is None:  # the first (or last) enabled option, as OptionList does
            if direction > 0:
                super().action_cursor_down()
            else:
                super().action_cursor_up()
            return
        index = self.highlighted + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction

    def _move_page(self, direction: Literal[-1, 1]) -> None:
        # Textual 8 looks the highlight up in lines it has not laid out yet when a page
        # key comes right after the options changed (KeyError: 0); step instead.
        try:
            super()._move_page(direction)
        except (KeyError, IndexError):
            for _ in range(max(1, self.scrollable_content_region.height)):
                self._step(direction)

    def action_cursor_down(self) -> None:
        # No wrap-around at the ends, as in vim and newsboat.
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    @property
    def highlighted_id(self) -> str | None:
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def highlight_id(self, option_id: str) -> bool:
        """Move the highlight to the option with ``option_id``; False if it is not listed."""
        try:
            self.highlighted = self.get_option_index(option_id)
        except OptionDoesNotExist:  # the option may have gone on reload
            return False
        return True
