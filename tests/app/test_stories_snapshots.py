"""SVG snapshots of the Stories view and of one story at 80×24 and 120×40, on the fixture briefs.

Regenerate after a deliberate change with `pytest tests/app/test_stories_snapshots.py
--snapshot-update`, then look at the SVGs.
"""

from __future__ import annotations

import pytest
from reader_testing import SNAPSHOT_SIZES, SnapCompare, fixture_reader
from textual.pilot import Pilot

from briefing.app.app import BriefingApp

SIZES = SNAPSHOT_SIZES


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> BriefingApp:
    return fixture_reader(monkeypatch)


async def stories_shown(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.press("S")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "keys", [pytest.param([], id="stories"), pytest.param(["enter"], id="one-story")]
)
def test_stories(
    snap_compare: SnapCompare, reader: BriefingApp, keys: list[str], size: tuple[int, int]
) -> None:
    assert snap_compare(reader, press=keys, terminal_size=size, run_before=stories_shown)
