"""How statements and speakers look: direct quotes and reported speech differ by glyph and
label as well as style, so no colour carries meaning alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.text import Text

from ..model import Brief, Speaker, Statement, StatementKind
from ..safe_text import one_line

DIRECT_MARK = "❝ "
REPORTED_MARK = "≈ "


def speaker_header(speaker: Speaker, count: int) -> Text:
    header = Text()
    header.append(one_line(speaker.name), style="bold")
    if speaker.role:
        header.append(f" — {one_line(speaker.role)}")
    header.append(
        f"  [{speaker.kind.value} · {count} statement{'s' if count != 1 else ''}]", style="dim"
    )
    return header


def statement_body(statement: Statement, highlight: Iterable[str] = ()) -> Text:
    """The statement's words, quoted if direct, with ``highlight`` words emphasised."""
    words = one_line(statement.shown)
    if statement.kind is StatementKind.DIRECT:
        body = Text(f"“{words}”", style="italic")
    else:
        body = Text(words)
    patterns = [re.escape(w) for w in highlight if w]
    if patterns:
        body.highlight_regex(
            re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE), style="bold reverse"
        )
    return body


def statement_line(statement: Statement, highlight: Iterable[str] = ()) -> Text:
    """One statement as a list row: kind glyph and label, words, then the cue."""
    line = Text()
    if statement.kind is StatementKind.DIRECT:
        line.append(DIRECT_MARK, style="bold")
    else:
        line.append(REPORTED_MARK + "reported: ", style="bold dim")
    line.append_text(statement_body(statement, highlight))
    if statement.cue is not None:
        who = f"{one_line(statement.source_mention.text)} " if statement.source_mention else ""
        line.append(f"  — {who}{one_line(statement.cue.text)}", style="dim")
    return line


def copy_text(brief: Brief, statement: Statement) -> str:
    """What `y` puts on the clipboard: who said it, what, and where it comes from."""
    speaker = brief.speaker(statement.speaker)
    who = one_line(speaker.name) if speaker else statement.speaker
    if speaker and speaker.role:
        who += f" ({one_line(speaker.role)})"
    words = one_line(statement.shown)
    said = f"“{words}”" if statement.kind is StatementKind.DIRECT else f"{words} (reported)"
    return f"{who}: {said} — {one_line(brief.title)}, {brief.date_text}"
