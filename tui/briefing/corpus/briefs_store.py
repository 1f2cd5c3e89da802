"""The briefs store: each brief file's content hash, and per hash its parsed data (for the
reader), the slice search needs, or the problems that stop it. Updated incrementally.

A file is hashed again whenever its size, mtime, ctime or inode changed, so an edit that
keeps size and mtime (ctime cannot be set back) is seen; a file changed within two seconds
of a scan is hashed again next time too (the "racy" case, as git does it). ``verify``
hashes every file whatever its stat says.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..bounded_read import NotReadable, read_regular_file
from ..errors import InputError, Problem
from . import row_tables as list_rows

# brief_yaml (and PyYAML) are imported where a brief is parsed: a search on a folder that
# did not change never needs them.
if TYPE_CHECKING:
    from ..model import Brief

SCHEMA = (
    """
CREATE TABLE files (
    name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
    inode INTEGER, sha256 TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE briefs (
    sha256 TEXT PRIMARY KEY,
    brief_id TEXT, title TEXT, date_ord INTEGER, date_text TEXT,
    problems TEXT   -- JSON [[message, line], ...] when the file is no brief
) WITHOUT ROWID;
-- Apart, so listing every brief never reads through their large columns.
CREATE TABLE payloads (
    sha256 TEXT PRIMARY KEY,
    data BLOB,      -- zlib(JSON) of the validated brief data, for the reader
    slice TEXT      -- JSON of what the search index reads
);
"""
    + list_rows.SCHEMA
)

_RACY_NS = 2_000_000_000


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One brief file as the store knows it."""

    name: str
    sha256: str
    brief_id: str | None
    title: str
    date_ord: int
    date_text: str
    #: Problems that stop this file, path-less: ``(message, line)``.
    problems: tuple[tuple[str, int | None], ...]


@dataclass(slots=True)
class SyncReport:
    #: Contents read and parsed this time (new or changed).
    fresh: set[str]
    #: Hash of every (file name, content hash): equal means nothing changed.
    state: str = ""


def _is_brief_name(name: str) -> bool:
    return (
        name.endswith((".yaml", ".yml"))
        and not name.startswith(".")
        and not name.endswith((".new.yaml", ".new.yml"))
    )


def brief_names(folder: Path) -> list[str]:
    """The names of the files ``store.brief_files`` lists (a test keeps the two alike),
    without making a Path of each."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [name for name in names if _is_brief_name(name)]


#: A file's (size, mtime_ns, ctime_ns, inode); None when it cannot be stat'ed.
Stamp = tuple[int, int, int, int]


@dataclass(slots=True)
class _Scan:
    """One pass over the folder: every brief file's name and stamp, in directory order."""

    names: list[str]
    #: (size, mtime_ns, ctime_ns, inode) of each name in turn; -1s when it cannot be stat'ed.
    numbers: array[int]
    #: sha256 of every (name, stamp), in directory order: equal to the one recorded at the
    #: last settled sync means no file was added, removed or written since.
    digest: str

    def stamps(self) -> dict[str, Stamp | None]:
        found: dict[str, Stamp | None] = {}
        numbers = self.numbers
        for at, name in enumerate(self.names):
            stamp = (numbers[4 * at], numbers[4 * at + 1], numbers[4 * at + 2], numbers[4 * at + 3])
            found[name] = None if stamp[0] < 0 else stamp
        return found


def _scan(folder: Path) -> _Scan:
    numbers = array("q")
    # Names, then each stat relative to the open folder: at 100,000 briefs, building
    # paths (let alone Path objects) cost as much as the stats themselves.
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return _Scan([], numbers, "")
    try:
        names = [name for name in os.listdir(handle) if _is_brief_name(name)]
        stat = os.stat
        extend = numbers.extend
        for name in names:
            try:
                info = stat(name, dir_fd=handle)
            except OSError:
                extend((-1, -1, -1, -1))
                continue
            extend((info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino & _INODE_BITS))
    except OSError:
        return _Scan([], array("q"), "")
    finally:
        os.close(handle)
    digest = hashlib.sha256("/".join(names).encode("utf-8", "surrogateescape"))
    digest.update(numbers.tobytes())
    return _Scan(names, numbers, digest.hexdigest())


_INODE_BITS = 2**63 - 1


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _read(path: Path) -> tuple[bytes | None, str | None]:
    """The file's bytes, or why they cannot be read."""
    # The loader's own bounded read: never blocks on a FIFO, caps the size while reading.
    try:
        from ..brief_yaml import MAX_BRIEF_BYTES

        return read_regular_file(path, MAX_BRIEF_BYTES, "brief"), None
    except NotReadable as exc:
        return None, str(exc)


def parse_bytes(raw: bytes, path: Path) -> tuple[Brief, Any]:
    """The brief in ``raw`` (the bytes that were hashed), as ``read_brief_and_data``."""
    from ..brief_yaml import parse_brief_bytes

    return parse_brief_bytes(raw, path)


def _slice_of(brief: Brief) -> str:
    speakers = [[s.id, s.name, list(s.aliases), s.role] for s in brief.speakers]
    statements = [[s.id, s.speaker, s.kind.value, s.text] for s in brief.statements]
    return json.dumps([speakers, statements], ensure_ascii=False)


def _row_for(
    sha: str, raw: bytes | None, error: str | None, path: Path
) -> tuple[tuple[Any, ...], tuple[Any, ...] | None, tuple[Any, ...] | None]:
    """The briefs row for content ``sha`` (parsed, or its problems), its payload and its
    list row."""
    try:
        if raw is None:
            raise InputError.single(path, error or "cannot read brief")
        brief, data = parse_bytes(raw, path)
    except InputError as exc:
        problems = [[p.message, p.line] for p in exc.problems]
        return (sha, None, "", -1, "", json.dumps(problems)), None, None
    except Exception as exc:  # one file's surprise never stops the rest
        from ..store import unexpected_problem

        problem = unexpected_problem(path, exc)
        return (sha, None, "", -1, "", json.dumps([[problem.message, problem.line]])), None, None
    encoded = json.dumps(data, ensure_ascii=False, default=str).encode()
    header = (
        sha,
        brief.id,
        brief.title,
        brief.date.toordinal() if brief.date else -1,
        brief.date_text,
        None,
    )
    payload = (sha, zlib.compress(encoded, 1), _slice_of(brief))
    return header, payload, list_rows.stored_row(sha, brief, len(encoded))


def sync(connection: sqlite3.Connection, folder: Path, *, verify: bool = False) -> SyncReport:
    """Bring the store up to date with ``folder``'s brief files.

    Reads first and writes only if something changed, so a store that is current is never
    locked for writing (and works read-only). When the folder's names and stamps are those
    of the last settled sync, nothing else is read. Otherwise new or changed files are
    read, parsed and written a batch at a time, each batch one transaction: memory stays
    bounded however many briefs arrive, and every file row always matches the content it
    names."""
    started = time.time_ns()
    scan = _scan(folder)
    meta = dict(
        connection.execute("SELECT key, value FROM meta WHERE key IN ('scan', 'scan_state')")
    )
    if not verify and meta.get("scan") == scan.digest and meta.get("scan_state"):
        return SyncReport(set(), meta["scan_state"])
    rows = connection.execute("SELECT name, size, mtime_ns, ctime_ns, inode, sha256 FROM files")
    # (name, size, mtime, ctime, inode, sha): made in C, sliced only when compared.
    known = {row[0]: row for row in rows}
    sha_by_name: dict[str, str] = {}
    todo: list[tuple[Path, Stamp | None]] = []
    stamps = scan.stamps()
    for name in sorted(stamps):
        stamp = stamps[name]
        before = known.get(name)
        if stamp is not None and before is not None and before[1:5] == stamp and not verify:
            sha_by_name[name] = before[5]
        else:
            todo.append((folder / name, stamp))
    fresh: set[str] = set()
    settled = True
    for start in range(0, len(todo), _BATCH):
        batch = todo[start : start + _BATCH]
        found, batch_settled = _update(connection, batch, known, sha_by_name, started)
        fresh.update(found)
        settled = settled and batch_settled
    gone = set(known).difference(sha_by_name)
    if gone:
        _write(connection, [], [], ([], []), gone, cleanup=True)
    digest = hashlib.sha256()
    for name in sorted(sha_by_name):
        digest.update(f"{name}\0{sha_by_name[name]}\n".encode())
    state = digest.hexdigest()
    if settled and meta.get("scan") != scan.digest:
        # Every file was stat'ed, then read if its stamp was new, and none was written
        # within _RACY_NS of the scan: this scan stands for exactly these contents.
        with contextlib.suppress(sqlite3.OperationalError):  # read-only or busy: next time
            connection.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                (("scan", scan.digest), ("scan_state", state)),
            )
    return SyncReport(fresh, state)


