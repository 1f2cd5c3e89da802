"""`e` in the reader opens the export dialog for the selected brief and notifies the path."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.app.app import BriefingApp
from briefing.app.export_dialog import ExportDialog
from briefing.export import brief_to_markdown


@pytest.fixture(autouse=True)
def no_user_keymap(monkeypatch: pytest.MonkeyPatch) -> None:
    # The person's own keys.toml could remap `e`; point the config home at nothing.
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent/briefing-tests/.config")


async def test_e_exports_the_selected_brief_and_notifies(
    briefs_folder: Path, tmp_path: Path
) -> None:
    exports = tmp_path / "exports"
    app = BriefingApp(briefs_folder, export_dir=exports)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        selected = app.main_screen.selected
        assert selected is not None
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        target = exports / f"{selected.id}.md"
        assert not isinstance(app.screen, ExportDialog)
        assert target.read_text(encoding="utf-8") == brief_to_markdown(selected)
        assert any(str(target) in n.message for n in app._notifications)


async def test_e_then_escape_writes_nothing(briefs_folder: Path, tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    app = BriefingApp(briefs_folder, export_dir=exports)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
        assert not exports.exists()
