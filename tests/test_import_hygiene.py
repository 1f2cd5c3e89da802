"""The core never imports Textual, so build/check/search/export start fast without a terminal."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "briefing.model",
    "briefing.brief_yaml",
    "briefing.seeds",
    "briefing.store",
    "briefing.builder",
    "briefing.build_runner",
    "briefing.search",
    "briefing.stories",
    "briefing.export",
    "briefing.export_story",
    "briefing.cli",
]


def test_core_modules_and_the_cli_front_do_not_import_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "from briefing.cli import make_parser; make_parser()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        "print(bad[:3]); sys.exit(bool(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
