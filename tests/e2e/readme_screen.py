"""The README's screenshot: the reader on ./briefs in a 110×30 tmux window, Contradictions
pane (3), as `tmux capture-pane` prints it.

    .venv/bin/python tests/e2e/readme_screen.py          # print the screen now
    .venv/bin/python tests/e2e/readme_screen.py --write  # put it into README.md

test_readme_screenshot.py fails when the README's copy no longer matches the app.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tmux_driver import TmuxSession

REPO = Path(__file__).resolve().parent.parent.parent
README = REPO / "README.md"
SIZE = (110, 30)
KEYS = ["3"]
#: The screenshot is the first fenced block that starts with the header's "⭘".
BLOCK = re.compile(r"```\n( ⭘.*?\n)```", re.DOTALL)


def capture() -> str:
    """The screen as a first-time reader sees it (no saved state, no key file)."""
    import os

    with tempfile.TemporaryDirectory() as home:
        os.environ["XDG_STATE_HOME"] = str(Path(home) / "state")
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        os.environ["XDG_CACHE_HOME"] = str(Path(home) / "cache")
        session = TmuxSession([], cwd=REPO, size=SIZE)
        try:
            session.wait_for("Esper: US has no plans")
            session.send(*KEYS)
            session.wait_for("Side A")
            import time

            time.sleep(1.0)  # let the last repaint land
            screen = session.screen()
        finally:
            session.close()
    lines = [line.rstrip() for line in screen.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def readme_screen() -> str:
    match = BLOCK.search(README.read_text(encoding="utf-8"))
    if match is None:
        raise LookupError("README.md has no screenshot block")
    return "\n".join(line.rstrip() for line in match.group(1).splitlines()) + "\n"


def main() -> None:
    screen = capture()
    if "--write" in sys.argv:
        text = README.read_text(encoding="utf-8")
        README.write_text(BLOCK.sub(lambda _: f"```\n{screen}```", text, count=1), "utf-8")
    else:
        sys.stdout.write(screen)


if __name__ == "__main__":
    main()
