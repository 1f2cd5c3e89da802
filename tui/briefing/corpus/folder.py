"""The corpus of a briefs folder, kept in a persistent store beside the user's cache.

``open_corpus(folder)`` brings the store up to date with the folder (only new or changed
briefs are parsed) and gives what the commands and the reader need:

- ``corpus.entries``: every brief file, by name, with its brief's id, title and date (or
  its problems), without parsing any brief (empty when read from YAML: use ``load_all``);
- ``corpus.briefs_newest_first()``: the usable entries in the reader's order (newest
  first, then by id; a duplicate id keeps the first file by name);
- ``corpus.list_rows()``: every brief file with the brief list's row of it (``rows``);
- ``corpus.brief(entry)``: one full ``Brief``, validated as if read from its YAML;
- ``corpus.search_index()``: a ``SearchIndex`` over the store, giving the same hits as
  one built in memory from the same briefs;
- ``corpus.problems`` and ``corpus.notice`` (one line, when the store was rebuilt or
  could not be used).

The YAML files stay the source of truth. When the store cannot be used (the cache is off,
read-only and stale, locked by a writer, a symlink or a folder), the corpus is read from
the YAML files instead, with the same API, and ``notice`` says so.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, Problem
from ..search import SearchIndex
from . import briefs_store, database, index_store
from .briefs_store import FileEntry
from .location import StoreUnusable, store_paths
from .row_tables import load_snapshot, read_rows, save_snapshot
from .rows import BriefRow

if TYPE_CHECKING:
    from ..model import Brief

__all__ = ["Corpus", "FileEntry", "open_corpus"]


@dataclass
class Corpus:
    folder: Path
    problems: list[Problem] = field(default_factory=list)
    #: One line for the user when the store was rebuilt or bypassed, else "".
    notice: str = ""
    #: Briefs parsed from YAML this time (new or changed; all of them without a store).
    parsed: int = 0
    #: Content hashes parsed this time.
    fresh: set[str] = field(default_factory=set)
    _connection: sqlite3.Connection | None = None
    _index_path: Path | None = None
    _state: str = ""
    #: Without a store: the briefs read from YAML, newest first.
    _loaded: list[Brief] | None = None
    _index_connection: sqlite3.Connection | None = None
    _entries: list[FileEntry] | None = None

    @property
    def stored(self) -> bool:
        return self._connection is not None

    @property
    def entries(self) -> list[FileEntry]:
        """Every brief file by name, with its brief's id, title and date or its problems
        (read from the store on first use; empty without a store)."""
        if self._entries is None:
            connection = self._connection
            self._entries = [] if connection is None else list(briefs_store.entries(connection))
        return self._entries

    def list_rows(self) -> list[tuple[str, BriefRow | None]]:
        """Every brief file by name with the brief list's row of it, or None for a file
        that is no brief (parsing nothing; empty without a store)."""
        connection = self._connection
        return [] if connection is None else list(read_rows(connection))

    @property
    def state(self) -> str:
        """A hash of every (file name, content hash): equal means the same briefs."""
        return self._state

    def saved_list(self) -> tuple[list[BriefRow], list[Problem]] | None:
        """The reader's list as saved for this state of the folder (``save_list``)."""
        connection = self._connection
        return None if connection is None else load_snapshot(connection, self._state)

    def save_list(self, rows: list[BriefRow], problems: list[Problem]) -> None:
        if self._connection is not None:
            save_snapshot(self._connection, self._state, rows, problems)

    def briefs_newest_first(self) -> list[FileEntry]:
        """The usable briefs in reading order; duplicate ids are in ``problems``."""
        chosen: dict[str, FileEntry] = {}
        for entry in self.entries:
            if entry.brief_id is not None and entry.brief_id not in chosen:
                chosen[entry.brief_id] = entry
        ordered = sorted(chosen.values(), key=lambda e: e.brief_id or "")
        ordered.sort(key=lambda e: e.date_ord, reverse=True)
        return ordered

    def brief(self, entry: FileEntry) -> Brief:
        """The full brief of ``entry``; InputError if it no longer loads."""
        if self._connection is None:
            for brief in self._loaded or []:
                if brief.id == entry.brief_id:
                    return brief
            raise InputError.single(self.folder / entry.name, "no such brief")
        return briefs_store.load_brief(self._connection, self.folder, entry)

    def search_index(self) -> SearchIndex:
        """The search index of the corpus: built once per state of the folder and kept."""
        if self._connection is None or self._index_path is None:
            return SearchIndex(self._loaded or [])
        try:
            return self._stored_index()
        except (StoreUnusable, database.StoreInvalid, sqlite3.Error, OSError) as exc:
            self.notice = _notice(str(exc))
            return SearchIndex(self.load_all())

    def load_all(self) -> list[Brief]:
        """Every usable brief, newest first (what ``store.load_briefs`` gives)."""
        if self._loaded is not None:
            return self._loaded
        return [self.brief(entry) for entry in self.briefs_newest_first()]

    def _stored_index(self) -> SearchIndex:
        assert self._connection is not None and self._index_path is not None
        path = self._index_path
        folder = str(self.folder.resolve())
        if database.inspect(path):
            connection = database.connect(path, writable=False, immutable=True)
            try:
                database.check(connection, path, folder)
                row = connection.execute("SELECT value FROM meta WHERE key='state'").fetchone()
                if row is not None and row[0] == self._state:
                    self._index_connection = connection
                    return index_store.read_index(connection)
            except database.StoreInvalid:
                pass  # rebuilt below
            connection.close()
        self._build_index(path, folder)
        connection = database.connect(path, writable=False, immutable=True)
        self._index_connection = connection
        return index_store.read_index(connection)

    def _build_index(self, path: Path, folder: str) -> None:
        assert self._connection is not None
        connection = database.create(path, index_store.SCHEMA, folder)
        try:
            chosen = self.briefs_newest_first()
            stored = briefs_store.slices(self._connection, [e.sha256 for e in chosen])
            slices = (
                index_store.slice_of(e.brief_id or "", e.title, e.date_text, s)
                for e, s in zip(chosen, stored, strict=True)
            )
            # One snapshot of the briefs store (WAL): a writer committing meanwhile is not
            # half seen. A newer state than recorded only means a rebuild next time.
            self._connection.execute("BEGIN")
            connection.execute("BEGIN")
            index_store.write_index(connection, slices)
            connection.execute("INSERT INTO meta VALUES ('state', ?)", (self._state,))
            connection.execute("COMMIT")
            self._connection.execute("COMMIT")
        except BaseException:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            connection.close()
            database.remove_own(path.with_name(f".{path.name}.{os.getpid()}.tmp"))
            raise
        database.install(connection, path, wal=False)

    def close(self) -> None:
        for connection in (self._connection, self._index_connection):
            if connection is not None:
                connection.close()
        self._connection = self._index_connection = None