#: Files read and parsed per transaction: about 20 MB of YAML and what it becomes.
_BATCH = 500


def _update(
    connection: sqlite3.Connection,
    batch: list[tuple[Path, Stamp | None]],
    known: dict[str, tuple[Any, ...]],
    sha_by_name: dict[str, str],
    started: int,
) -> tuple[set[str], bool]:
    """Hash ``batch``, parse the contents the store lacks, write them: the parsed hashes,
    and whether every file of the batch was settled (stat'ed, not written just now)."""
    file_rows: list[tuple[Any, ...]] = []
    new_contents: dict[str, tuple[bytes | None, str | None, Path]] = {}
    replaced = False  # a file now holds other content: the old one may be orphaned
    settled = True
    for path, stamp in batch:
        row = known.get(path.name)
        before = row[1:] if row is not None else None
        raw, error = _read(path)
        sha = _digest(raw) if raw is not None else _digest(f"unreadable\0{error}".encode())
        sha_by_name[path.name] = sha
        racy = stamp is not None and max(stamp[1], stamp[2]) >= started - _RACY_NS
        if stamp is None or racy:
            stamp = (-1, -1, -1, -1)  # hash it again next time
            settled = False
        if before is None or tuple(before[:4]) != stamp or before[4] != sha:
            file_rows.append((path.name, *stamp, sha))
        if before is None or before[4] != sha:
            new_contents[sha] = (raw, error, path)
            replaced = replaced or before is not None
    have = _existing(connection, new_contents)
    rows = [_row_for(sha, *content) for sha, content in new_contents.items() if sha not in have]
    brief_rows = [header for header, _, _ in rows]
    payload_rows = [payload for _, payload, _ in rows if payload is not None]
    row_rows = [row for _, _, row in rows if row is not None]
    if file_rows or brief_rows:
        _write(connection, file_rows, brief_rows, (payload_rows, row_rows), set(), cleanup=replaced)
    return {row[0] for row in brief_rows}, settled


