"""SVG snapshots of every pane and the help screen at 80×24 and 120×40, on the fixture briefs.

Regenerate after a deliberate change with `pytest tests/app/test_reader_snapshots.py
--snapshot-update`, then look at the SVGs (snapshot_report.html shows diffs on failure).
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


async def loaded(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "keys",
    [
        pytest.param(["1"], id="summary"),
        pytest.param(["2", "j"], id="quotes"),
        pytest.param(["3"], id="contradictions"),
        pytest.param(["2", "enter"], id="source"),
        pytest.param(["question_mark"], id="help"),
    ],
)
def test_pane(
    snap_compare: SnapCompare, reader: BriefingApp, keys: list[str], size: tuple[int, int]
) -> None:
    assert snap_compare(reader, press=keys, terminal_size=size, run_before=loaded)


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param(["j", "3"], id="no-disputes"),
        pytest.param(["G", "1"], id="hostile-summary"),
        pytest.param(["G", "4"], id="hostile-source"),
    ],
)
def test_special_brief(snap_compare: SnapCompare, reader: BriefingApp, keys: list[str]) -> None:
    assert snap_compare(reader, press=keys, terminal_size=(80, 24), run_before=loaded)


def test_too_small(snap_compare: SnapCompare, reader: BriefingApp) -> None:
    assert snap_compare(reader, terminal_size=(50, 12), run_before=loaded)