def _notice(reason: str) -> str:
    return f"briefing: corpus store not used ({reason}); reading the YAML files (slower)"


def open_corpus(folder: Path, *, root: Path | None = None, verify: bool = False) -> Corpus:
    """The corpus of ``folder``, its store brought up to date (``verify``: hash every file
    whatever its stat says). Never raises for a bad store: it falls back to the YAML."""
    corpus = Corpus(folder)
    if not folder.is_dir():
        message = "no such folder" if not folder.exists() else "not a folder"
        corpus.problems.append(Problem(str(folder), message))
        corpus._loaded = []
        return corpus
    try:
        _open_store(corpus, root, verify)
    except (StoreUnusable, sqlite3.Error, OSError) as exc:
        if corpus._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                corpus._connection.close()
            corpus._connection = None
        _from_yaml(corpus, str(exc))
    return corpus


def _open_store(corpus: Corpus, root: Path | None, verify: bool) -> None:
    briefs_path, corpus._index_path = store_paths(corpus.folder, root)
    folder = str(corpus.folder.resolve())
    connection = _open_briefs_store(corpus, briefs_path, folder)
    corpus._connection = connection
    try:
        report = briefs_store.sync(connection, corpus.folder, verify=verify)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreUnusable("another briefing is updating it") from None
        if "readonly" in str(exc):
            raise StoreUnusable(f"{briefs_path} is read-only and out of date") from None
        if not _writable(briefs_path):
            raise
        report = _sync_rebuilt(corpus, briefs_path, folder, verify, exc)
    except sqlite3.DatabaseError as exc:
        report = _sync_rebuilt(corpus, briefs_path, folder, verify, exc)
    corpus.parsed = len(report.fresh)
    corpus.fresh = report.fresh
    corpus._state = report.state
    corpus.problems = _problems(corpus, connection)


