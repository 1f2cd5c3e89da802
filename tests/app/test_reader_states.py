"""What the reader shows in its special states: nothing to show, bad files, quiet briefs,
hostile text, and terminals from too small to wide."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_testing import (
    FIXTURE_BRIEFS,
    copy_fixture_briefs,
    screen_segments_text,
    screen_text,
    settle,
)

from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.app.main_screen import MainScreen
from briefing.app.problems_screen import ProblemsScreen
from briefing.app.quotes_pane import StatementList

HOSTILE_CHARS = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c")


async def test_a_missing_folder_says_how_to_build_briefs_and_names_the_problem(
    tmp_path: Path,
) -> None:
    app = BriefingApp(tmp_path / "nowhere")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#empty").display
        text = screen_text(app)
        assert "No briefs to show" in text
        assert "briefing build" in text
        assert [p.message for p in app.problems] == ["no such folder"]
        assert "1 problem loading briefs: press p to see them." in text
        await pilot.press("p")
        assert "1 problem — Esc to close" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("2", "j", "y")  # nothing to act on; nothing breaks
        assert app.screen.query_one("#empty").display


async def test_load_problems_notify_and_the_problems_view_lists_file_and_line(
    tmp_path: Path,
) -> None:
    folder = copy_fixture_briefs(tmp_path)
    good = (folder / "river-flood.yaml").read_text(encoding="utf-8")
    broken = good.replace("date: '2024-03-11'", "date: someday").replace(
        "id: river-flood", "id: broken"
    )
    (folder / "broken.yaml").write_text(broken, encoding="utf-8")
    (folder / "garbled.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one(BriefList).brief_count == 3
        notes = list(app._notifications)
        assert any("could not be loaded" in (n.title or "") for n in notes)
        assert any("press p" in n.message for n in notes)
        date_line = broken.splitlines().index("date: someday") + 1
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        text = screen_text(app)
        assert "2 problems — Esc to close" in text
        assert f"broken.yaml:{date_line}: " in text
        assert "garbled.yaml:" in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_a_brief_without_statements_or_disputes_says_so_plainly() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")  # river-flood: no one quoted, nothing disputed
        await pilot.press("1")
        assert "No one is quoted or reported in this article." in screen_text(app)
        # Only what the builder knows: it found no contradiction, not that there is none.
        assert "None found between the statements of this brief." in screen_text(app)
        await pilot.press("2")
        assert "No statements: nobody is quoted or reported" in screen_text(app)
        await pilot.press("3")
        assert "No contradictions found between the statements of this brief." in screen_text(app)
        assert "do not dispute" not in screen_text(app)
        await pilot.press("y")
        assert app.clipboard == ""


async def test_hostile_text_is_shown_as_text_in_every_pane() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("G")  # hostile-text
        for pane in "1234":
            await pilot.press(pane)
            await pilot.pause()
            drawn = screen_segments_text(app)
            for char in HOSTILE_CHARS:
                assert char not in drawn, (pane, repr(char))
            text = screen_text(app)
            assert "[bold red]boom[/] red title" in text, pane  # in the list row
        await pilot.press("1")
        assert "[italic]tester[/]" in screen_text(app)
        await pilot.press("2")
        assert "[link=https://example.invalid]click here[/link]" in screen_text(app)
        await pilot.press("4")
        source = screen_text(app)
        assert "The article says [bold red]boom[/] where" in source
        # Controls become visible placeholders, so offsets (and highlights) still line up.
        assert "\ufffd[31mturns text red\ufffd[0m" in source


async def test_hostile_text_is_copied_without_escapes() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("G", "2", "y")
        assert "[link=https://example.invalid]click here[/link]" in app.clipboard
        for char in HOSTILE_CHARS:
            assert char not in app.clipboard


async def test_a_too_small_terminal_shows_a_message_and_recovers_when_enlarged() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(50, 12)) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#too-small").display
        assert not app.screen.query_one("#body").display
        assert "Terminal too small (50×12)" in screen_text(app)
        await pilot.press("j", "2", "enter", "escape", "question_mark", "escape")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert not app.screen.query_one("#too-small").display
        assert app.screen.query_one("#body").display
        assert "Northport harbour" in screen_text(app)


@pytest.mark.parametrize("size", [(20, 6), (59, 15), (59, 40), (200, 15)])
async def test_every_size_below_the_minimum_shows_the_whole_message_and_nothing_else(
    size: tuple[int, int],
) -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        width, height = size
        text = " ".join(screen_text(app).split())
        assert text == (
            f"Terminal too small ({width}×{height}). briefing needs 60×16 or more."
            " Enlarge the window, or press q to quit."
        )


async def test_at_80x24_the_list_sits_above_the_panes() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.has_class("-narrow")
        list_region = screen.query_one(BriefList).region
        panes_region = screen.query_one("#panes").region
        assert list_region.bottom <= panes_region.y
        assert panes_region.height >= 10
        await pilot.press("2")
        statements = screen.query_one(StatementList)
        assert statements.region.height > 0
        assert "Lena Hart" in screen_text(app)
        await pilot.press("j", "enter")
        assert "ships would be allowed in" in screen_text(app)


async def test_at_200x60_the_list_sits_beside_the_panes() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        assert not app.screen.has_class("-narrow")
        list_region = app.screen.query_one(BriefList).region
        panes_region = app.screen.query_one("#panes").region
        assert list_region.right <= panes_region.x
        assert "Northport harbour to reopen" in screen_text(app)
