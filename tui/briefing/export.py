"""A brief as a Markdown document: faithful to the brief, safe to open anywhere.

Shared by ``briefing export`` and the app's export dialog; imports no Textual.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterable
from pathlib import Path

from .atomic import atomic_write_text
from .disputes.view import dispute_lines, hide_weak
from .model import Brief, Speaker, Statement, StatementKind
from .safe_text import one_line

#: Characters that mean something inline in CommonMark or in the GFM extensions renderers
#: turn on (tables, strikethrough, math, entities). A backslash before any ASCII punctuation
#: is always a literal in CommonMark, so escaping a few too many is harmless.
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>#|~&$])")
#: What makes a line into a list item, a setext underline or a thematic break when it starts
#: the line; ``#`` and ``>`` are already escaped everywhere.
_LINE_START_SPECIAL = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")

_FILE_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_MAX_FILE_STEM = 120


class ExportError(Exception):
    """An export that cannot be done; the message is one line a person can act on."""


# ---------------------------------------------------------------------------- text


def md_text(text: str) -> str:
    """Article text as Markdown that renders exactly as the words, on one line.

    Control characters and terminal escapes go, line breaks fold into spaces (a table cell
    or a block quote line cannot hold one), and every character with Markdown meaning is
    backslash-escaped.
    """
    escaped = _INLINE_SPECIALS.sub(r"\\\1", one_line(text))
    return _LINE_START_SPECIAL.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def _cell(text: str) -> str:
    # An empty cell is valid, but a dash reads as "none" rather than "missing".
    return md_text(text) or "—"


_AUTOLINK = re.compile(r"https?://[^\s<>\\`]+", re.IGNORECASE)


def _source_cell(brief: Brief) -> str:
    """A page's URL as a link (text that cannot be one is escaped), else the seed's name."""
    url = one_line(brief.source.url)
    if _AUTOLINK.fullmatch(url):
        return f"<{url}>"
    return _cell(url or brief.source.file)


# ---------------------------------------------------------------------------- document


def brief_to_markdown(brief: Brief, *, weak_disputes: bool = False) -> str:
    """The whole brief as one CommonMark (+ GFM table) document, ending in a newline.

    Disputes resting on weak evidence (``Contradiction.weak``: right about 1 time in 19 on
    unseen news) are left out, with one line saying how many, unless ``weak_disputes``.
    """
    shown, weak = hide_weak(brief, weak_disputes)
    left_out = 0 if weak_disputes else weak
    brief = shown
    blocks: list[str] = [f"# {md_text(brief.title) or md_text(brief.id)}"]
    blocks.append(f"**Date:** {brief.date_text} · **Source:** {_source_cell(brief)}")
    blocks.extend(_summary(brief))
    blocks.extend(_speakers_table(brief))
    blocks.extend(_statements(brief))
    blocks.extend(_contradictions(brief, left_out))
    blocks.append("---")
    blocks.append(f"Source file: {_cell(brief.source.file)} · sha256: {_cell(brief.source.sha256)}")
    return "\n\n".join(blocks) + "\n"


def _summary(brief: Brief) -> list[str]:
    sentences = " ".join(md_text(s.text) for s in brief.summary).strip()
    # The disagreement leads, as in the reader's Summary pane.
    disputed = [f"**Disputed:** {md_text(line)}" for line in dispute_lines(brief)]
    return ["## Summary", *disputed, sentences or "No summary."]


def _speakers_table(brief: Brief) -> list[str]:
    if not brief.speakers:
        return ["## Speakers", "No speakers."]
    rows = ["| Speaker | Role | Kind | Statements |", "| --- | --- | --- | ---: |"]
    for speaker in brief.speakers:
        count = len(brief.statements_by(speaker.id))
        rows.append(
            f"| {_cell(speaker.name)} | {_cell(speaker.role)} | {_cell(speaker.kind.value)} "
            f"| {count} |"
        )
    return ["## Speakers", "\n".join(rows)]


def _in_article_order(statements: Iterable[Statement]) -> list[Statement]:
    return sorted(statements, key=lambda s: s.start if s.spans else 0)


def statements_by_speaker(brief: Brief) -> list[tuple[str, list[Statement]]]:
    """(speaker name, statements) in the order of ``brief.speakers``, as the app shows them.

    Statements naming a speaker the brief does not list (possible only in a brief built by
    hand in code) come last under the speaker id rather than being dropped.
    """
    groups: list[tuple[str, list[Statement]]] = []
    for speaker in brief.speakers:
        said = _in_article_order(brief.statements_by(speaker.id))
        if said:
            groups.append((speaker.name or speaker.id, said))
    known = {s.id for s in brief.speakers}
    orphans: dict[str, list[Statement]] = {}
    for statement in brief.statements:
        if statement.speaker not in known:
            orphans.setdefault(statement.speaker, []).append(statement)
    groups.extend((sid, _in_article_order(said)) for sid, said in orphans.items())
    return groups


def _statements(brief: Brief) -> list[str]:
    groups = statements_by_speaker(brief)
    if not groups:
        return ["## Statements", "No statements."]
    blocks = ["## Statements"]
    for name, said in groups:
        blocks.append(f"### {md_text(name) or '—'}")
        blocks.extend(_statement_block(s) for s in said)
    return blocks


def _cue_note(statement: Statement) -> str:
    return f" (cue: {md_text(statement.cue.text)})" if statement.cue else ""


def _statement_block(statement: Statement) -> str:
    if statement.kind is StatementKind.DIRECT:
        return f"> {md_text(statement.shown) or '—'}\n>\n> — **Quoted**{_cue_note(statement)}"
    return f"**Reported**{_cue_note(statement)}: {md_text(statement.shown) or '—'}"


def weak_left_out_line(count: int) -> str:
    """The line that says weak disputes were left out of an export, and why. How to include
    them is the exporter's to say (the command line's flag, the reader's `w`): the document
    is read by people who never ran either."""
    disputes = f"{count} weak dispute{'s' if count != 1 else ''}"
    return f"{disputes} left out: opposite words or differing figures alone, too thin to trust."


def _contradictions(brief: Brief, weak_left_out: int = 0) -> list[str]:
    note = [md_text(weak_left_out_line(weak_left_out))] if weak_left_out else []
    if not brief.contradictions:
        if note:
            return ["## Contradictions", "No contradictions found apart from weak ones.", *note]
        return ["## Contradictions", "No contradictions found."]
    blocks = ["## Contradictions", *note]
    for contradiction in brief.contradictions:
        heading = md_text(contradiction.topic) or md_text(contradiction.id)
        weak = " (weak evidence: check the source)" if contradiction.weak else ""
        blocks.append(f"### {heading}{weak}")
        items = [f"- **Side A:** {_side_entry(brief, sid)}" for sid in contradiction.a]
        items += [f"- **Side B:** {_side_entry(brief, sid)}" for sid in contradiction.b]
        # No confidence: its buckets on real news are too small to back a number a reader
        # would take for a probability (the brief keeps it; the reader hides it too).
        items.append(f"- **Reason:** {_cell(contradiction.reason)}")
        blocks.append("\n".join(items))
    return blocks


def _side_entry(brief: Brief, statement_id: str) -> str:
    statement = brief.statement(statement_id)
    if statement is None:
        return f"statement {md_text(statement_id)} (not in this brief)"
    speaker: Speaker | None = brief.speaker(statement.speaker)
    who = md_text(speaker.name) if speaker else md_text(statement.speaker)
    words = md_text(statement.shown)
    if statement.kind is StatementKind.DIRECT:
        return f"{who or '—'}: “{words}”"
    return f"{who or '—'} (reported): {words}"


# ---------------------------------------------------------------------------- files


def export_file_name(brief: Brief) -> str:
    """``<id>.md`` from the brief id reduced to letters, digits, ``-`` and ``_``.

    Ids are slugs when read from disk, but a brief made in code can hold anything; no
    separator, dot or control character survives, so the name cannot leave its folder.
    """
    stem = _FILE_NAME_UNSAFE.sub("-", brief.id).strip("-_")[:_MAX_FILE_STEM]
    return f"{stem or 'brief'}.md"


def export_path(folder: Path, brief: Brief) -> Path:
    """Where ``brief`` is exported in ``folder``; refuses a path that resolves outside it.

    The name alone cannot escape, but a symlink already in the folder can point anywhere.
    """
    base = folder.resolve()
    target = (base / export_file_name(brief)).resolve()
    if target.parent != base:
        raise ExportError(f"{folder / export_file_name(brief)} points outside {folder}")
    return target


def write_export(
    brief: Brief,
    path: Path,
    *,
    overwrite: bool = False,
    create_folders: bool = True,
    weak_disputes: bool = False,
) -> Path:
    """Write the brief's Markdown to ``path`` atomically: the old file or the new, never half.

    Refuses an existing file unless ``overwrite``, and a missing folder unless
    ``create_folders`` (the command line passes False: a mistyped ``-o`` must not leave new
    folders behind). Raises ExportError (already there, no folder) or OSError (permissions,
    disk full); ``describe_os_error`` words the latter for people.
    """
    if path.is_dir():
        raise ExportError(f"{path} is a folder, not a file")
    if not create_folders:
        require_folder(path.parent, f"cannot write {path}")
    # Checked before writing rather than atomically: one person exporting, not a race.
    if not overwrite and path.exists():
        raise ExportError(f"{path} already exists")
    atomic_write_text(path, brief_to_markdown(brief, weak_disputes=weak_disputes))
    return path


def require_folder(folder: Path, doing: str) -> None:
    """Raise ExportError, worded as ``<doing>: …``, unless ``folder`` is an existing folder."""
    if folder.is_dir():
        return
    if folder.exists():
        raise ExportError(f"{doing}: {folder} is a file, not a folder")
    raise ExportError(f"{doing}: the folder {folder} does not exist")


def describe_os_error(exc: OSError, path: Path) -> str:
    """One line for a failed write, naming the file and the reason in plain words."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "permission denied (is the folder read-only?)",
        errno.EPERM: "permission denied (is the folder read-only?)",
        errno.EROFS: "the file system is read-only",
        errno.ENOTDIR: "a part of the path is a file, not a folder",
    }
    reason = reasons.get(exc.errno or 0) or exc.strerror or str(exc)
    return f"cannot write {path}: {reason}"
