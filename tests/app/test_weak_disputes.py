"""Disputes on weak evidence are folded away in the reader until asked for (`w`): the
Contradictions pane says how many, the empty state never says "no disputes" when there are
weak ones, and the choice holds from brief to brief."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader_testing import FIXTURE_BRIEFS, screen_text, settle
from test_reader_footer import footer_keys

from briefing.app.app import BriefingApp
from briefing.app.help_screen import HelpScreen
from briefing.brief_yaml import read_brief, write_brief

MARK = "weak evidence: check the source"


def _weak_folder(tmp_path: Path) -> Path:
    """The harbour fixture twice: as is with its second dispute made weak (one strong, one
    weak), and as an older copy whose disputes are all weak."""
    harbour = read_brief(FIXTURE_BRIEFS / "harbour-reopening.yaml")
    strong, second = harbour.contradictions
    mixed = dataclasses.replace(
        harbour, contradictions=(strong, dataclasses.replace(second, confidence=0.12))
    )
    only_weak = dataclasses.replace(
        harbour,
        id="harbour-weak",
        title="Harbour: only weak disputes",
        date=harbour.date.replace(year=harbour.date.year - 1) if harbour.date else None,
        contradictions=tuple(
            dataclasses.replace(c, confidence=0.12) for c in harbour.contradictions
        ),
    )
    folder = tmp_path / "briefs"
    write_brief(mixed, folder / "harbour-reopening.yaml")
    write_brief(only_weak, folder / "harbour-weak.yaml")
    return folder


def _text(app: BriefingApp) -> str:
    return " ".join(screen_text(app).split())


async def test_a_weak_dispute_is_hidden_and_the_pane_says_how_many(tmp_path: Path) -> None:
    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await settle(app, pilot)
        text = _text(app)
        assert "crane safety" in text
        assert "⚡ reopening" not in text
        assert MARK not in text
        assert "1 weak dispute hidden — press w to show" in text


async def test_w_shows_the_weak_disputes_marked_and_hides_them_again(tmp_path: Path) -> None:
    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await settle(app, pilot)
        assert "Weak disputes" in footer_keys(app)
        await pilot.press("w")
        await settle(app, pilot)
        text = _text(app)
        assert f"⚡ reopening {MARK}" in text
        assert "1 weak dispute is shown, marked — press w to hide" in text
        await pilot.press("w")
        await settle(app, pilot)
        assert MARK not in _text(app)
        assert "1 weak dispute hidden" in _text(app)


async def test_a_brief_with_only_weak_disputes_does_not_say_there_are_none(
    tmp_path: Path,
) -> None:
    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.main_screen.query_one("#brief-list").focus()
        await pilot.press("j", "3")
        await settle(app, pilot)
        text = _text(app)
        assert "No contradictions found between" not in text
        assert "No contradictions found but 2 weak ones, hidden" in text
        assert "w shows them" in text
        # The pane has the focus, so `w` reaches it.
        await pilot.press("w")
        await settle(app, pilot)
        assert _text(app).count(MARK) == 2


async def test_the_w_choice_holds_for_the_next_brief(tmp_path: Path) -> None:
    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await settle(app, pilot)
        await pilot.press("w")
        await settle(app, pilot)
        app.main_screen.query_one("#brief-list").focus()
        await pilot.press("j")
        await settle(app, pilot)
        text = _text(app)
        assert text.count(MARK) == 2
        assert "2 weak disputes are shown" in text


async def test_the_summary_leaves_hidden_weak_disputes_out_and_says_so(tmp_path: Path) -> None:
    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("1")
        await settle(app, pilot)
        text = _text(app)
        assert "⚡ crane safety" in text
        assert "⚡ reopening" not in text
        assert "1 weak dispute, hidden" in text


def test_a_summary_with_only_weak_disputes_does_not_say_there_are_none(tmp_path: Path) -> None:
    from rich.console import Console

    from briefing.app.summary_pane import render_summary

    console = Console(width=200, record=True)
    console.print(render_summary(read_brief(_weak_folder(tmp_path) / "harbour-weak.yaml")))
    text = console.export_text()
    assert "None found between" not in text
    assert "None found but 2 weak disputes, hidden" in text
    assert "⚡" not in text


async def test_the_help_screen_lists_the_weak_disputes_key(tmp_path: Path) -> None:
    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        ids = {b.id for _, group in app.screen.groups for b in group if b.id}
        assert "contradictions.weak" in ids


async def test_the_brief_list_counts_weak_disputes_apart(tmp_path: Path) -> None:
    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("z")  # the list takes the whole screen: no row is cut short
        await settle(app, pilot)
        text = _text(app)
        assert "1 contradiction (+1 weak)" in text
        assert "0 contradictions (+2 weak)" in text


async def test_sorting_by_disputes_counts_the_ones_a_reader_sees(tmp_path: Path) -> None:
    from briefing.app.list_order import sorted_briefs
    from briefing.corpus.rows import row_of

    folder = _weak_folder(tmp_path)
    rows = [row_of(read_brief(path)) for path in sorted(folder.glob("*.yaml"))]
    # Given the all-weak brief first, a sort counting every dispute (two each) keeps it there.
    ordered = sorted_briefs(list(reversed(rows)), "disputes")
    assert [r.id for r in ordered] == ["harbour-reopening", "harbour-weak"]
    assert [(r.contradictions, r.weak_contradictions) for r in rows] == [(1, 1), (0, 2)]


async def test_the_command_palette_toggles_weak_disputes(tmp_path: Path) -> None:
    from test_command_palette import palette_titles

    app = BriefingApp(_weak_folder(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert (await palette_titles(app, pilot, "weak disp")).count("Weak disputes") == 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.show_weak_disputes
        await pilot.press("3")
        await settle(app, pilot)
        assert MARK in _text(app)
