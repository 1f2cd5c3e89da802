"""The brief list draws only what is on screen, stops at its ends, and takes clicks; the
reading panes scroll with the same vim keys."""

from __future__ import annotations

import datetime as dt
import time

from factories import make_brief
from reader_testing import FIXTURE_BRIEFS, FIXTURE_IDS, screen_text, settle
from rich.text import Text

from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.app.quotes_pane import StatementList
from briefing.app.source_pane import SourcePane
from briefing.app.summary_pane import SummaryPane
from briefing.corpus.shelf import Shelf
from briefing.model import Brief

SIZE = (120, 40)
MANY = 10_000


def many_briefs() -> list[Brief]:
    first = dt.date(2020, 1, 1)
    return [
        make_brief(f"b{n:05d}", first + dt.timedelta(days=n % 1500), f"Story number {n}")
        for n in range(MANY)
    ]


def show_many(app: BriefingApp, briefs: list[Brief]) -> None:
    """List ``briefs`` as if they had been loaded (the app's shelf holds them)."""
    app.shelf = Shelf.of_briefs(briefs, [])
    app.main_screen.show_briefs(app.shelf.rows, [])


def brief_list(app: BriefingApp) -> BriefList:
    return app.screen.query_one(BriefList)


async def test_j_on_the_last_brief_and_k_on_the_first_stay_put() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("G", "j", "down")
        assert brief_list(app).highlighted_id == FIXTURE_IDS[-1]
        await pilot.press("g", "k", "up")
        assert brief_list(app).highlighted_id == FIXTURE_IDS[0]


async def test_the_other_lists_stop_at_their_ends_too() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2")
        statements = app.screen.query_one(StatementList)
        first = statements.highlighted_id
        await pilot.press("k")
        assert statements.highlighted_id == first
        await pilot.press("G")
        last = statements.highlighted_id
        await pilot.press("j")
        assert statements.highlighted_id == last != first


async def test_the_highlighted_brief_is_marked_not_only_coloured() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        # The list's lines, inside its border: a bar down the highlighted brief's two lines.
        lines = [line.split("│")[1] for line in screen_text(app).splitlines()[2:8]]
        assert [line.startswith("▌") for line in lines] == [False, False, True, True, False, False]
        assert lines[2].startswith("▌2024-03-11 • River floods")  # • not opened yet


async def test_a_long_title_is_cut_with_an_ellipsis_to_the_list_width() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert "│▌2024-03-12 • Northport harbour to reopen as… │" in screen_text(app)


async def test_ten_thousand_briefs_fill_and_go_to_the_end_and_back_quickly() -> None:
    briefs = many_briefs()
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        started = time.perf_counter()
        show_many(app, briefs)
        await pilot.pause()
        await pilot.press("G")
        assert brief_list(app).highlighted == MANY - 1
        assert app.screen.query_one(SummaryPane).brief is briefs[-1]
        assert f"Story number {MANY - 1}" in screen_text(app)
        await pilot.press("g")
        assert brief_list(app).highlighted == 0
        assert "Story number 0" in screen_text(app)
        # An OptionList took ~2 s to fill alone; drawing only visible rows takes milliseconds.
        # The bound is loose on purpose (shared CI machines); it catches measuring every row.
        assert time.perf_counter() - started < 1.5


async def test_page_keys_move_a_screenful_and_stop_at_the_ends() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        show_many(app, many_briefs()[:100])
        await pilot.pause()
        page = brief_list(app).rows_per_page
        await pilot.press("ctrl+d")
        assert brief_list(app).highlighted == page
        await pilot.press("pagedown", "ctrl+u")
        assert brief_list(app).highlighted == page
        brief_list(app).action_last()
        await pilot.press("ctrl+d")
        assert brief_list(app).highlighted == 99
        brief_list(app).action_first()
        await pilot.press("ctrl+u")
        assert brief_list(app).highlighted == 0


async def test_clicking_a_row_of_a_scrolled_list_selects_that_brief() -> None:
    briefs = many_briefs()
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        show_many(app, briefs)
        await pilot.pause()
        await pilot.press("G")
        top = brief_list(app).scroll_offset.y // 2
        assert top > 0
        await pilot.click(BriefList, offset=(5, 1))  # the first row inside the border
        await pilot.pause()
        assert brief_list(app).highlighted == top
        assert app.screen.query_one(SummaryPane).brief is briefs[top]
        assert isinstance(app.focused, SummaryPane)  # a click opens the brief, like Enter


async def test_the_loading_message_shows_and_keys_do_nothing_on_it() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        brief_list(app).show_message(Text("Loading briefs… 250 of 1,000", style="dim"))
        await pilot.press("j", "G", "enter")
        assert brief_list(app).highlighted is None
        assert brief_list(app).highlighted_id is None
        assert "Loading briefs… 250 of 1,000" in screen_text(app)


async def test_j_k_g_and_page_keys_scroll_the_source_pane() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("4")
        source = app.screen.query_one(SourcePane)
        assert app.focused is source
        assert source.max_scroll_y > 2

        async def after(*keys: str) -> float:
            await pilot.press(*keys)
            await app.animator.wait_for_idle()
            return source.scroll_y

        assert await after("j", "j") == 2
        assert await after("k") == 1
        assert await after("G") == source.max_scroll_y
        assert await after("g") == 0
        assert await after("ctrl+d") > 2
        assert await after("ctrl+u") == 0


async def test_j_scrolls_the_summary_pane() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 18)) as pilot:  # short enough for the summary to scroll
        await settle(app, pilot)
        await pilot.press("1")
        summary = app.screen.query_one(SummaryPane)
        assert app.focused is summary
        assert summary.max_scroll_y > 0
        await pilot.press("j")
        await app.animator.wait_for_idle()
        assert summary.scroll_y == 1
        await pilot.press("G")
        await app.animator.wait_for_idle()
        assert summary.scroll_y == summary.max_scroll_y
