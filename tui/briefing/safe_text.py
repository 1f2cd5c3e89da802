"""Make untrusted article text safe to show: no terminal escapes, no invisible controls.

Used by every place that displays or exports seed/brief text. Rich markup is a separate
concern: widgets pass text as ``rich.text.Text``, never as markup strings.
"""

from __future__ import annotations

import re

# CSI, OSC (ended by BEL or ST), and other two-byte ESC sequences; then remaining C0/C1
# controls except newline and tab. Bidi overrides and isolates can reorder what a reader
# sees (the "Trojan Source" trick), so they go too.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI … final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC … BEL / ST (or unterminated)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"  # other ESC sequences, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` with escape sequences and control characters removed (newlines and tabs kept)."""
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n")))


def one_line(text: str) -> str:
    """Cleaned text folded onto one line, for list rows and table cells."""
    return " ".join(clean_text(text).split())


def same_length_visible(text: str) -> str:
    """Controls shown as '�' one for one, so character offsets into ``text`` still hold
    (the Source pane highlights spans by offset)."""
    return _CONTROLS.sub("\ufffd", text.replace("\t", " ").replace("\r", " "))
