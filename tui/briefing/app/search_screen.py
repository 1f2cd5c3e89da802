"""The search dialog: results as you type, matched characters highlighted, Enter to jump."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..model import Statement
from ..search import SearchHit, SearchIndex
from .vim_list import VimOptionList

#: Seconds of quiet typing before a search starts; each key cancels the one pending.
DEBOUNCE = 0.15
#: Hits listed at most; more would only slow the list down.
RESULT_LIMIT = 100

_HIGHLIGHT = "bold reverse"
# Bidi overrides and isolates can reorder what a reader sees; drop them with the controls.
_INVISIBLE = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def highlighted_text(text: str, positions: Sequence[int], style: str = _HIGHLIGHT) -> Text:
    """``text`` on one line as a ``Text`` with the characters at ``positions`` styled.

    Control characters are dropped and line breaks become spaces here rather than before
    highlighting, so the offsets from the search still point at the right characters.
    """
    marked = set(positions)
    out = Text(no_wrap=False, overflow="fold")
    run: list[str] = []
    run_marked = False
    for offset, char in enumerate(text):
        if char in "\n\r\t":
            char = " "
        elif char in _INVISIBLE or unicodedata.category(char) == "Cc":
            continue
        is_marked = offset in marked
        if is_marked != run_marked and run:
            out.append("".join(run), style=style if run_marked else "")
            run.clear()
        run_marked = is_marked
        run.append(char)
    if run:
        out.append("".join(run), style=style if run_marked else "")
    return out


def shown_with_positions(
    text: str, positions: Sequence[int], statement: Statement | None
) -> tuple[str, list[int]]:
    """A broken quote's words as the reader shows them everywhere (" … " between the
    pieces, `Statement.shown`), with the highlight offsets moved to match."""
    if statement is None or statement.text != text or statement.shown == text:
        return text, list(positions)
    joins = []  # offsets in ``text`` of the single spaces that join the pieces
    at = 0
    for start, end in statement.spans[:-1]:
        at += end - start
        joins.append(at)
        at += 1
    moved = [p + 2 * bisect_right(joins, p - 1) for p in positions]
    return statement.shown, moved


def hit_row(hit: SearchHit, statement: Statement | None = None) -> Text:
    """Speaker, date and title on the first line; the statement, highlighted, below.
    Rows wrap, so no word of a long statement is dropped."""
    row = Text(no_wrap=False, overflow="fold")
    row.append(highlighted_text(hit.speaker, ()).plain, style="bold")
    row.append("  ")
    row.append(hit.brief_date, style="dim")
    row.append("  ")
    row.append(highlighted_text(hit.brief_title, ()).plain, style="dim italic")
    row.append("\n")
    text, positions = shown_with_positions(hit.text, hit.positions, statement)
    row.append_text(highlighted_text(text, positions))
    return row


class SearchResults(VimOptionList):
    """The hits; the option id is the hit's position in ``SearchScreen.hits``."""

    DEFAULT_CSS = """
    SearchResults {
        height: 1fr;
        border: none;
    }
    """


class SearchScreen(ModalScreen[SearchHit | None]):
    """Dismisses with the chosen ``SearchHit``, or None on Escape.

    ``hits`` and ``query`` keep the last results shown, so the caller can step through them
    (n/N) after the dialog closes.
    """

    DEFAULT_CSS = """
    SearchScreen {
        align: center middle;
    }
    SearchScreen > #search-box {
        width: 90%;
        max-width: 120;
        height: 80%;
        padding: 0 1;
        border: thick $primary 80%;
        background: $surface;
    }
    SearchScreen #search-status {
        height: 1;
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="search.cancel"),
        # On the screen, so they move the results while the input keeps the focus.
        Binding("down", "cursor_down", "Next hit", show=False, id="search.down"),
        Binding("up", "cursor_up", "Previous hit", show=False, id="search.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="search.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="search.page_up"),
    ]
    AUTO_FOCUS = "#search-input"

    def __init__(
        self,
        index: SearchIndex,
        query: str = "",
        statement_of: Callable[[str, str], Statement | None] | None = None,
    ) -> None:
        super().__init__()
        self.index = index
        #: Looks a hit's statement up (brief id, statement id), to show a broken quote's " … ".
        self.statement_of = statement_of or (lambda brief_id, statement_id: None)
        self.query_text = query
        self.hits: list[SearchHit] = []
        #: The query whose hits are on screen; differs from the input while a search runs.
        self._shown_query: str | None = None
        #: Enter came before the results of the current text: choose when they arrive.
        self._choose_when_shown = False

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(
                value=self.query_text,
                placeholder='words, @speaker, "exact phrase", kind:direct',
                id="search-input",
            )
            yield Static(self._status(), id="search-status")
            yield SearchResults(id="search-results")

    def on_mount(self) -> None:
        if self.query_text:
            self._search(self.query_text)

    @property
    def is_searching(self) -> bool:
        """True while the hits on screen are not yet those of the text in the input."""
        return bool(self.query_text.strip()) and self._shown_query != self.query_text

    @property
    def results(self) -> SearchResults:
        return self.query_one(SearchResults)

    def _status(self) -> Text:
        if not self.query_text.strip():
            return Text("Type to search every statement of every brief")
        if self.is_searching:
            return Text("Searching…")
        count = len(self.hits)
        if not count:
            return Text("No matches")
        more = "+" if count == RESULT_LIMIT else ""
        return Text(f"{count}{more} hit{'s' if count != 1 else ''} · Enter opens, Esc closes")

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._choose_when_shown = False
        self.query_one("#search-status", Static).update(self._status())
        self._search(event.value)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, query: str) -> None:
        worker = get_current_worker()
        # The wait is the debounce: the next key cancels this worker and wakes it early.
        if worker.cancelled_event.wait(DEBOUNCE):
            return
        hits = self.index.search(query, limit=RESULT_LIMIT)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, query, hits)

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.query_text:
            return  # typed on since: a newer search is coming
        self.hits = hits
        self._shown_query = query
        results = self.results
        results.set_options(
            Option(hit_row(hit, self.statement_of(hit.brief_id, hit.statement_id)), id=str(n))
            for n, hit in enumerate(hits)
        )
        results.highlighted = 0 if hits else None
        self.query_one("#search-status", Static).update(self._status())
        if self._choose_when_shown:
            self._choose_when_shown = False
            self._choose()

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        if self.is_searching:
            self._choose_when_shown = True  # Enter faster than the search: wait for it
            return
        self._choose()

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.results.highlighted = event.option_index
        self._choose()

    def _choose(self) -> None:
        highlighted = self.results.highlighted
        if highlighted is None or not 0 <= highlighted < len(self.hits):
            self.app.bell()
            return
        self.dismiss(self.hits[highlighted])

    def action_cancel(self) -> None:
        self.workers.cancel_group(self, "search")
        self.dismiss(None)

    def action_cursor_down(self) -> None:
        self.results.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.results.action_cursor_up()

    def action_page_down(self) -> None:
        self.results.action_page_down()  # type: ignore[no-untyped-call]

    def action_page_up(self) -> None:
        self.results.action_page_up()  # type: ignore[no-untyped-call]
