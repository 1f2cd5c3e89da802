"""Opening a store file: SQLite, checked before it is trusted.

Why SQLite: it is in the standard library (no dependency), one file per store, atomic
transactions, and in WAL mode readers never wait for a writer nor see half of its work.
A store is used only if it is a regular file (not a symlink, folder or device), starts like
a database, carries this program's application id, schema version and folder; anything else
is rebuilt (a file of ours) or bypassed (anything else), with one notice.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from .. import __version__
from .location import StoreUnusable

#: PRAGMA application_id of every store: "brf1".
APPLICATION_ID = 0x62726631
#: Bump when a table changes: older stores are then rebuilt, never misread.
SCHEMA_VERSION = 4
_HEADER = b"SQLite format 3\x00"
#: How long a writer waits for another writer before giving up and reading the YAML.
BUSY_TIMEOUT_MS = 2_000


class StoreInvalid(Exception):
    """The file is ours but unusable (corrupt, another version or folder): rebuild it."""


def inspect(path: Path) -> bool:
    """True if ``path`` is a regular file that may be a store, False if missing.

    Raises StoreUnusable for what must not be touched (a symlink, a folder, a device) and
    StoreInvalid for a file that is no database (truncated, zeroed)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreUnusable(f"cannot read {path}: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        raise StoreUnusable(f"{path} is a symlink; not following it")
    if stat.S_ISDIR(info.st_mode):
        raise StoreUnusable(f"{path} is a folder, not a store")
    if not stat.S_ISREG(info.st_mode):
        raise StoreUnusable(f"{path} is not a regular file")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreUnusable(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(header) < 100 or not header.startswith(_HEADER):
        raise StoreInvalid(f"{path} is not a database (truncated or overwritten)")
    # SQLite reads missing pages as zeros: a cut file would look like an emptier store.
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    wal = path.with_name(path.name + "-wal")
    journaled = wal.exists() and wal.stat().st_size > 0
    if not journaled and info.st_size < (65536 if page_size == 1 else page_size) * pages:
        raise StoreInvalid(f"{path} is truncated")
    return True


def connect(path: Path, *, writable: bool, immutable: bool = False) -> sqlite3.Connection:
    """An autocommit connection (transactions are explicit). ``immutable``: a file that is
    only ever replaced whole, never changed in place (the search index store)."""
    mode = "rw" if writable else "ro&immutable=1" if immutable else "ro"
    try:
        connection = sqlite3.connect(
            f"file:{path}?mode={mode}",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise StoreUnusable(f"cannot open {path}: {exc}") from None
    return connection


def check(connection: sqlite3.Connection, path: Path, folder: str) -> None:
    """Raise StoreInvalid unless the open store is ours, this version, for ``folder``."""
    try:
        application = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if application != APPLICATION_ID:
            raise StoreInvalid(f"{path} is not a briefing store")
        if version != SCHEMA_VERSION:
            raise StoreInvalid(f"{path} is from another version of briefing")
        meta = dict(connection.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError as exc:
        raise StoreInvalid(f"{path} is damaged ({exc})") from None
    # Another release may validate briefs differently: what it stored is not reused.
    if meta.get("version") != __version__:
        raise StoreInvalid(f"{path} is from another version of briefing")
    if meta.get("folder") != folder:
        raise StoreInvalid(f"{path} belongs to another folder")


def create(path: Path, schema: str, folder: str) -> sqlite3.Connection:
    """A new empty store at a temporary name beside ``path``; ``install`` moves it in."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    remove_own(temporary)
    connection = sqlite3.connect(temporary, isolation_level=None)
    connection.executescript(
        f"PRAGMA application_id = {APPLICATION_ID};"
        f"PRAGMA user_version = {SCHEMA_VERSION};"
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);" + schema
    )
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)", (("folder", folder), ("version", __version__))
    )
    return connection


def install(connection: sqlite3.Connection, path: Path, *, wal: bool) -> None:
    """Close a store made by ``create`` and move it over ``path`` in one rename, so a
    reader sees the old store or the new one. ``wal``: a store updated in place, where
    readers and a writer work at once."""
    temporary = Path(connection.execute("PRAGMA database_list").fetchone()[2])
    connection.close()
    if wal:
        with contextlib.closing(sqlite3.connect(temporary, isolation_level=None)) as final:
            final.execute("PRAGMA journal_mode = WAL")
        for suffix in ("-wal", "-shm"):  # the journal of the store replaced must not
            remove_own(path.with_name(path.name + suffix))  # be replayed into this one
    os.replace(temporary, path)


def remove_own(path: Path) -> None:
    """Delete a file of the store's own (never through a symlink, never a folder)."""
    with contextlib.suppress(OSError):
        if stat.S_ISREG(os.lstat(path).st_mode):
            path.unlink()
