"""The brief list's tables in the corpus store: each brief's row by content, and the whole
list kept for one state of the folder."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from array import array
from collections.abc import Iterator
from functools import partial
from typing import Any

from ..collector import collector_paused
from ..errors import Problem
from ..model import Brief
from .rows import BriefRow, row_of

# Its own table, keyed by content like the rest of the store (cleaned up with them).
SCHEMA = """
CREATE TABLE list_rows (
    sha256 TEXT PRIMARY KEY,
    site TEXT, statements INTEGER, speakers INTEGER, contradictions INTEGER,
    haystack TEXT,  -- what the list filter looks in, case-folded
    size INTEGER,   -- bytes of the stored brief: large ones are parsed off the UI thread
    weak_contradictions INTEGER  -- hidden by the reader until asked
) WITHOUT ROWID;
-- The reader's whole list for one state of the folder, a column per part: an unchanged
-- folder of 100,000 briefs is listed from a few blobs instead of 100,000 joined rows.
CREATE TABLE list_snapshot (part TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
"""


def stored_row(sha256: str, brief: Brief, size: int) -> tuple[Any, ...]:
    """The ``list_rows`` row of content ``sha256``."""
    row = row_of(brief)
    return (
        sha256,
        row.site,
        row.statements,
        row.speakers,
        row.contradictions,
        row.haystack,
        size,
        row.weak_contradictions,
    )


def read_rows(connection: sqlite3.Connection) -> Iterator[tuple[str, BriefRow | None]]:
    """Every brief file by name with its row, or None for a file that is no brief."""
    found = connection.execute(
        "SELECT f.name, f.sha256, b.brief_id, b.title, b.date_ord, b.date_text, "
        "r.site, r.statements, r.speakers, r.contradictions, r.haystack, r.size, "
        "r.weak_contradictions "
        "FROM files f JOIN briefs b ON b.sha256 = f.sha256 "
        "LEFT JOIN list_rows r ON r.sha256 = f.sha256 ORDER BY f.name"
    )
    for name, sha, brief_id, title, date_ord, date_text, *rest in found:
        if brief_id is None or rest[0] is None:
            yield name, None
            continue
        site, statements, speakers, contradictions, text, size, weak = rest
        yield (
            name,
            BriefRow(
                brief_id,
                title or "",
                date_text or "",
                date_ord,
                site,
                statements,
                speakers,
                contradictions,
                text,
                sha,
                name,
                size,
                weak,
            ),
        )


_TEXTS = ("id", "title", "date_text", "site", "haystack", "sha256", "name")
_NUMBERS = ("date_ord", "statements", "speakers", "contradictions", "size", "weak_contradictions")
#: Rows per saved piece of a column: decoding one holds the interpreter (and so the UI
#: thread, while the list loads in a worker) for a few milliseconds, never 100.
_CHUNK = 4096


def save_snapshot(
    connection: sqlite3.Connection, state: str, rows: list[BriefRow], problems: list[Problem]
) -> None:
    """Keep the reader's list (rows in order, and the problems) for ``state``."""
    parts: list[tuple[str, bytes]] = [("state", state.encode())]
    parts.append(("problems", json.dumps([[p.path, p.message, p.line] for p in problems]).encode()))
    parts.append(("count", str(len(rows)).encode()))
    for name in _TEXTS:
        column = [getattr(row, name) for row in rows]
        for at in range(0, len(column), _CHUNK):
            piece = json.dumps(column[at : at + _CHUNK], ensure_ascii=False)
            parts.append((f"{name}.{at // _CHUNK}", piece.encode()))
    for name in _NUMBERS:
        parts.append((name, array("q", [getattr(row, name) for row in rows]).tobytes()))
    with contextlib.suppress(sqlite3.Error):  # read-only or busy: made again next time
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("DELETE FROM list_snapshot")
            connection.executemany("INSERT INTO list_snapshot VALUES (?, ?)", parts)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


def load_snapshot(
    connection: sqlite3.Connection, state: str
) -> tuple[list[BriefRow], list[Problem]] | None:
    """The list kept for ``state``, or None (another state, or not usable)."""
    # A million strings and 100,000 rows, none cyclic: with the collector running, its
    # passes over them took as long as the decoding (0.2 of 0.4 s at 100,000 briefs).
    with collector_paused(keep=True):
        return _load_snapshot(connection, state)


def _load_snapshot(
    connection: sqlite3.Connection, state: str
) -> tuple[list[BriefRow], list[Problem]] | None:
    try:
        parts = dict(connection.execute("SELECT part, value FROM list_snapshot"))
        if parts.get("state") != state.encode():
            return None
        count = int(parts["count"])
        columns: dict[str, list[Any]] = {}
        for name in _TEXTS:
            column: list[Any] = []
            for piece in range((count + _CHUNK - 1) // _CHUNK):
                column.extend(json.loads(parts[f"{name}.{piece}"]))
            columns[name] = column
        for name in _NUMBERS:
            numbers = array("q")
            numbers.frombytes(parts[name])
            columns[name] = numbers.tolist()
        problems = [
            Problem(path, message, line) for path, message, line in json.loads(parts["problems"])
        ]
    except (sqlite3.Error, KeyError, ValueError, TypeError):
        return None
    if any(len(column) != count for column in columns.values()):
        return None
    # tuple.__new__ straight from C (_make is a Python call per row), a piece at a time:
    # one C loop over all 100,000 rows never lets the UI thread in, a 50 ms stall.
    make_row = partial(tuple.__new__, BriefRow)
    ordered = [columns[f] for f in BriefRow._fields]
    rows: list[BriefRow] = []
    for at in range(0, count, _CHUNK):
        rows.extend(map(make_row, zip(*(c[at : at + _CHUNK] for c in ordered), strict=True)))
    return rows, problems
