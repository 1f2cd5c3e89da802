"""Textual's command palette, made safe against a page key before its list is laid out."""

from __future__ import annotations

from textual.command import CommandPalette


class ReaderCommandPalette(CommandPalette):
    def _action_command_list(self, action: str) -> None:
        # PageDown straight after the commands changed raised KeyError: 0 inside
        # OptionList._move_page (Textual 8.2.8), ending the reader.
        try:
            super()._action_command_list(action)
        except (KeyError, IndexError):
            return
