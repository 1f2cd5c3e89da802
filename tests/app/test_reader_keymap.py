"""keys.toml remaps keys by binding id; a bad file is reported and the defaults stay."""

from __future__ import annotations

from pathlib import Path

from reader_testing import FIXTURE_BRIEFS, screen_text, settle

from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList


async def test_a_remapped_quit_key_quits(tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"app.quit" = "x"\n', encoding="utf-8")
    app = BriefingApp(FIXTURE_BRIEFS, keymap_file=keys)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("q")  # no longer bound
        assert app.is_running
        await pilot.press("x")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_the_help_screen_shows_the_remapped_key(tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"list.down" = "ctrl+n,down"\n', encoding="utf-8")
    app = BriefingApp(FIXTURE_BRIEFS, keymap_file=keys)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        assert app.screen.query_one(BriefList).highlighted == 1
        await pilot.press("question_mark")
        assert "ctrl+n down" in screen_text(app)


async def test_a_bad_key_file_is_reported_and_the_defaults_still_work(tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"app.quit" = \n', encoding="utf-8")
    app = BriefingApp(FIXTURE_BRIEFS, keymap_file=keys)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        errors = [n for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1
        assert errors[0].title == "Key file ignored"
        assert errors[0].message.startswith(f"{keys}")
        assert "invalid TOML" in errors[0].message
        assert "line 2" in errors[0].message
        await pilot.press("j")
        assert app.screen.query_one(BriefList).highlighted == 1
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_key_with_a_bad_value_is_reported_and_the_others_apply(tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"app.quit" = "x"\n"app.help" = 3\n', encoding="utf-8")
    app = BriefingApp(FIXTURE_BRIEFS, keymap_file=keys)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert any("keys.app.help" in n.message for n in app._notifications)
        await pilot.press("x")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_key_file_problem_that_looks_like_markup_is_shown_as_text(tmp_path: Path) -> None:
    # Regression: the notification was rendered as markup, and "[/bold]" hung the app.
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"[/bold]" = 3\n', encoding="utf-8")
    app = BriefingApp(FIXTURE_BRIEFS, keymap_file=keys)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        (note,) = app._notifications
        assert "keys.[/bold] must" in note.message
        assert note.markup is False
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