def _problems(corpus: Corpus, connection: sqlite3.Connection) -> list[Problem]:
    """The bad files and duplicate ids: kept in the store per state of the folder, so a
    query on an unchanged folder does not list every brief to find them."""
    meta = dict(
        connection.execute("SELECT key, value FROM meta WHERE key IN ('problems', 'problems_of')")
    )
    if meta.get("problems_of") == corpus._state:
        return [
            Problem(path, message, line) for path, message, line in json.loads(meta["problems"])
        ]
    found = _find_problems(corpus)
    rows = [
        ("problems", json.dumps([[p.path, p.message, p.line] for p in found])),
        ("problems_of", corpus._state),
    ]
    with contextlib.suppress(sqlite3.Error):  # read-only or busy: found again next time
        connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", rows)
    return found


def _find_problems(corpus: Corpus) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, FileEntry] = {}
    for entry in corpus.entries:
        problems.extend(briefs_store.problems_of(corpus.folder, entry))
        if entry.brief_id is None:
            continue
        if entry.brief_id in seen:
            first = corpus.folder / seen[entry.brief_id].name
            problems.append(
                Problem(
                    str(corpus.folder / entry.name),
                    f"brief id {entry.brief_id!r} is already used by {first}",
                )
            )
        else:
            seen[entry.brief_id] = entry
    return problems


def _sync_rebuilt(
    corpus: Corpus, path: Path, folder: str, verify: bool, error: sqlite3.Error
) -> briefs_store.SyncReport:
    """Damaged past what opening it showed: start again from the YAML files."""
    if corpus._connection is not None:
        corpus._connection.close()
    corpus._connection = None
    corpus._connection = _rebuild(corpus, path, folder, f"damaged: {error}")
    return briefs_store.sync(corpus._connection, corpus.folder, verify=verify)


def _open_briefs_store(corpus: Corpus, path: Path, folder: str) -> sqlite3.Connection:
    try:
        exists = database.inspect(path)
    except database.StoreInvalid as exc:
        return _rebuild(corpus, path, folder, str(exc))
    if not exists:
        return _rebuild(corpus, path, folder, "")
    writable = _writable(path)
    connection = database.connect(path, writable=writable)
    try:
        database.check(connection, path, folder)
    except database.StoreInvalid as exc:
        connection.close()
        if not writable:
            raise StoreUnusable(f"{exc}, and read-only") from None
        return _rebuild(corpus, path, folder, str(exc))
    return connection


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _rebuild(corpus: Corpus, path: Path, folder: str, reason: str) -> sqlite3.Connection:
    """A new empty briefs store at ``path`` (filled by the sync that follows)."""
    if reason:
        corpus.notice = f"briefing: corpus store rebuilt ({reason})"
    connection = database.create(path, briefs_store.SCHEMA, folder)
    database.install(connection, path, wal=True)
    connection = database.connect(path, writable=True)
    database.check(connection, path, folder)
    return connection


def _from_yaml(corpus: Corpus, reason: str) -> None:
    from ..store import load_briefs

    corpus.notice = _notice(reason)
    loaded = load_briefs(corpus.folder)
    corpus._loaded = loaded.briefs
    corpus.problems = loaded.problems
    corpus.parsed = len(loaded.briefs)
    corpus._entries = []
