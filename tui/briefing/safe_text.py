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
# The bidi marks (LRM, RLM, ALM) flip the direction of neutral characters around them just
# as the overrides do, only more quietly.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
#: Line and paragraph separators: a line break to a terminal or Rich, so they count as one.
_SEPARATORS = re.compile("[\u2028\u2029]")
#: Zero-width joiners have real work (emoji sequences, Indic and Persian words), but a run of
#: them, or one at a word's edge or between two ASCII characters, only hides or spoofs text.
_JOINER_ABUSE = re.compile(
    "(?<=[\u200c\u200d])[\u200c\u200d]+"  # all but the first of a run
    r"|(?:^|(?<=\s))[\u200c\u200d]"  # at the start of a word
    r"|[\u200c\u200d](?=\s|$)"  # at the end of a word
    "|(?<=[\x00-\x7f])[\u200c\u200d](?=[\x00-\x7f])"  # inside ASCII text
)
#: Everything a terminal or Rich takes as the end of a line.
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """``text`` with escape sequences and control characters removed (newlines and tabs kept)."""
    if text.isprintable():
        return text
    text = _SEPARATORS.sub("\n", text.replace("\r\n", "\n"))
    return _JOINER_ABUSE.sub("", _CONTROLS.sub("", _ESCAPES.sub("", text)))


def one_line(text: str) -> str:
    """Cleaned text folded onto one line, for list rows and table cells."""
    return " ".join(clean_text(text).split())


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters of ``text``, ending in "…" when something was cut.

    For display only (a result line, a row): work that follows costs in the length of the
    text, so a brief with a huge field cannot stall a screen. Exports never clip.
    """
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def terminal_line(text: str) -> str:
    """Text for one line of CLI output: cleaned like the reader's, line breaks made spaces.

    Unlike ``one_line`` it keeps runs of spaces, so a line the CLI lays out in columns
    stays aligned; only the untrusted parts ever hold anything to clean.
    """
    if text.isprintable():
        return text
    return _LINE_BREAKS.sub(" ", clean_text(_LINE_BREAKS.sub(" ", text)))


def same_length_visible(text: str) -> str:
    """Controls shown as '�' one for one, so character offsets into ``text`` still hold
    (the Source pane highlights spans by offset)."""
    text = _SEPARATORS.sub(" ", text.replace("\t", " ").replace("\r", " "))
    return _JOINER_ABUSE.sub(_replacements, _CONTROLS.sub("\ufffd", text))


def _replacements(match: re.Match[str]) -> str:
    return "\ufffd" * len(match.group())
