"""Disputes on weak evidence are left out of an export unless asked for, with one line
saying so: a journalist who meets one invented dispute stops using the tool."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from export_helpers import bridge_brief

from briefing.app.app import BriefingApp
from briefing.app.export_dialog import ExportDialog
from briefing.brief_yaml import write_brief
from briefing.cli import main
from briefing.export import brief_to_markdown
from briefing.model import Brief, Contradiction

LEFT_OUT = "1 weak dispute left out: opposite words or differing figures alone, too thin to trust."


def _weak_and_strong() -> Brief:
    """The bridge brief with a second dispute on the same sides, resting on weak evidence."""
    brief = bridge_brief()
    weak = Contradiction(
        "c2", "autumn figures", ("s1",), ("s3",), "May and autumn differ", confidence=0.12
    )
    return dataclasses.replace(brief, contradictions=(*brief.contradictions, weak))


def _only_weak() -> Brief:
    brief = bridge_brief()
    weak = tuple(dataclasses.replace(c, confidence=0.12) for c in brief.contradictions)
    return dataclasses.replace(brief, contradictions=weak)


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("### ")]


def test_a_weak_dispute_is_left_out_by_default_and_one_line_says_so() -> None:
    markdown = brief_to_markdown(_weak_and_strong())
    assert _headings(markdown)[-1] == "### bridge reopening"
    assert "autumn figures" not in markdown
    assert markdown.count("weak dispute") == 1
    assert LEFT_OUT.replace("-", "\\-") in markdown or LEFT_OUT in markdown


def test_with_weak_disputes_the_weak_one_is_exported_marked() -> None:
    markdown = brief_to_markdown(_weak_and_strong(), weak_disputes=True)
    assert _headings(markdown)[-2:] == [
        "### bridge reopening",
        "### autumn figures (weak evidence: check the source)",
    ]
    assert "left out" not in markdown


def test_a_brief_with_only_weak_disputes_does_not_say_none_were_found() -> None:
    markdown = brief_to_markdown(_only_weak())
    assert "No contradictions found." not in markdown
    assert "No contradictions found apart from weak ones." in markdown
    assert "weak dispute left out" in markdown
    # The summary's lead line does not state a dispute that was left out.
    assert "**Disputed:**" not in markdown


def test_the_yaml_brief_keeps_its_weak_disputes(tmp_path: Path) -> None:
    from briefing.brief_yaml import read_brief

    write_brief(_weak_and_strong(), tmp_path / "bridge.yaml")
    assert [c.id for c in read_brief(tmp_path / "bridge.yaml").contradictions] == ["c1", "c2"]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    write_brief(_weak_and_strong(), folder / "bridge.yaml")
    return folder


def test_cli_export_leaves_weak_disputes_out_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "bridge", "--dir", str(_folder(tmp_path))]) == 0
    captured = capsys.readouterr()
    assert "autumn figures" not in captured.out
    assert "1 weak dispute left out" in captured.out
    # How to include it is said to the person exporting, not written into the document.
    assert "--weak-disputes" not in captured.out.replace("\\-", "-")
    assert "1 weak dispute left out; --weak-disputes includes it" in captured.err


def test_cli_export_all_says_once_how_many_weak_disputes_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    write_brief(dataclasses.replace(_only_weak(), id="bridge-2"), folder / "bridge-2.yaml")
    assert main(["export", "--all", "--dir", str(folder), "-o", str(tmp_path / "all")]) == 0
    err = capsys.readouterr().err
    assert err.count("left out") == 1
    assert "2 weak disputes left out; --weak-disputes includes them" in err


def test_cli_export_weak_disputes_flag_includes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    assert main(["export", "bridge", "--dir", str(folder), "--weak-disputes"]) == 0
    out = capsys.readouterr().out
    assert "### autumn figures (weak evidence: check the source)" in out
    out_dir = tmp_path / "all"
    assert (
        main(["export", "--all", "--dir", str(folder), "-o", str(out_dir), "--weak-disputes"]) == 0
    )
    assert "autumn figures" in (out_dir / "bridge.md").read_text(encoding="utf-8")


def test_cli_help_names_the_weak_disputes_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--weak-disputes" in capsys.readouterr().out


async def _export_from_reader(tmp_path: Path, *keys: str) -> str:
    exports = tmp_path / "exports"
    app = BriefingApp(_folder(tmp_path), export_dir=exports)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        drawn = app.screen._compositor.render_strips()
        said = " ".join(" ".join(strip.text for strip in drawn).split())
        # The dialog says before writing what happens to the weak dispute.
        assert "1 weak dispute left out" in said or "1 weak dispute included and marked" in said
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    return (exports / "bridge.md").read_text(encoding="utf-8")


@pytest.fixture
def no_user_keymap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent/briefing-tests/.config")


@pytest.mark.usefixtures("no_user_keymap")
async def test_export_from_the_reader_leaves_weak_disputes_out_as_the_reader_does(
    tmp_path: Path,
) -> None:
    markdown = await _export_from_reader(tmp_path, "3")
    assert "autumn figures" not in markdown
    assert "1 weak dispute left out" in markdown
    # A reader's export names no command-line flag: the reader's `w` decided.
    assert "weak-disputes" not in markdown.replace("\\-", "-")


@pytest.mark.usefixtures("no_user_keymap")
async def test_export_from_the_reader_follows_its_w_toggle(tmp_path: Path) -> None:
    markdown = await _export_from_reader(tmp_path, "3", "w")
    assert "### autumn figures (weak evidence: check the source)" in markdown
    assert "left out" not in markdown
