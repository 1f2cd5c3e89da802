"""End to end: the installed `briefing open` on the fixture briefs, driven by tmux keys.

Each pane is recognised by text only it draws; the screen is read with capture-pane.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tmux_driver import TmuxSession

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

FIXTURE_BRIEFS = Path(__file__).resolve().parent.parent / "app" / "fixtures" / "briefs"

#: Text that only one pane draws, for the rich fixture brief.
PANE_TEXT = {
    "1": "(person, 2 statements)",  # Summary: speakers with kind and count
    "2": "[person · 2 statements]",  # Quotes: speaker headers
    "3": "Why: The mayor says every crane",  # Contradictions: the dispute's reason
    "4": "underlined: a statement",  # Source: the legend above the article
}


def wait_gone(session: TmuxSession, text: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    screen = session.screen()
    while text in screen and time.monotonic() < deadline:
        time.sleep(0.1)
        screen = session.screen()
    assert text not in screen, f"{text!r} is still on screen:\n{screen}"
    return screen


@pytest.fixture
def reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TmuxSession]:
    # The tmux server inherits this environment: no personal keys.toml.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    tmux = TmuxSession(["open", str(FIXTURE_BRIEFS)], cwd=tmp_path, size=(120, 40))
    tmux.wait_for("Northport harbour to reopen")
    yield tmux
    tmux.close()


def test_the_list_shows_every_brief_newest_first(reader: TmuxSession) -> None:
    screen = reader.wait_for("[bold red]boom[/] red title")
    # A fresh state folder: every brief is unread, marked with a dot.
    rows = [
        "2024-03-12 • Northport harbour",
        "2024-03-11 • River floods",
        "2024-03-10 • [bold red]",
    ]
    positions = [screen.index(row) for row in rows]
    assert positions == sorted(positions)
    assert "harbour-reopening · 5 statements · 4 speak" in screen  # site first, then counts


def test_number_keys_show_each_pane(reader: TmuxSession) -> None:
    for key in ("2", "3", "4", "1"):
        reader.send(key)
        screen = reader.wait_for(PANE_TEXT[key])
        for other, text in PANE_TEXT.items():
            if other != key:
                assert text not in screen, (key, other)


def test_enter_on_a_quote_jumps_to_source_and_esc_comes_back(reader: TmuxSession) -> None:
    reader.send("2", "Enter")
    reader.wait_for(PANE_TEXT["4"])
    reader.send("Escape")
    reader.wait_for(PANE_TEXT["2"])


def test_help_opens_on_question_mark_and_closes_on_esc(reader: TmuxSession) -> None:
    reader.send("?")
    screen = reader.wait_for("Keys — j/k scroll, Esc closes")
    assert "app.quit" in screen
    assert "pane.source" in screen
    reader.send("Escape")
    wait_gone(reader, "Keys — j/k scroll, Esc closes")


def test_q_quits_with_status_zero(reader: TmuxSession) -> None:
    reader.send("3", "q")
    reader.wait_for("EXITED=0")
