"""The reader starts, lists briefs newest first, shows problems, and quits on q."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from textual.widgets import TabbedContent

from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.app.main_screen import MainScreen


async def wait_loaded(app: BriefingApp) -> None:
    await app.workers.wait_for_complete()
    await app.animator.wait_for_idle()


async def test_app_lists_briefs_newest_first_and_quits_on_q(briefs_dir: Path) -> None:
    app = BriefingApp(briefs_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(app)
        await pilot.pause()
        brief_list = app.screen.query_one(BriefList)
        assert brief_list.has_focus
        assert [brief.id for brief in brief_list.briefs] == ["newer", "older"]
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_bad_brief_shows_a_notification_and_the_rest_load(briefs_dir: Path) -> None:
    (briefs_dir / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    app = BriefingApp(briefs_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(app)
        await pilot.pause()
        assert app.screen.query_one(BriefList).brief_count == 2
        assert len(app.problems) == 1
        assert any("could not be loaded" in (n.title or "") for n in app._notifications)


async def test_an_empty_folder_says_how_to_build_briefs(tmp_path: Path) -> None:
    app = BriefingApp(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(app)
        await pilot.pause()
        empty = app.screen.query_one("#empty")
        assert empty.display
        assert "briefing build" in str(empty.render())


def test_the_first_frame_waits_for_no_store_search_or_dispute_rules() -> None:
    # The reader draws its first frame before the briefs are read; importing the store,
    # YAML, the search index and the dispute rules first made it 0.29 s later (bench_corpus),
    # and the model and the hidden panes' modules 30 ms more.
    script = (
        "import sys, briefing.app.app\n"
        "heavy = ('yaml', 'rapidfuzz', 'briefing.search', 'briefing.disputes',\n"
        "         'briefing.brief_yaml', 'briefing.corpus.folder', 'briefing.stories',\n"
        "         'briefing.export', 'briefing.builder', 'briefing.app.quotes_pane',\n"
        "         'briefing.app.contradictions_pane', 'briefing.app.source_pane',\n"
        "         'briefing.app.statement_view', 'briefing.model', 'sqlite3', 'tomllib')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


async def test_keys_and_clicks_before_the_panes_are_mounted_are_safe(briefs_dir: Path) -> None:
    # The hidden panes are mounted just after the first frame and the briefs are read
    # after them; a user quick on the keys (or the mouse) gets there first.
    app = BriefingApp(briefs_dir, state_file=briefs_dir.parent / "state.json")
    async with app.run_test(size=(100, 30)) as pilot:
        main = app.screen
        assert isinstance(main, MainScreen)
        assert not main.panes_mounted
        # What a click on the Source tab does (Pilot's click waits until the panes are in).
        main.query_one(TabbedContent).active = "pane-source"
        await pilot.press("2", "4", "3", "y", "f", "escape", "j", "enter")
        await wait_loaded(app)
        await pilot.pause()
        assert main.panes_mounted
        assert [brief.id for brief in main.query_one(BriefList).briefs] == ["newer", "older"]
        await pilot.press("2")
        await pilot.pause()
        assert main.active_pane == "quotes"
        assert main.quotes_pane.brief is not None
