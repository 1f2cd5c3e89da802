"""The stories store: what ``find_stories`` kept from its last run on a folder (or on several
folders read together), so that the next run reads again only the briefs and stories that
changed.

It holds each brief's words under the digest of the text they were read from, and each
story's disputes under the digest of the story's topic, own words and member briefs
(``stories.cache``): a changed input gives another key, so what is found is never stale.
After each run, entries that run did not use are dropped, so the store holds one run's worth.
It is a file of its own beside the briefs store (``<folder key>.stories.sqlite3``), checked
like it (``database``) and also by the fingerprint of the stories code: a store made by other
code is rebuilt. Any trouble (damaged, read-only, locked, the cache off) only costs time: the
stories are found from the briefs, with at most one notice.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..cache_dir import cache_root, owned_folder
from ..stories import DisputeSide, StoryDispute
from ..stories.cache import Read, code_fingerprint
from . import database
from .location import StoreUnusable, folder_key

SCHEMA = """
CREATE TABLE terms (key BLOB PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;  -- zlib(JSON)
CREATE TABLE disputes (key BLOB PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
"""

T = TypeVar("T")

#: Keys asked of SQLite at once (its limit on parameters is 32,766 or, in old builds, 999).
_CHUNK = 500


def stories_path(folders: Sequence[Path], root: Path | None = None) -> tuple[Path, str]:
    """The stories store of ``folders`` read together, and the folders as it records them."""
    base = root if root is not None else cache_root()
    if base is None:
        raise StoreUnusable("the cache is turned off (BRIEFING_NO_CACHE)")
    owned_folder(base)
    corpus = owned_folder(base / "corpus")
    resolved = "\n".join(str(f.resolve()) for f in folders)
    if len(folders) == 1:
        key = folder_key(folders[0])
    else:
        key = hashlib.sha256(resolved.encode()).hexdigest()[:24]
    return corpus / f"{key}.stories.sqlite3", resolved


class StoredStories:
    """A ``stories.cache.StoryCache`` kept in SQLite. ``notice``: "" or the one line to show
    when the store could not be used as it was."""

    def __init__(self, path: Path | None, folders: str) -> None:
        self.path = path
        self.folders = folders
        self.notice = ""
        self._connection: sqlite3.Connection | None = None
        #: Why the store must be made again before it is written ("" when it is missing).
        self._remake: str | None = None

    def terms(self, keys: Sequence[bytes]) -> dict[bytes, Read]:
        return dict(self._rows("terms", keys, _decode_terms))

    def disputes(self, keys: Sequence[bytes]) -> dict[bytes, tuple[StoryDispute, ...]]:
        return dict(self._rows("disputes", keys, _decode_disputes))

    def _rows(
        self, table: str, keys: Sequence[bytes], decode: Callable[[Any], T]
    ) -> Iterator[tuple[bytes, T]]:
        connection = self._connection
        if connection is None:
            return
        try:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, data FROM {table} WHERE key IN ({marks})"  # noqa: S608
                for key, data in connection.execute(query, chunk).fetchall():
                    yield key, decode(data)
        except (sqlite3.Error, zlib.error, ValueError, TypeError, KeyError, IndexError) as exc:
            # Damaged under us: nothing more is read from it, and it is made again on save.
            self._drop_connection()
            self._remake = f"damaged: {exc}"

    def save(
        self, terms: dict[bytes, Read], disputes: dict[bytes, tuple[StoryDispute, ...]]
    ) -> None:
        if self.path is None:
            return
        try:
            if self._connection is None:
                self._make(terms, disputes)
            else:
                self._update(self._connection, terms, disputes)
        except (StoreUnusable, sqlite3.Error, OSError) as exc:
            text = str(exc)
            if "locked" in text or "busy" in text:
                return  # another briefing is writing it: what is missing is kept next time
            reason = "read-only" if "readonly" in text else text
            self.notice = f"briefing: stories cache not updated ({reason})"

    def _make(
        self, terms: dict[bytes, Read], disputes: dict[bytes, tuple[StoryDispute, ...]]
    ) -> None:
        assert self.path is not None
        connection = database.create(self.path, SCHEMA, self.folders)
        try:
            connection.execute("INSERT INTO meta VALUES ('code', ?)", (code_fingerprint(),))
            _write(connection, terms, disputes)
        except BaseException:
            connection.close()
            database.remove_own(self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp"))
            raise
        database.install(connection, self.path, wal=True)
        if self._remake:
            self.notice = f"briefing: stories cache rebuilt ({self._remake})"

    @staticmethod
    def _update(
        connection: sqlite3.Connection,
        terms: dict[bytes, Read],
        disputes: dict[bytes, tuple[StoryDispute, ...]],
    ) -> None:
        held = {
            table: {row[0] for row in connection.execute(f"SELECT key FROM {table}")}  # noqa: S608
            for table in ("terms", "disputes")
        }
        new_terms = {k: v for k, v in terms.items() if k not in held["terms"]}
        new_disputes = {k: v for k, v in disputes.items() if k not in held["disputes"]}
        # Entries of briefs and stories gone (or changed) since.
        stale = {
            "terms": held["terms"].difference(terms),
            "disputes": held["disputes"].difference(disputes),
        }
        if not (new_terms or new_disputes or stale["terms"] or stale["disputes"]):
            return  # never locked for writing when nothing changed; works read-only
        connection.execute("BEGIN IMMEDIATE")
        try:
            _write(connection, new_terms, new_disputes)
            for table, keys in stale.items():
                connection.executemany(
                    f"DELETE FROM {table} WHERE key = ?",  # noqa: S608
                    ((k,) for k in keys),
                )
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def _drop_connection(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
        self._connection = None

    def close(self) -> None:
        self._drop_connection()


def open_stories_cache(folders: Sequence[Path], root: Path | None = None) -> StoredStories:
    """The stories store of ``folders``; never raises: a store that cannot be used gives a
    cache that holds nothing (and a notice when the user should know)."""
    try:
        path, resolved = stories_path(folders, root)
    except StoreUnusable:
        # The cache is off or its folder unusable: the corpus store has said so already.
        return StoredStories(None, "")
    found = StoredStories(path, resolved)
    try:
        exists = database.inspect(path)
    except StoreUnusable as exc:
        found.path = None
        found.notice = f"briefing: stories cache not used ({exc})"
        return found
    except database.StoreInvalid as exc:
        found._remake = str(exc)
        return found
    if not exists:
        found._remake = ""
        return found
    writable = _writable(path)
    try:
        connection = database.connect(path, writable=writable)
    except StoreUnusable as exc:
        found.path = None
        found.notice = f"briefing: stories cache not used ({exc})"
        return found
    try:
        _check(connection, path, resolved)
    except database.StoreInvalid as exc:
        connection.close()
        if writable:
            found._remake = str(exc)
        else:
            found.path = None
            found.notice = f"briefing: stories cache not used ({exc}, and read-only)"
        return found
    found._connection = connection
    return found


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check(connection: sqlite3.Connection, path: Path, folders: str) -> None:
    database.check(connection, path, folders)
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'code'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise database.StoreInvalid(f"{path} is damaged ({exc})") from None
    if row is None or row[0] != code_fingerprint():
        raise database.StoreInvalid(f"{path} was made by other stories code")


def _write(
    connection: sqlite3.Connection,
    terms: dict[bytes, Read],
    disputes: dict[bytes, tuple[StoryDispute, ...]],
) -> None:
    connection.executemany(
        "INSERT OR REPLACE INTO terms VALUES (?, ?)",
        ((k, _encode_terms(v)) for k, v in terms.items()),
    )
    connection.executemany(
        "INSERT OR REPLACE INTO disputes VALUES (?, ?)",
        ((k, _encode_disputes(v)) for k, v in disputes.items()),
    )


def _encode_terms(read: Read) -> bytes:
    counts, words = read
    text = json.dumps([counts, sorted(words)], ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode(), 1)


def _encode_disputes(disputes: tuple[StoryDispute, ...]) -> str:
    return json.dumps(
        [[d.topic, [_side(s) for s in d.a], [_side(s) for s in d.b], d.reason] for d in disputes],
        ensure_ascii=False,
    )


def _decode_terms(data: bytes) -> Read:
    counts, words = json.loads(zlib.decompress(data))
    if not isinstance(counts, dict):
        raise ValueError("terms of another shape")
    return counts, frozenset(words)


def _decode_disputes(data: str) -> tuple[StoryDispute, ...]:
    return tuple(_dispute(d) for d in json.loads(data))


def _side(side: DisputeSide) -> list[Any]:
    return [side.brief_id, side.statement_id, side.source, side.text, list(side.span)]


def _dispute(data: list[Any]) -> StoryDispute:
    topic, a, b, reason = data
    return StoryDispute(topic, _sides(a), _sides(b), reason)


def _sides(data: list[Any]) -> tuple[DisputeSide, ...]:
    return tuple(
        DisputeSide(brief, statement, source, text, (span[0], span[1]))
        for brief, statement, source, text, span in data
    )
