"""After `e`, one notification says where the Markdown went, as an absolute path."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_testing import FIXTURE_BRIEFS, FIXTURE_IDS, screen_text, settle

from briefing.app.app import BriefingApp
from briefing.app.export_dialog import ExportDialog
from briefing.app.notice_line import NoticeLine
from briefing.app.reader_footer import ReaderFooter


async def test_export_notifies_once_with_the_absolute_path_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = BriefingApp(FIXTURE_BRIEFS)  # exports to the relative folder ./exports
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = tmp_path / "exports" / f"{FIXTURE_IDS[0]}.md"
        assert written.is_file()
        (note,) = app._notifications
        assert note.title == ""
        assert note.message == f"Exported as Markdown to\n{written.resolve()}"
        assert screen_text(app).count("Exported") == 1
        # On the notice line above the footer, not over the panes.
        notice = app.screen.query_one(NoticeLine).content_region
        drawn = screen_text(app).splitlines()[notice.y : notice.bottom]
        shown = "".join(line[notice.x : notice.right].strip() for line in drawn)
        assert str(written.resolve()) in shown
        assert notice.bottom == app.screen.query_one(ReaderFooter).region.y
