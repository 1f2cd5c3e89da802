"""The footer shows the keys of whatever has focus, built again only when they change."""

from __future__ import annotations

import pytest
from reader_testing import fixture_reader, settle
from textual.widgets._footer import FooterKey

from briefing.app.app import BriefingApp
from briefing.app.reader_footer import ReaderFooter


def footer_keys(app: BriefingApp) -> list[str]:
    return [key.description for key in app.screen.query_one(ReaderFooter).query(FooterKey)]


async def test_the_footer_follows_focus_and_keeps_its_keys_while_they_stay_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = fixture_reader(monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        in_list = footer_keys(app)
        assert in_list[:3] == ["Help", "Search", "Quit"]
        assert "Find" not in in_list
        kept = list(app.screen.query_one(ReaderFooter).query(FooterKey))
        await pilot.press("tab")  # into the Summary pane, the same keys: not built again
        await pilot.pause()
        assert list(app.screen.query_one(ReaderFooter).query(FooterKey)) == kept
        await pilot.press("2")  # the Quotes list takes focus: its `f Find` shows
        await pilot.pause()
        assert "Find" in footer_keys(app)
        await pilot.press("escape")  # back to the list
        await pilot.pause()
        assert footer_keys(app) == in_list
