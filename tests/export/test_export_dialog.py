"""The export dialog, driven like a person would from a tiny host app."""

from __future__ import annotations

import dataclasses
import errno
import os
from pathlib import Path

import pytest
from rich.text import Text
from textual.app import App
from textual.widgets import Button, Input, Static

from briefing import export
from briefing.app.export_dialog import ExportDialog
from briefing.export import brief_to_markdown
from briefing.model import Brief

_UNSET = object()


class Host(App[None]):
    """Pushes the dialog on start and keeps what it was dismissed with."""

    def __init__(self, brief: Brief, folder: Path) -> None:
        super().__init__()
        self.brief = brief
        self.folder = folder
        self.result: object = _UNSET

    def on_mount(self) -> None:
        self.push_screen(ExportDialog(self.brief, self.folder), callback=self._done)

    def _done(self, result: Path | None) -> None:
        self.result = result


def _message(app: Host) -> str:
    content = app.screen.query_one("#export-message", Static).content
    return content.plain if isinstance(content, Text) else str(content)


async def test_dialog_shows_the_default_path(tmp_path: Path, brief: Brief) -> None:
    app = Host(brief, tmp_path / "exports")
    async with app.run_test():
        assert isinstance(app.screen, ExportDialog)
        path_input = app.screen.query_one("#export-path", Input)
        assert path_input.value == str(tmp_path / "exports" / "bridge.md")


async def test_enter_writes_the_file_and_dismisses_with_its_path(
    tmp_path: Path, brief: Brief
) -> None:
    app = Host(brief, tmp_path / "exports")
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        target = tmp_path / "exports" / "bridge.md"
        assert app.result == target
        assert target.read_text(encoding="utf-8") == brief_to_markdown(brief)
        assert not isinstance(app.screen, ExportDialog)


async def test_export_button_writes_the_file(tmp_path: Path, brief: Brief) -> None:
    app = Host(brief, tmp_path)
    async with app.run_test() as pilot:
        await pilot.click("#export-go")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.result == tmp_path / "bridge.md"


async def test_escape_cancels_without_writing(tmp_path: Path, brief: Brief) -> None:
    app = Host(brief, tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None
        assert os.listdir(tmp_path) == []


async def test_existing_file_asks_first_then_overwrites_on_second_enter(
    tmp_path: Path, brief: Brief
) -> None:
    target = tmp_path / "bridge.md"
    target.write_text("mine", encoding="utf-8")
    app = Host(brief, tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert target.read_text(encoding="utf-8") == "mine"
        assert "already exists" in _message(app)
        assert str(app.screen.query_one("#export-go", Button).label) == "Overwrite"

        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.result == target
        assert target.read_text(encoding="utf-8") == brief_to_markdown(brief)


async def test_editing_the_path_after_the_warning_asks_again(tmp_path: Path, brief: Brief) -> None:
    (tmp_path / "bridge.md").write_text("mine", encoding="utf-8")
    (tmp_path / "other.md").write_text("also mine", encoding="utf-8")
    app = Host(brief, tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "other.md")
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.result is _UNSET
        assert (tmp_path / "other.md").read_text(encoding="utf-8") == "also mine"
        assert "other.md already exists" in _message(app)


async def test_typed_path_is_used(
    tmp_path: Path, brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = Host(brief, Path("exports"))
    async with app.run_test() as pilot:
        app.screen.query_one("#export-path", Input).value = ""
        await pilot.press(*"mine.md", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.result == Path("mine.md")
        assert (tmp_path / "mine.md").read_text(encoding="utf-8") == brief_to_markdown(brief)


async def test_typed_folder_gets_the_id_file_name(tmp_path: Path, brief: Brief) -> None:
    app = Host(brief, tmp_path / "exports")
    async with app.run_test() as pilot:
        app.screen.query_one("#export-path", Input).value = f"{tmp_path}/"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.result == tmp_path / "bridge.md"


async def test_empty_path_is_an_error_in_the_dialog(tmp_path: Path, brief: Brief) -> None:
    app = Host(brief, tmp_path)
    async with app.run_test() as pilot:
        app.screen.query_one("#export-path", Input).value = "   "
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "Type the file" in _message(app)


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "disk is full"), (errno.EROFS, "read-only")]
)
async def test_write_errors_are_shown_in_the_dialog(
    tmp_path: Path, brief: Brief, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    def fail(path: Path, text: str) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export, "atomic_write_text", fail)
    app = Host(brief, tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert app.result is _UNSET
        assert words in _message(app)
        assert "-error" in app.screen.query_one("#export-message", Static).classes
        # The dialog is still usable: the user can try again or cancel.
        assert not app.screen.query_one("#export-go", Button).disabled
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None


async def test_markup_in_the_title_is_shown_literally(tmp_path: Path, brief: Brief) -> None:
    hostile = "[bold red]Breaking[/] [link=http://evil.example]click[/link] \x1b[31mred"
    app = Host(dataclasses.replace(brief, title=hostile), tmp_path)
    async with app.run_test():
        content = app.screen.query_one("#export-title", Static).content
        assert isinstance(content, Text)
        assert "[bold red]Breaking[/] [link=http://evil.example]click[/link] red" in content.plain
        assert not any("link" in str(span.style) for span in content.spans)


async def test_dialog_fits_a_small_terminal(tmp_path: Path, brief: Brief) -> None:
    app = Host(brief, tmp_path)
    async with app.run_test(size=(40, 16)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.result == tmp_path / "bridge.md"


async def test_unexpected_write_failure_is_shown_not_raised(
    tmp_path: Path, brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(path: Path, text: str) -> None:
        raise RuntimeError("something odd")

    monkeypatch.setattr(export, "atomic_write_text", explode)
    app = Host(brief, tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "something odd" in _message(app)
