"""End to end: a reader that crashes says so in one line, exits non-zero, and leaves the
traceback in a log file instead of on the terminal."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from tmux_driver import TmuxSession

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

FIXTURE_BRIEFS = Path(__file__).resolve().parent.parent / "app" / "fixtures" / "briefs"

#: The real CLI, with `y` (copy) made to fail the way a bug in the reader would.
CRASHING_READER = """
import sys
from briefing.app.main_screen import MainScreen
from briefing.cli import main

def broken_copy(self):
    raise RuntimeError("forced crash for the test")

MainScreen.action_copy_statement = broken_copy
sys.exit(main(sys.argv[1:]))
"""


def test_a_crash_exits_70_with_one_line_naming_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    tmux = TmuxSession(
        ["open", str(FIXTURE_BRIEFS)],
        cwd=tmp_path,
        size=(200, 30),
        program=[sys.executable, "-c", CRASHING_READER],
    )
    try:
        tmux.wait_for("Northport harbour to reopen")
        tmux.send("y")
        tmux.wait_for("EXITED=")
        screen = tmux.screen(joined=True)
    finally:
        tmux.close()
    assert "EXITED=70" in screen
    assert "Traceback" not in screen
    hint = [line for line in screen.splitlines() if line.startswith("briefing: ")]
    assert len(hint) == 1, screen
    assert "RuntimeError: forced crash for the test" in hint[0]
    logged = re.search(r"the details are in (\S+\.log)", hint[0])
    assert logged is not None, hint[0]
    log = Path(logged.group(1))
    assert log.parent == tmp_path / "state" / "briefing"
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "broken_copy" in text


def test_a_normal_quit_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    tmux = TmuxSession(["open", str(FIXTURE_BRIEFS)], cwd=tmp_path, size=(120, 30))
    try:
        tmux.wait_for("Northport harbour to reopen")
        tmux.send("q")
        screen = tmux.wait_for("EXITED=")
    finally:
        tmux.close()
    assert "EXITED=0" in screen
    assert not list((tmp_path / "state").glob("briefing/crash-*.log"))
