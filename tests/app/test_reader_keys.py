"""Every reader key does what the help screen says, on the fixture briefs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factories import make_brief
from reader_testing import FIXTURE_BRIEFS, FIXTURE_IDS, copy_fixture_briefs, screen_text, settle

from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.app.contradictions_pane import DisputeList, SideList
from briefing.app.help_screen import HelpScreen
from briefing.app.main_screen import MainScreen
from briefing.app.problems_screen import ProblemsScreen
from briefing.app.quotes_pane import StatementList
from briefing.app.source_pane import PADDING, SourcePane
from briefing.app.summary_pane import SummaryPane
from briefing.brief_yaml import write_brief

SIZE = (120, 40)


def active_pane(app: BriefingApp) -> str:
    return app.screen.query_one("#panes").active  # type: ignore[attr-defined]


def brief_list(app: BriefingApp) -> BriefList:
    return app.screen.query_one(BriefList)


def summary_title(app: BriefingApp) -> str:
    brief = app.screen.query_one(SummaryPane).brief
    return brief.id if brief else ""


def selected_words_in_source(app: BriefingApp) -> list[str]:
    """The article words the Source pane draws in reverse video (the selected statement),
    one string per run; a run that wraps onto the next row goes on after a space."""
    source = app.screen.query_one(SourcePane)
    runs: list[str] = []
    in_run = False
    for row in range(source.legend_height, source.virtual_size.height):
        cells = [
            (char, bool(segment.style and segment.style.reverse))
            for segment in source.rendered_row(row)
            for char in segment.text
        ][PADDING:]
        while cells and cells[-1] == (" ", False):
            cells.pop()
        in_run = in_run and bool(cells)  # a blank row ends a run
        for index, (char, selected) in enumerate(cells):
            if selected and not in_run:
                runs.append(char)
            elif selected:
                runs[-1] += " " + char if index == 0 else char
            in_run = selected
    return runs


async def test_the_list_has_focus_at_start_with_the_newest_brief_shown() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert brief_list(app).has_focus
        ids = [brief.id for brief in brief_list(app).briefs]
        assert ids == FIXTURE_IDS
        assert summary_title(app) == "harbour-reopening"


async def test_list_keys_move_the_highlight_and_the_panes_follow() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        steps = [
            ("j", 1),
            ("down", 2),
            ("k", 1),
            ("up", 0),
            ("G", 2),
            ("g", 0),
            ("end", 2),
            ("home", 0),
        ]
        for key, expected in steps:
            await pilot.press(key)
            await pilot.pause()
            assert brief_list(app).highlighted == expected, key
            assert summary_title(app) == FIXTURE_IDS[expected], key


async def test_number_keys_pick_each_pane_and_focus_it() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        expected_focus = {
            "2": ("pane-quotes", StatementList),
            "3": ("pane-contradictions", DisputeList),
            "4": ("pane-source", SourcePane),
            "1": ("pane-summary", SummaryPane),
        }
        for key, (pane, widget_type) in expected_focus.items():
            await pilot.press(key)
            await pilot.pause()
            assert active_pane(app) == pane
            assert isinstance(app.focused, widget_type), key


async def test_tab_and_shift_tab_move_between_the_list_and_the_panes() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # Two stops: the list and the pane's content (the tab strip takes no focus).
        seen_forward = []
        for _ in range(2):
            await pilot.press("tab")
            seen_forward.append(app.focused)
        assert isinstance(seen_forward[0], SummaryPane)
        assert isinstance(seen_forward[-1], BriefList)  # round the ring and back
        await pilot.press("shift+tab")
        assert isinstance(app.focused, SummaryPane)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, BriefList)


async def test_enter_in_the_list_opens_the_current_pane() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        assert isinstance(app.focused, SummaryPane)
        await pilot.press("2", "escape")
        assert isinstance(app.focused, BriefList)
        await pilot.press("enter")
        assert active_pane(app) == "pane-quotes"
        assert isinstance(app.focused, StatementList)


async def test_esc_backs_out_of_a_pane_to_the_list() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for pane in "1234":
            await pilot.press(pane)
            assert not isinstance(app.focused, BriefList)
            await pilot.press("escape")
            assert isinstance(app.focused, BriefList), pane
        await pilot.press("escape")  # already at the top: stays put
        assert isinstance(app.focused, BriefList)
        assert isinstance(app.screen, MainScreen)


async def test_enter_on_a_quote_shows_it_in_source_and_esc_returns_to_it() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2")
        statements = app.screen.query_one(StatementList)
        assert statements.highlighted_id == "s1"
        await pilot.press("j", "j")  # speaker headers are skipped: s2, then s3
        assert statements.highlighted_id == "s3"
        await pilot.press("enter")
        await pilot.pause()
        source = app.screen.query_one(SourcePane)
        assert active_pane(app) == "pane-source"
        assert app.focused is source
        assert source.selected == "s3"
        assert selected_words_in_source(app) == [
            "two cranes had failed their safety checks and should not be used"
        ]
        await pilot.press("escape")
        assert active_pane(app) == "pane-quotes"
        assert app.focused is statements
        assert statements.highlighted_id == "s3"


async def test_a_quote_in_two_spans_is_marked_in_both_places() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "enter")
        await pilot.pause()
        assert selected_words_in_source(app) == [
            "The port will reopen on Monday,",
            "and every crane has been checked.",
        ]


async def test_enter_on_a_side_shows_it_in_source_and_esc_walks_back() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        disputes = app.screen.query_one(DisputeList)
        assert app.focused is disputes
        assert disputes.highlighted_id == "c1"
        await pilot.press("enter")  # into side A of the dispute
        side_a = app.screen.query_one("#side-a", SideList)
        assert app.focused is side_a
        assert side_a.highlighted_id == "s1"
        await pilot.press("enter")
        await pilot.pause()
        source = app.screen.query_one(SourcePane)
        assert app.focused is source
        assert source.selected == "s1"
        await pilot.press("escape")  # Source → the side we came from
        assert active_pane(app) == "pane-contradictions"
        assert app.focused is side_a
        await pilot.press("escape")  # side → dispute list
        assert app.focused is disputes
        await pilot.press("escape")  # dispute list → brief list
        assert isinstance(app.focused, BriefList)


async def test_moving_in_the_dispute_list_shows_that_disputes_sides() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "j")
        await pilot.pause()
        side_a = app.screen.query_one("#side-a", SideList)
        side_b = app.screen.query_one("#side-b", SideList)
        assert side_a.highlighted_id == "s2"
        assert side_b.highlighted_id == "s5"
        detail = str(app.screen.query_one("#dispute-detail").render())
        assert "reopening" in detail
        # The confidence is not shown (it would not match how often a bucket is right); the
        # reason is.
        assert "dockworkers will not work" in detail and "0.41" not in detail


async def test_y_copies_the_statement_with_its_speaker_and_brief() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "j", "j", "j", "y")
        assert "Tom Reyes (head of the dockworkers' union)" in app.clipboard
        assert "Nobody has told us the cranes are safe," in app.clipboard
        assert "Northport harbour to reopen" in app.clipboard
        assert "2024-03-12" in app.clipboard


async def test_y_copies_from_a_dispute_side_and_from_source() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "enter", "y")
        assert app.clipboard.startswith("Lena Hart (Mayor): “The port will reopen")
        app.copy_to_clipboard("")
        await pilot.press("enter", "y")  # now in Source, on the same statement
        assert app.clipboard.startswith("Lena Hart (Mayor): ")


async def test_y_without_a_statement_says_how_to_pick_one() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("y")
        assert app.clipboard == ""
        assert any("Select a statement" in n.message for n in app._notifications)


async def test_r_reloads_and_a_new_brief_appears(tmp_path: Path) -> None:
    folder = copy_fixture_briefs(tmp_path)
    app = BriefingApp(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert brief_list(app).brief_count == 3
        write_brief(make_brief("fresh", dt.date(2025, 1, 2), "A fresh story"), folder / "f.yaml")
        await pilot.press("r")
        await settle(app, pilot)
        assert brief_list(app).brief_count == 4
        assert brief_list(app).briefs[0].id == "fresh"


async def test_reload_of_a_folder_named_like_markup_shows_its_name(tmp_path: Path) -> None:
    # Regression: the "Reloading briefs from …" notification was rendered as markup.
    folder = copy_fixture_briefs(tmp_path / "[/bold]")
    app = BriefingApp(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        (note,) = [n for n in app._notifications if "Reloading" in n.message]
        assert note.markup is False
        assert brief_list(app).brief_count == 3


async def test_reload_keeps_the_highlighted_brief(tmp_path: Path) -> None:
    folder = copy_fixture_briefs(tmp_path)
    app = BriefingApp(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        write_brief(make_brief("fresh", dt.date(2025, 1, 2), "A fresh story"), folder / "f.yaml")
        await pilot.press("r")
        await settle(app, pilot)
        assert brief_list(app).highlighted_id == "river-flood"
        assert summary_title(app) == "river-flood"


async def test_question_mark_opens_help_listing_every_binding_id_and_esc_closes() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for binding_id in ("app.quit", "app.reload", "pane.source", "main.copy", "list.down"):
            assert binding_id in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert isinstance(app.focused, BriefList)


async def test_p_opens_problems_and_esc_closes() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        assert "Every brief loaded without problems" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_q_quits_from_a_pane() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_clicking_a_brief_selects_it() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # Two lines a brief: the second brief's counts line is the fourth line inside the
        # border (the border is line 0).
        await pilot.click(BriefList, offset=(5, 4))
        await pilot.pause()
        assert brief_list(app).highlighted == 1
        assert summary_title(app) == "river-flood"


async def test_the_command_palette_picks_a_pane() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"show sou")
        await app.workers.wait_for_complete()  # the palette searches in a worker
        await pilot.pause(0.1)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert active_pane(app) == "pane-source"
        assert isinstance(app.focused, SourcePane)
