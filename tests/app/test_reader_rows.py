"""The reader lists a folder from the rows kept in its corpus store and parses a brief only
when it is shown: listing parses none, a selected brief shows its content (a large one
once a worker has parsed it), and a brief changed on disk is never shown stale."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

import pytest
from factories import make_brief
from reader_testing import screen_text, settle

import briefing.app.app as app_module
from briefing import brief_yaml
from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.app.messages import BriefsLoaded
from briefing.app.summary_pane import SummaryPane
from briefing.brief_yaml import dump_brief
from briefing.corpus.folder import open_corpus
from briefing.corpus.shelf import SLOW_BYTES

SIZE = (120, 40)
COUNT = 40


def write_folder(folder: Path, count: int = COUNT) -> Path:
    folder.mkdir()
    first = dt.date(2024, 1, 1)
    for n in range(count):
        brief = make_brief(f"b{n:03d}", first + dt.timedelta(days=n))
        brief = dataclasses.replace(brief, title=f"Story number {n}")
        (folder / f"b{n:03d}.yaml").write_text(dump_brief(brief), encoding="utf-8")
    return folder


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The briefs made from stored data (each a full parse of one brief), by file."""
    made: list[str] = []
    real = brief_yaml.brief_from_data

    def counting(data: Any, path: str) -> Any:
        made.append(Path(path).name)
        return real(data, path)

    monkeypatch.setattr(brief_yaml, "brief_from_data", counting)
    return made


class Counting(BriefingApp):
    """The reader, noting how many briefs had been parsed when the list was filled."""

    CSS_PATH = str(Path(app_module.__file__).parent / BriefingApp.CSS_PATH)
    parsed_when_listed: int | None = None
    counter: ClassVar[list[str]] = []

    def on_briefs_loaded(self, message: BriefsLoaded) -> None:
        super().on_briefs_loaded(message)
        self.parsed_when_listed = len(self.counter)


def listed(app: BriefingApp) -> list[str]:
    return [row.id for row in app.screen.query_one(BriefList).briefs]


async def test_the_list_is_filled_from_stored_rows_parsing_only_the_brief_shown(
    tmp_path: Path, loads: list[str]
) -> None:
    folder = write_folder(tmp_path / "briefs")
    open_corpus(folder).close()  # the store, filled as a previous run leaves it
    app = Counting(folder, state_file=tmp_path / "state.json")
    app.counter = loads
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert listed(app) == [f"b{n:03d}" for n in reversed(range(COUNT))]
        assert app.parsed_when_listed == 1  # the highlighted brief, for its panes
        assert loads[0] == f"b{COUNT - 1:03d}.yaml"
        text = screen_text(app)
        assert "2024-02-09 • Story number 39" in text
        assert "b039 · 3 statements · 2 speakers · 1 cont" in text


async def test_selecting_a_brief_shows_its_content(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "briefs", 5)
    app = BriefingApp(folder, state_file=tmp_path / "state.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        shown = app.screen.query_one(SummaryPane).brief
        assert shown is not None and shown.id == "b002"
        assert "Story number 2" in screen_text(app)
        await pilot.press("2")  # Quotes: the statements, parsed from the store
        await pilot.pause()
        assert "troops would leave the city" in screen_text(app)


async def test_a_large_brief_is_parsed_off_the_ui_thread_then_shown(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "briefs", 3)
    words = "Water rose along the river and people left their homes. " * 3000
    big = make_brief("big", dt.date(2023, 1, 1), "A very long report", words)
    (folder / "big.yaml").write_text(dump_brief(big), encoding="utf-8")
    app = BriefingApp(folder, state_file=tmp_path / "state.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        row = app.shelf.row("big")
        assert row is not None and row.size > SLOW_BYTES
        app.shelf._kept.clear()  # as if never shown (the stories worker may have read it)
        await pilot.press("G")
        await settle(app, pilot)
        shown = app.screen.query_one(SummaryPane).brief
        assert shown is not None and shown.id == "big"
        assert "A very long report" in screen_text(app)


async def test_a_brief_changed_on_disk_is_shown_fresh_after_r(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "briefs", 3)
    app = BriefingApp(folder, state_file=tmp_path / "state.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("2")  # Quotes of the newest brief: parsed and kept
        await pilot.pause()
        assert "troops would leave the city" in screen_text(app)
        path = folder / "b002.yaml"
        path.write_text(path.read_text().replace("troops would leave", "troops could leave"))
        await pilot.press("escape", "r")
        await settle(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        text = screen_text(app)
        assert "troops could leave the city" in text
        assert "troops would leave the city" not in text


async def test_a_brief_rewritten_by_another_process_is_read_from_its_file(
    tmp_path: Path,
) -> None:
    folder = write_folder(tmp_path / "briefs", 3)
    app = BriefingApp(folder, state_file=tmp_path / "state.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.shelf._kept.clear()
        # Another briefing brings the store up to date: the old content leaves the store.
        path = folder / "b000.yaml"
        path.write_text(path.read_text().replace("troops would leave", "troops could leave"))
        open_corpus(folder).close()
        await pilot.press("G", "2")
        await pilot.pause()
        text = screen_text(app)
        assert "troops could leave the city" in text
        assert "troops would leave" not in text
