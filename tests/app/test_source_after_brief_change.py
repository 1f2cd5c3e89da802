"""The Source pane survives the brief changing while it is hidden (issue 12: `Enter 4 1 r 4`
and `4 1 Esc j 4` killed the reader with an IndexError in the legend rows)."""

from __future__ import annotations

import asyncio

from reader_testing import FIXTURE_BRIEFS, screen_text, settle

from briefing.app.app import BriefingApp
from briefing.app.search_screen import SearchScreen
from briefing.app.source_pane import SourcePane
from briefing.commands.paths import bundled_briefs_dir

SIZE = (80, 24)
LEGEND = "underlined: a statement"


async def press(app: BriefingApp, pilot: object, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)  # type: ignore[attr-defined]
        # A crashed app never settles: fail on the crash instead of hanging.
        assert app.crash_error is None, f"crashed at {key!r}: {app.crash_error!r}"
        await asyncio.wait_for(settle(app, pilot), 30)  # type: ignore[arg-type]


async def test_reload_with_source_hidden_then_source_again_draws_the_article() -> None:
    app = BriefingApp(bundled_briefs_dir())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "enter", "4", "1", "r", "4")
        assert LEGEND in screen_text(app)
        assert app.screen.query_one(SourcePane).has_focus


async def test_another_brief_while_source_hidden_then_source_shows_that_brief() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "4", "1", "escape", "j", "4")
        source = app.screen.query_one(SourcePane)
        assert source.brief is not None and source.brief.id == "river-flood"
        assert LEGEND in screen_text(app)


async def test_a_search_hit_then_source_shows_the_hit_brief() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # Source opened on a brief with no statements, then a hit in another brief.
        await press(app, pilot, "j", "4", "1", "escape", "slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"crane")
        for _ in range(40):
            await pilot.pause(0.05)
            if app.screen.hits:  # type: ignore[attr-defined]
                break
        await press(app, pilot, "enter", "4")
        source = app.screen.query_one(SourcePane)
        assert source.brief is not None and source.brief.id == "harbour-reopening"
        assert LEGEND in screen_text(app)
