"""The footer, with Help (?), Search (/) and Quit first so a narrow terminal never cuts
them off (the footer drops keys from the right)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: Actions shown before all others, whatever has focus.
FIRST_ACTIONS = ("help", "search", "quit")


class ReaderFooter(Footer):
    def compose(self) -> ComposeResult:
        keys = list(super().compose())

        def rank(widget: object) -> int:
            if isinstance(widget, FooterKey) and widget.action in FIRST_ACTIONS:
                return FIRST_ACTIONS.index(widget.action)
            return len(FIRST_ACTIONS)

        yield from sorted(keys, key=rank)
