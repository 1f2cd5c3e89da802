"""80×24 is a first-class size: the list shows where you are, zooms, and grows; help scrolls;
the footer keeps ? and /; notices never cover the selection."""

from __future__ import annotations

from reader_testing import FIXTURE_BRIEFS, screen_text, settle

from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.app.help_screen import HelpScreen, HelpScroll
from briefing.app.notice_line import NoticeLine
from briefing.app.reader_footer import ReaderFooter


async def test_the_list_border_shows_position_and_count() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "1/3" in screen_text(app)
        await pilot.press("j")
        await pilot.pause()
        assert "2/3" in screen_text(app)


async def test_the_list_grows_with_a_taller_terminal() -> None:
    heights = []
    for size in ((80, 24), (80, 48)):
        app = BriefingApp(FIXTURE_BRIEFS)
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            heights.append(app.screen.query_one(BriefList).size.height)
    assert heights[1] > heights[0] >= 6


async def test_z_gives_the_list_the_whole_screen_and_a_pane_key_gives_it_back() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("z")
        await pilot.pause()
        brief_list = app.screen.query_one(BriefList)
        assert brief_list.size.height >= 18
        assert "1 Summary" not in screen_text(app).splitlines()[10]
        await pilot.press("2")
        await pilot.pause()
        assert brief_list.size.height < 12
        assert "Quotes" in screen_text(app)


async def test_help_opens_focused_and_scrolls_to_its_last_key_at_80x24() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one(HelpScroll)
        assert scroll.has_focus
        assert scroll.max_scroll_y > 0  # more keys than fit at 80x24
        await pilot.press("j")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        assert "Remap any key" in screen_text(app)


async def test_help_and_search_stay_in_the_footer_at_the_narrowest_width() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(60, 16)) as pilot:
        await settle(app, pilot)
        await pilot.press("2")  # a focused list adds its own keys in front
        await pilot.pause()
        footer_line = screen_text(app).splitlines()[-1]
        assert footer_line.startswith("? Help / Search q Quit")
        assert app.screen.query_one(ReaderFooter).region.bottom == 16


async def test_a_notice_sits_above_the_footer_and_leaves_the_selection_visible() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "y")  # copy: a notice
        await pilot.pause()
        notice = app.screen.query_one(NoticeLine)
        assert "Copied" in notice.message
        selected = app.screen.focused
        assert selected is not None
        assert not selected.region.overlaps(notice.region)
        assert notice.region.bottom == app.screen.query_one(ReaderFooter).region.y
