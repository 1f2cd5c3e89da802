"""The search dialog, pushed from a tiny host app and driven like a person would."""

from __future__ import annotations

import pytest
from rich.text import Text
from search_corpus import corpus
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from briefing.app.search_screen import SearchScreen, highlighted_text
from briefing.search import SearchHit, SearchIndex

_MISSING = object()


class Host(App[None]):
    """Opens the dialog on mount and keeps what it dismissed with."""

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.index = SearchIndex(corpus())
        self.query_text = query
        self.result: object = _MISSING

    def on_mount(self) -> None:
        self.push_screen(SearchScreen(self.index, self.query_text), self._dialog_closed)

    def _dialog_closed(self, hit: SearchHit | None) -> None:
        self.result = hit

    @property
    def dialog(self) -> SearchScreen:
        assert isinstance(self.screen, SearchScreen)
        return self.screen


async def test_a_misspelled_query_and_enter_dismiss_with_the_best_hit() -> None:
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"withdrawl")
        await pilot.press("enter")  # before the search is done: the dialog waits for it
        for _ in range(50):
            if app.result is not _MISSING:
                break
            await pilot.pause(0.05)
    assert isinstance(app.result, SearchHit)
    assert (app.result.brief_id, app.result.statement_id) == ("iraq", "m1")


async def test_results_appear_as_you_type_with_the_input_keeping_focus() -> None:
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"esper leave")
        await _wait_for_hits(pilot, app)
        assert [hit.statement_id for hit in app.dialog.hits][:2] == ["e1", "e2"]
        assert isinstance(app.focused, Input)
        assert app.dialog.query_one(OptionList).option_count == len(app.dialog.hits)


async def test_down_moves_in_the_results_while_typing() -> None:
    app = Host("withdrawal")
    async with app.run_test(size=(100, 30)) as pilot:
        await _wait_for_hits(pilot, app)
        await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
    assert isinstance(app.result, SearchHit)
    assert app.result.statement_id == "m2"


async def test_escape_dismisses_with_none() -> None:
    app = Host("leave")
    async with app.run_test(size=(100, 30)) as pilot:
        await _wait_for_hits(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


async def test_only_the_last_query_is_shown() -> None:
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"leave")
        await pilot.press(*["backspace"] * 5)
        await pilot.press(*"@letter")
        await _wait_for_hits(pilot, app)
        assert [hit.statement_id for hit in app.dialog.hits] == ["l1", "l2"]


async def test_no_matches_says_so_and_enter_keeps_the_dialog() -> None:
    app = Host("zyxwvut")
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.dialog.hits == []
    assert app.result is _MISSING


async def test_markup_in_the_query_is_only_text() -> None:
    app = Host("[bold red]withdrawal[/]")
    async with app.run_test(size=(100, 30)) as pilot:
        await _wait_for_hits(pilot, app)
        assert [hit.statement_id for hit in app.dialog.hits] == ["m1", "m2"]


def test_highlighting_marks_the_matched_characters_and_drops_controls() -> None:
    text = highlighted_text("a\x1bb\nc[red]d", [1, 2, 4])
    assert isinstance(text, Text)
    assert text.plain == "ab c[red]d"
    marked = "".join(text.plain[s.start : s.end] for s in text.spans if s.style)
    assert marked == "bc"


async def _wait_for_hits(pilot: Pilot[None], app: Host) -> None:
    for _ in range(60):
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if app.dialog.hits and not app.dialog.is_searching:
            return
    raise AssertionError("no results arrived")


@pytest.mark.parametrize("size", [(80, 24), (40, 12), (160, 50)])
async def test_the_dialog_fits_small_and_large_terminals(size: tuple[int, int]) -> None:
    app = Host("leave")
    async with app.run_test(size=size) as pilot:
        await _wait_for_hits(pilot, app)
        results = app.dialog.query_one(OptionList)
        assert results.size.height > 0
        assert results.highlighted == 0
