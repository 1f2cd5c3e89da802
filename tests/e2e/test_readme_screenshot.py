"""README's screenshot is what the app shows (issue 12): same size, same keys, same text."""

from __future__ import annotations

import shutil

import pytest
from readme_screen import capture, readme_screen

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_the_readme_screenshot_matches_the_reader() -> None:
    # On a mismatch, run `.venv/bin/python tests/e2e/readme_screen.py --write` and look.
    assert capture() == readme_screen()
