"""The Quotes pane: every speaker with their statements below them."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Brief, Statement
from .messages import JumpToSource
from .statement_view import speaker_header, statement_line
from .vim_list import VimOptionList

#: A list longer than this makes every key slow; no article a person reads has this many.
MAX_LISTED = 2000


class StatementList(VimOptionList):
    """Speakers as headers (not selectable), statements as options whose id is the statement id."""


class QuotesPane(Vertical):
    DEFAULT_CSS = """
    QuotesPane StatementList { height: 1fr; border: none; }
    QuotesPane StatementList:focus { border: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None

    def compose(self) -> ComposeResult:
        yield StatementList(id="statement-list")

    def show(self, brief: Brief | None) -> None:
        self.brief = brief
        statements = self.query_one(StatementList)
        if brief is None:
            statements.set_options([])
            return
        if not brief.statements:
            statements.set_options(
                [
                    Option(
                        Text(
                            "No statements: nobody is quoted or reported in this article.",
                            style="dim",
                        ),
                        disabled=True,
                    )
                ]
            )
            return
        by_speaker: dict[str, list[Statement]] = {}
        for statement in brief.statements:
            by_speaker.setdefault(statement.speaker, []).append(statement)
        options: list[Option | None] = []
        listed = 0
        for speaker in brief.speakers:
            said = by_speaker.get(speaker.id, [])
            if not said or listed >= MAX_LISTED:
                continue
            if options:
                options.append(None)  # a divider between speakers
            options.append(Option(speaker_header(speaker, len(said)), disabled=True))
            shown = said[: MAX_LISTED - listed]
            options.extend(Option(statement_line(s), id=s.id) for s in shown)
            listed += len(shown)
        if listed < len(brief.statements):
            note = (
                f"… {len(brief.statements) - listed:,} more statements are not listed here, "
                "so the reader stays quick: find them with / or read them in an export (e)."
            )
            options.extend([None, Option(Text(note, style="dim"), disabled=True)])
        statements.set_options(options)
        statements.highlighted = next(
            (i for i, o in enumerate(statements.options) if not o.disabled), None
        )

    @property
    def selected_statement_id(self) -> str | None:
        return self.query_one(StatementList).highlighted_id

    def select_statement(self, statement_id: str) -> bool:
        return self.query_one(StatementList).highlight_id(statement_id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(JumpToSource(event.option.id))
