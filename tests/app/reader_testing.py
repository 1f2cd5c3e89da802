"""Helpers for the reader Pilot tests: fixture briefs, waiting for loads, screen text."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing.app.app import BriefingApp

FIXTURE_BRIEFS = Path(__file__).resolve().parent / "fixtures" / "briefs"
#: Brief ids of the fixture folder, newest first (the list order).
FIXTURE_IDS = ["harbour-reopening", "river-flood", "hostile-text"]
#: The two sizes every snapshot is taken at: the smallest supported and a roomy one.
SNAPSHOT_SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
SnapCompare = Callable[..., bool]


def fixture_reader(monkeypatch: pytest.MonkeyPatch) -> BriefingApp:
    """The reader on the fixture folder, named relatively so that the header (and so every
    snapshot) reads the same on every machine."""
    monkeypatch.chdir(FIXTURE_BRIEFS.parent)
    return BriefingApp(Path(FIXTURE_BRIEFS.name))


def copy_fixture_briefs(into: Path) -> Path:
    """A private copy of the fixture folder, for tests that add or break files."""
    folder = into / "briefs"
    shutil.copytree(FIXTURE_BRIEFS, folder)
    return folder


async def settle(app: BriefingApp, pilot: Pilot[None]) -> None:
    """Wait for the load worker, then for the messages it posted to be handled."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.animator.wait_for_idle()


def screen_text(app: BriefingApp) -> str:
    """Every line the current screen draws, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def screen_segments_text(app: BriefingApp) -> str:
    """The raw text of every segment drawn (what would reach the terminal, before styling)."""
    return "".join(
        segment.text for strip in app.screen._compositor.render_strips() for segment in strip
    )
