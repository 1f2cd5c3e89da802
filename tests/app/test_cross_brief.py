"""A speaker who contradicts their own words in another brief shows up in Contradictions."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing.app.app import BriefingApp
from briefing.app.contradictions_pane import DisputeList, SideList
from briefing.brief_yaml import write_brief
from briefing.builder import build_brief
from briefing.corpus.shelf import Shelf
from briefing.model import Brief
from briefing.seeds import read_seed


def make_folder(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "early.txt").write_text(
        'date 2021-01-05\n"We will withdraw all troops from the city by March," '
        "Defense Minister Ana Ruiz told reporters.\n"
    )
    (seeds / "late.txt").write_text(
        'date 2021-02-10\n"We will not withdraw any troops from the city," '
        "Defense Minister Ana Ruiz said.\n"
    )
    out = tmp_path / "briefs"
    for seed in seeds.iterdir():
        brief = build_brief(read_seed(seed))
        write_brief(brief, out / f"{brief.id}.yaml")
    return out


async def settle_cross(app: BriefingApp, pilot: Pilot[None]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause(0.5)  # cross-brief conflicts are found just after the list shows
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_cross_brief_conflict_is_listed_and_leads_to_the_other_brief(tmp_path: Path) -> None:
    app = BriefingApp(make_folder(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_cross(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        disputes = app.screen.query_one(DisputeList)
        row = str(disputes.get_option_at_index(0).prompt)
        assert "Ana Ruiz" in row and "across briefs" in row
        assert app.screen.selected is not None and app.screen.selected.id == "late"
        await pilot.press("enter")  # into side A: the earlier statement, in the other brief
        side = app.screen.query_one("#side-a", SideList)
        assert side.has_focus
        assert side.highlighted_id == "early/s1"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.selected.id == "early"
        assert app.screen.query_one("#statement-list").has_focus


def dispute_rows(app: BriefingApp) -> list[str]:
    disputes = app.screen.query_one(DisputeList)
    if not disputes.display:  # "no disputes" shown instead (the list keeps its old rows)
        return []
    return [str(disputes.get_option_at_index(i).prompt) for i in range(disputes.option_count)]


async def test_reload_keeps_cross_brief_conflicts_and_drops_those_of_a_deleted_brief(
    tmp_path: Path,
) -> None:
    folder = make_folder(tmp_path)
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_cross(app, pilot)
        await pilot.press("3")
        await pilot.press("r")  # nothing changed on disk: the conflict is still there
        await settle_cross(app, pilot)
        assert any("across briefs" in row for row in dispute_rows(app))
        (folder / "early.yaml").unlink()
        await pilot.press("r")
        await settle_cross(app, pilot)
        assert app.screen.selected is not None and app.screen.selected.id == "late"
        assert not any("across briefs" in row for row in dispute_rows(app)), dispute_rows(app)


async def test_quitting_stops_the_search_for_conflicts_across_briefs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On 10,000 briefs the search took minutes and the reader's process waited for it after
    # `q`; here the briefs come slowly, so it is still reading when the user quits.
    folder = make_folder(tmp_path)
    read: list[str] = []
    real = Shelf.iter_briefs

    def slow_briefs(shelf: Shelf) -> Iterator[Brief]:
        for _ in range(400):
            for brief in real(shelf):
                time.sleep(0.005)
                read.append(brief.id)
                yield brief

    monkeypatch.setattr(Shelf, "iter_briefs", slow_briefs)
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if read:
                break
        assert read, "the search across briefs never started"
        await pilot.press("q")
    await asyncio.sleep(0.3)
    stopped_at = len(read)
    await asyncio.sleep(0.3)
    assert len(read) == stopped_at < 800
