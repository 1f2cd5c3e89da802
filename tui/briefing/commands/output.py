"""Every line the CLI prints, cleaned for the terminal like the reader's text.

Messages quote file names, ids, titles and words from seeds and briefs; any of them may hold
escape sequences (a terminal title change, a screen clear, an OSC 52 clipboard write) or
newlines that forge extra output lines. ``--json`` output is data and is printed exactly.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from ..safe_text import terminal_line


def say(line: object) -> None:
    """One line of results on stdout."""
    print(terminal_line(str(line)))


def warn(line: object) -> None:
    """One line of problems or progress on stderr."""
    print(terminal_line(str(line)), file=sys.stderr)


#: Characters a terminal may act on that JSON lets through raw: C1 controls (0x9b is CSI)
#: and the invisible direction and line controls.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def json_line(record: dict[str, Any]) -> None:
    """One JSON object on stdout, exact when decoded, with nothing a terminal acts on."""
    text = json.dumps(record, ensure_ascii=False)
    print(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