def _write(
    connection: sqlite3.Connection,
    file_rows: list[tuple[Any, ...]],
    brief_rows: list[tuple[Any, ...]],
    contents: tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]],
    gone: set[str],
    *,
    cleanup: bool,
) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.executemany("DELETE FROM files WHERE name = ?", ((n,) for n in gone))
        connection.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?)", file_rows)
        connection.executemany("INSERT OR REPLACE INTO briefs VALUES (?,?,?,?,?,?)", brief_rows)
        payload_rows, row_rows = contents
        connection.executemany("INSERT OR REPLACE INTO payloads VALUES (?,?,?)", payload_rows)
        connection.executemany(
            "INSERT OR REPLACE INTO list_rows VALUES (?,?,?,?,?,?,?,?)", row_rows
        )
        if cleanup:
            # Contents no file holds any more.
            for table in ("briefs", "payloads", "list_rows"):
                connection.execute(
                    f"DELETE FROM {table} WHERE sha256 NOT IN (SELECT sha256 FROM files)"  # noqa: S608
                )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _existing(connection: sqlite3.Connection, contents: dict[str, Any]) -> set[str]:
    """The contents the store holds already (a renamed or copied file)."""
    found: set[str] = set()
    shas = list(contents)
    for start in range(0, len(shas), 500):
        chunk = shas[start : start + 500]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT sha256 FROM briefs WHERE sha256 IN ({marks})"  # noqa: S608
        found.update(row[0] for row in connection.execute(query, chunk))
    return found


def entries(connection: sqlite3.Connection) -> Iterator[FileEntry]:
    """Every file, by name, with what its content is."""
    rows = connection.execute(
        "SELECT f.name, f.sha256, b.brief_id, b.title, b.date_ord, b.date_text, b.problems "
        "FROM files f JOIN briefs b ON b.sha256 = f.sha256 ORDER BY f.name"
    )
    for name, sha, brief_id, title, date_ord, date_text, problems in rows:
        found = tuple((m, line) for m, line in json.loads(problems)) if problems else ()
        yield FileEntry(name, sha, brief_id, title or "", date_ord, date_text or "", found)


def problems_of(folder: Path, entry: FileEntry) -> list[Problem]:
    return [Problem(str(folder / entry.name), message, line) for message, line in entry.problems]


def load_brief(connection: sqlite3.Connection, folder: Path, entry: FileEntry) -> Brief:
    """The full brief of ``entry``, validated again as if read from YAML."""
    row = connection.execute("SELECT data FROM payloads WHERE sha256 = ?", (entry.sha256,))
    found = row.fetchone()
    if found is None or found[0] is None:
        raise InputError(problems_of(folder, entry) or [Problem(str(folder), "not in store")])
    from ..brief_yaml import brief_from_data

    data = json.loads(zlib.decompress(found[0]))
    return brief_from_data(data, str(folder / entry.name))


def slices(connection: sqlite3.Connection, shas: list[str]) -> Iterator[str]:
    """The search slices of ``shas``, in that order."""
    for sha in shas:
        row = connection.execute("SELECT slice FROM payloads WHERE sha256 = ?", (sha,)).fetchone()
        yield row[0]
