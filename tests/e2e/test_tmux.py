"""End to end: start the installed `briefing` in tmux, press keys, read the screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tmux_driver import TmuxSession

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def session(briefs_dir: Path, tmp_path: Path) -> Iterator[TmuxSession]:
    tmux = TmuxSession(["open", str(briefs_dir)], cwd=tmp_path)
    yield tmux
    tmux.close()


def test_briefing_lists_briefs_and_quits_on_q(session: TmuxSession) -> None:
    session.wait_for("A newer story")
    # The title also shows in the Summary pane, which may paint before the list does.
    screen = session.wait_for("An older story")
    assert screen.index("A newer story") < screen.index("An older story")
    session.send("q")
    session.wait_for("EXITED=0")
