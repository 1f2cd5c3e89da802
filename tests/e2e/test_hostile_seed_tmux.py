"""End to end with a hostile seed: Rich markup, ANSI/OSC escapes (clipboard write, window
title), bidi overrides and a very long word go through `briefing build`, then the real reader
in tmux, its search, and `briefing export`; nothing is interpreted."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from tmux_driver import TmuxSession, briefing_command

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

ESC, BEL = "\x1b", "\x07"
LONG_WORD = "Supercalifragilistic" * 30
HOSTILE_SEED = (
    "date 2022-02-02\n"
    f'"[bold red]Markup stays text[/] and {ESC}[31mred{ESC}[0m stays plain," '
    "Harbour Master Ida Stone said.\n\n"
    f'"Clipboard {ESC}]52;c;ZXZpbCBjb21tYW5k{BEL}and title {ESC}]2;PWNED-TITLE{BEL}writes '
    f'are stripped, \u202eevil reversed\u202c too," Stone told reporters.\n\n'
    f"The port also printed {LONG_WORD} on its notice board.\n"
)


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(HOSTILE_SEED, encoding="utf-8")
    subprocess.run(
        [briefing_command(), "build", str(seeds), "-o", str(tmp_path / "briefs"), "-q"],
        check=True,
    )
    return tmp_path / "briefs"


@pytest.fixture
def reader(built: Path, tmp_path: Path) -> Iterator[TmuxSession]:
    tmux = TmuxSession(["open", str(built)], cwd=tmp_path, size=(120, 40))
    tmux.wait_for("2022-02-02")
    yield tmux
    tmux.close()


def pane_title(session: TmuxSession) -> str:
    return session._tmux("display-message", "-p", "-t", session.name, "#{pane_title}")


def test_hostile_quotes_show_as_text_in_every_pane(reader: TmuxSession) -> None:
    screens = []
    for key, marker in (("2", "Ida Stone"), ("4", "underlined: a statement"), ("1", "Speakers")):
        reader.send(key)
        screens.append(reader.wait_for(marker))
    reader.send("3")
    screens.append(reader.wait_for("No contradictions"))
    quotes, source, summary, _ = screens
    assert "[bold red]Markup stays text[/]" in quotes
    assert "[bold red]Markup stays text[/]" in source
    for screen in screens:
        assert ESC not in screen and BEL not in screen
        assert "\u202e" not in screen
    # Lists and summaries drop escape sequences; Source keeps every character's place and
    # shows a control character as a visible U+FFFD instead.
    for screen in (quotes, summary):
        assert "]52;" not in screen and "PWNED-TITLE" not in screen
    assert "\ufffd]52;c;" in source
    assert "PWNED" not in pane_title(reader)


def test_hostile_text_in_search_results_is_text(reader: TmuxSession) -> None:
    reader.send("/")
    reader.wait_for("exact phrase")  # the search input's placeholder
    reader.send("markup stays")
    screen = reader.wait_for("Markup stays text[/]")
    assert "[bold red]" in screen
    assert ESC not in screen
    reader.send("Enter")
    reader.wait_for("Ida Stone")


def test_hostile_text_in_the_exported_markdown_is_escaped(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.md"
    subprocess.run(
        [briefing_command(), "export", "hostile", "--dir", str(built), "-o", str(out)], check=True
    )
    markdown = out.read_text(encoding="utf-8")
    assert ESC not in markdown and BEL not in markdown and "\u202e" not in markdown
    assert "PWNED-TITLE" not in markdown
    assert "\\[bold red\\]Markup stays text\\[/\\]" in markdown
