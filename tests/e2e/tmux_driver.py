"""Drive the real `briefing` command in tmux: type with send-keys, read with capture-pane."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path


def briefing_command() -> str:
    """The installed console script next to this Python, else whatever is on PATH."""
    beside = Path(sys.executable).with_name("briefing")
    found = str(beside) if beside.exists() else shutil.which("briefing")
    if not found:
        raise RuntimeError("the briefing command is not installed (pip install -e .)")
    return found


class TmuxSession:
    def __init__(
        self,
        args: list[str],
        cwd: Path,
        size: tuple[int, int] = (100, 30),
        program: list[str] | None = None,
    ) -> None:
        """Run ``briefing ARGS`` (or ``PROGRAM ARGS``) in a new tmux server."""
        self.socket = f"briefing-test-{uuid.uuid4().hex[:8]}"
        self.name = "main"
        command = " ".join(shlex.quote(a) for a in [*(program or [briefing_command()]), *args])
        # Print the exit status after the app ends so tests can see how it quit.
        shell = (
            f"cd {shlex.quote(str(cwd))} && TERM=xterm-256color {command}; echo EXITED=$?; sleep 30"
        )
        self._tmux(
            "new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]), shell
        )

    def _tmux(self, *args: str) -> str:
        # Something in the test process puts COLUMNS=80/LINES=24 into the C environment (not
        # os.environ); inherited by the tmux server, it made the app draw at 80x24 whatever the
        # window size. Pass os.environ, without those two, explicitly.
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False, env=env
        )
        return result.stdout

    def send(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def screen(self, joined: bool = False) -> str:
        """The screen as text; ``joined`` puts lines the terminal wrapped back together."""
        return self._tmux("capture-pane", "-p", *(["-J"] if joined else []), "-t", self.name)

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen; last screen:\n{screen}")

    def close(self) -> None:
        self._tmux("kill-server")
