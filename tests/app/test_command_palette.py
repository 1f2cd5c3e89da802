"""The command palette (ctrl+p): each command once, doing what its name says."""

from __future__ import annotations

from reader_testing import FIXTURE_BRIEFS, settle
from textual.command import CommandList
from textual.pilot import Pilot

from briefing.app.app import BriefingApp
from briefing.app.help_screen import HelpScreen


async def palette_titles(app: BriefingApp, pilot: Pilot[None], query: str) -> list[str]:
    """The titles (first lines) of the commands the palette offers for `query`."""
    await pilot.press("ctrl+p")
    await pilot.press(*query)
    await app.workers.wait_for_complete()  # the palette searches in a worker
    await pilot.pause(0.1)
    options = app.screen.query_one(CommandList).options
    return [str(option.prompt).split("\n", 1)[0] for option in options]


async def test_the_palette_offers_keys_once_and_it_opens_the_help_screen() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert (await palette_titles(app, pilot, "keys")).count("Keys") == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
