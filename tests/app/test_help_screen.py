"""The `?` help screen: every binding readable, with its id, at every supported size."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from reader_testing import FIXTURE_BRIEFS, screen_text, settle
from textual.containers import VerticalScroll
from textual.pilot import Pilot

from briefing.app.app import BriefingApp
from briefing.app.help_screen import HelpScreen

KEYS_DOC = Path(__file__).resolve().parents[2] / "docs" / "keys.md"


@asynccontextmanager
async def help_open(size: tuple[int, int]) -> AsyncIterator[tuple[HelpScreen, Pilot[None]]]:
    """The reader on the fixture briefs at `size`, with `?` pressed."""
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        yield app.screen, pilot


def shown_ids(help_screen: HelpScreen) -> set[str]:
    return {b.id for _, group in help_screen.groups for b in group if b.id}


async def help_box_lines(pilot: Pilot[None]) -> list[str]:
    """Every line drawn inside the help box, scrolling it from top to bottom."""
    app = pilot.app
    scroll = app.screen.query_one(VerticalScroll)
    region = scroll.region
    lines: list[str] = []
    y = 0
    while True:
        scroll.scroll_to(y=y, animate=False)
        await pilot.pause()
        drawn = screen_text(app).splitlines()
        lines += [line[region.x : region.right] for line in drawn[region.y : region.bottom]]
        if y >= scroll.max_scroll_y:
            return lines
        y += max(1, region.height - 2)


async def test_help_at_the_smallest_size_shows_every_action_and_id_whole() -> None:
    async with help_open((60, 16)) as (help_screen, pilot):
        lines = await help_box_lines(pilot)
        text = "\n".join(lines)
        assert "…" not in text
        assert sorted(shown_ids(help_screen) - set(text.split())) == []
        assert any("Previous hit" in line for line in lines)
        assert any("Page down" in line for line in lines)


async def test_help_at_80x24_shows_ids_whole_in_their_own_column() -> None:
    async with help_open((80, 24)) as (_, pilot):
        lines = await help_box_lines(pilot)
        assert "…" not in "\n".join(lines)
        assert any("Previous hit" in line and "app.previous_hit" in line for line in lines)
        assert any("pane.contradictions" in line.split() for line in lines)


async def test_docs_keys_md_lists_exactly_the_binding_ids_the_help_screen_shows() -> None:
    async with help_open((120, 40)) as (help_screen, _):
        shown = shown_ids(help_screen)
    table_ids = {
        binding_id
        for line in KEYS_DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
        for binding_id in re.findall(r"`([a-z_]+\.[a-z_]+)`", line.split("|")[1])
    }
    assert sorted(shown - table_ids) == []  # shown by `?`, missing from the docs
    assert sorted(table_ids - shown) == []  # documented, but not a binding the reader has
