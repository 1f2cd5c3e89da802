"""The footer, with Help (?), Search (/) and Quit first so a narrow terminal never cuts
them off (the footer drops keys from the right)."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: Actions shown before all others, whatever has focus.
FIRST_ACTIONS = ("help", "search", "quit")


class ReaderFooter(Footer):
    #: What the keys shown were built from, to build them again only when it changes.
    _built_from: Hashable = None

    def compose(self) -> ComposeResult:
        keys = list(super().compose())

        def rank(widget: object) -> int:
            if isinstance(widget, FooterKey) and widget.action in FIRST_ACTIONS:
                return FIRST_ACTIONS.index(widget.action)
            return len(FIRST_ACTIONS)

        yield from sorted(keys, key=rank)

    async def recompose(self) -> None:
        # Textual's footer mounts its keys anew whenever the bindings may have changed: at
        # every focus change, though the keys shown are mostly the same. That was half the
        # time of a Tab or a pane key in the reader (Tab at 120x40: 90 ms -> 30 ms of CPU).
        built_from = self._keys_source()
        if built_from == self._built_from:
            return
        self._built_from = built_from
        await super().recompose()

    def _keys_source(self) -> Hashable:
        """Everything Footer.compose reads to build the keys."""
        if not self._bindings_ready:
            return None
        bindings = tuple(
            (binding, enabled, tooltip, self.app.get_key_display(binding))
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show or binding.key == self.app.COMMAND_PALETTE_BINDING
        )
        palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        return (bindings, palette)
