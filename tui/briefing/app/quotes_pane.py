"""The Quotes pane: every speaker with their statements below them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
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

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "screen.find_in_pane", "Find", id="pane.find"),
    ]


class QuotesPane(Vertical):
    """Keys (while its list has focus): `o` only the highlighted speaker, `]`/`[` next and
    previous speaker; `f` (on the screen) finds words."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "only_speaker", "Only this speaker", show=False, id="quotes.only_speaker"),
        Binding(
            "right_square_bracket", "next_speaker(1)", "Next speaker", show=False, id="quotes.next"
        ),
        Binding(
            "left_square_bracket",
            "next_speaker(-1)",
            "Previous speaker",
            show=False,
            id="quotes.previous",
        ),
    ]

    DEFAULT_CSS = """
    QuotesPane StatementList { height: 1fr; border: none; }
    QuotesPane StatementList:focus { border: none; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None
        #: Show only this speaker's statements (`o`), or everyone's.
        self.only_speaker: str | None = None

    def compose(self) -> ComposeResult:
        yield StatementList(id="statement-list")

    def show(self, brief: Brief | None) -> None:
        if brief is not self.brief:
            self.only_speaker = None
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
            if self.only_speaker is not None and speaker.id != self.only_speaker:
                continue
            said = by_speaker.get(speaker.id, [])
            if not said or listed >= MAX_LISTED:
                continue
            if options:
                options.append(None)  # a divider between speakers
            options.append(Option(speaker_header(speaker, len(said)), disabled=True))
            shown = said[: MAX_LISTED - listed]
            options.extend(Option(statement_line(s), id=s.id) for s in shown)
            listed += len(shown)
        if self.only_speaker is not None:
            note = "Only this speaker's statements: press o again to see everyone's."
            options.extend([None, Option(Text(note, style="dim"), disabled=True)])
        elif listed < len(brief.statements):
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

    # -- one speaker at a time

    def action_only_speaker(self) -> None:
        """Show only the highlighted statement's speaker, or everyone again."""
        if self.brief is None:
            return
        statement_id = self.selected_statement_id
        statement = self.brief.statement(statement_id) if statement_id else None
        if self.only_speaker is not None:
            self.only_speaker = None
        elif statement is not None:
            self.only_speaker = statement.speaker
        else:
            return
        self.show(self.brief)
        if statement_id:
            self.select_statement(statement_id)

    def action_next_speaker(self, step: int) -> None:
        """Move to the first statement of the next (or previous) speaker."""
        statements = self.query_one(StatementList)
        options = statements.options
        # Each speaker starts with a disabled header followed by enabled statements.
        starts = [
            i
            for i in range(1, len(options))
            if not options[i].disabled and options[i - 1].disabled and options[i].id
        ]
        if not starts:
            return
        here = statements.highlighted if statements.highlighted is not None else -1
        if step > 0:
            later = [i for i in starts if i > here]
            if later:
                statements.highlighted = later[0]
        else:
            current = max((i for i in starts if i <= here), default=None)
            earlier = [i for i in starts if current is not None and i < current]
            if earlier:
                statements.highlighted = earlier[-1]
            elif current is not None:
                statements.highlighted = current

    # -- find

    def find(self, words: str, after: bool) -> bool:
        """Highlight the next statement (from the highlighted one, or after it) whose words
        or speaker hold ``words``, wrapping round; False if none does."""
        if self.brief is None or not words.strip():
            return False
        statements = self.query_one(StatementList)
        options = statements.options
        needle = words.casefold()
        start = statements.highlighted if statements.highlighted is not None else 0
        count = len(options)
        for step in range(1 if after else 0, count + 1):
            index = (start + step) % count if count else 0
            option = options[index] if count else None
            if option is None or option.disabled or not option.id:
                continue
            statement = self.brief.statement(option.id)
            if statement is None:
                continue
            speaker = self.brief.speaker(statement.speaker)
            haystack = f"{statement.shown} {speaker.name if speaker else ''}".casefold()
            if needle in haystack:
                statements.highlighted = index
                return True
        return False
