"""The reader lists a folder through its corpus store: unchanged briefs are not parsed
again, an edit on disk is shown fresh, and a broken store still opens the reader."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from reader_testing import FIXTURE_IDS, copy_fixture_briefs, screen_text, settle

from briefing import brief_yaml
from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.corpus.location import store_paths

SIZE = (110, 30)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The brief files parsed from YAML, by path."""
    parsed: list[str] = []
    real = brief_yaml.parse_brief_and_data

    def counting(text: str, path: str) -> Any:
        parsed.append(path)
        return real(text, path)

    monkeypatch.setattr(brief_yaml, "parse_brief_and_data", counting)
    return parsed


async def _open(folder: Path, tmp_path: Path) -> tuple[list[str], str]:
    """The listed brief ids and the screen's text, once the reader has loaded."""
    app = BriefingApp(folder, state_file=tmp_path / "state.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        ids = [brief.id for brief in app.screen.query_one(BriefList).briefs]
        return ids, screen_text(app)


async def test_the_second_start_lists_the_briefs_from_the_store(
    tmp_path: Path, parses: list[str], private_cache: Path
) -> None:
    folder = copy_fixture_briefs(tmp_path)
    first, _ = await _open(folder, tmp_path)
    assert first == FIXTURE_IDS
    assert len(parses) == len(FIXTURE_IDS)
    assert store_paths(folder, private_cache / "briefing")[0].is_file()
    parses.clear()
    second, _ = await _open(folder, tmp_path)
    assert second == FIXTURE_IDS
    assert parses == []


async def test_a_brief_edited_after_the_store_was_filled_is_shown_fresh(
    tmp_path: Path, parses: list[str]
) -> None:
    folder = copy_fixture_briefs(tmp_path)
    await _open(folder, tmp_path)
    path = folder / "river-flood.yaml"
    before = path.stat()
    # Same size and mtime: only the content (and ctime) tells the edit.
    path.write_text(path.read_text().replace("River floods", "Rivers flood"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    parses.clear()
    _, text = await _open(folder, tmp_path)
    assert "Rivers flood the lower town" in text
    assert parses == [str(path)]


@pytest.mark.parametrize("damage", ["folder", "zeroed"])
async def test_a_broken_store_still_opens_the_reader_with_one_notice(
    tmp_path: Path, private_cache: Path, damage: str
) -> None:
    folder = copy_fixture_briefs(tmp_path)
    await _open(folder, tmp_path)
    store = store_paths(folder, private_cache / "briefing")[0]
    size = store.stat().st_size
    store.unlink()
    if damage == "folder":
        store.mkdir()
    else:
        store.write_bytes(bytes(size))
    ids, text = await _open(folder, tmp_path)
    assert ids == FIXTURE_IDS
    said = "corpus store not used" if damage == "folder" else "corpus store rebuilt"
    assert text.count(said) == 1
