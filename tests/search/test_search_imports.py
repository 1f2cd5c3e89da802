"""The search core and its command start without Textual."""

from __future__ import annotations

import subprocess
import sys


def test_search_imports_no_textual() -> None:
    code = (
        "import sys, briefing.search, briefing.commands.search; "
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual'], 'textual'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
