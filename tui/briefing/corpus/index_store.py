"""The search index store: the inverted index of ``briefing.search``, written once per
state of the briefs folder and read back a piece at a time, as a query needs it.

It is made whole into a new file and renamed over the old one, so a reader sees one index
or the other; it records the state of the briefs store it was built from.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple, overload

from ..model import StatementKind
from ..search.index import Header, IndexParts, MemoryField, SearchIndex, StatementLike, WordField

SCHEMA = """
CREATE TABLE words (field INTEGER, word TEXT, postings BLOB, PRIMARY KEY (field, word))
    WITHOUT ROWID;
CREATE TABLE shapes (field INTEGER, length INTEGER, initial TEXT, words TEXT,
    PRIMARY KEY (field, length, initial)) WITHOUT ROWID;
CREATE TABLE arrays (name TEXT PRIMARY KEY, data BLOB) WITHOUT ROWID;
CREATE TABLE headers (brief INTEGER PRIMARY KEY, brief_id TEXT, title TEXT, date_text TEXT);
CREATE TABLE statements (sid INTEGER PRIMARY KEY, statement_id TEXT, kind TEXT, text TEXT);
CREATE TABLE profiles (profile INTEGER PRIMARY KEY, name TEXT, statements BLOB);
"""

_FIELDS = ("text", "speaker_words", "speaker_names", "title")
_FLUSH = 20_000


class _SliceSpeaker(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    role: str


class _SliceStatement(NamedTuple):
    id: str
    speaker: str
    kind: StatementKind
    text: str


class _Slice(NamedTuple):
    id: str
    title: str
    date_text: str
    speakers: list[_SliceSpeaker]
    statements: list[_SliceStatement]


def slice_of(brief_id: str, title: str, date_text: str, stored: str) -> _Slice:
    speakers, statements = json.loads(stored)
    kinds = {kind.value: kind for kind in StatementKind}
    return _Slice(
        brief_id,
        title,
        date_text,
        [_SliceSpeaker(i, n, tuple(a), r) for i, n, a, r in speakers],
        [_SliceStatement(i, s, kinds[k], t) for i, s, k, t in statements],
    )


class _StatementWriter:
    """Statements streamed into the store as the index is built."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._pending: list[tuple[int, str, str, str]] = []
        self._count = 0

    def extend(self, statements: Iterable[StatementLike], /) -> None:
        for statement in statements:
            self._pending.append((self._count, statement.id, statement.kind.value, statement.text))
            self._count += 1
        if len(self._pending) >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        self._connection.executemany("INSERT INTO statements VALUES (?,?,?,?)", self._pending)
        self._pending.clear()

    def __len__(self) -> int:
        return self._count


def write_index(connection: sqlite3.Connection, briefs: Iterable[_Slice]) -> int:
    """Build the index of ``briefs`` (reading order) into a new store; its statement count."""
    writer = _StatementWriter(connection)
    index = SearchIndex(briefs, statements=writer)
    writer.flush()
    parts = index.parts()
    connection.executemany(
        "INSERT INTO headers VALUES (?,?,?,?)",
        ((n, h.id, h.title, h.date_text) for n, h in enumerate(parts.briefs)),
    )
    for number, name in enumerate(_FIELDS):
        field = getattr(parts, name)
        assert isinstance(field, MemoryField)
        connection.executemany(
            "INSERT INTO words VALUES (?,?,?)",
            ((number, word, postings.tobytes()) for word, postings in field.postings.items()),
        )
        connection.executemany(
            "INSERT INTO shapes VALUES (?,?,?,?)",
            (
                (number, length, initial, "\n".join(words))
                for (length, initial), words in field.by_shape.items()
            ),
        )
    starts = array("i", (start for start, _ in parts.brief_ranges))
    ends = array("i", (end for _, end in parts.brief_ranges))
    arrays = {
        "brief_of": _as_array(parts.brief_of).tobytes(),
        "profile_of": _as_array(parts.profile_of).tobytes(),
        "direct": bytes(parts.direct),
        "reported": bytes(parts.reported),
        "starts": starts.tobytes(),
        "ends": ends.tobytes(),
    }
    connection.executemany("INSERT INTO arrays VALUES (?,?)", arrays.items())
    connection.executemany(
        "INSERT INTO profiles VALUES (?,?,?)",
        (
            (profile, name, _as_array(sids).tobytes())
            for profile, (name, sids) in enumerate(
                zip(parts.profile_names, parts.profile_statements, strict=True)
            )
        ),
    )
    return len(writer)


def _as_array(values: Sequence[int]) -> array[int]:
    return values if isinstance(values, array) else array("i", values)


def _ints(blob: bytes) -> array[int]:
    values = array("i")
    values.frombytes(blob)
    return values


class _Lazy(Sequence[object]):
    """A sequence read from the store one item at a time, the last few kept."""

    def __init__(self, connection: sqlite3.Connection, query: str, length: int) -> None:
        self._connection = connection
        self._query = query
        self._length = length
        self._fetch = lru_cache(maxsize=4096)(self._fetch_uncached)

    def _fetch_uncached(self, index: int) -> object:
        row = self._connection.execute(self._query, (index,)).fetchone()
        if row is None:
            raise IndexError(index)
        return self._make(row)

    def _make(self, row: tuple[object, ...]) -> object:
        return row[0]

    @overload
    def __getitem__(self, index: int) -> object: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[object]: ...
    def __getitem__(self, index: int | slice) -> object | Sequence[object]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self._fetch(index)

    def __len__(self) -> int:
        return self._length


class _StoredStatement(NamedTuple):
    id: str
    kind: StatementKind
    text: str


class _Statements(_Lazy):
    def _make(self, row: tuple[object, ...]) -> object:
        statement_id, kind, text = row
        return _StoredStatement(str(statement_id), StatementKind(str(kind)), str(text))


class _Headers(_Lazy):
    def _make(self, row: tuple[object, ...]) -> object:
        return Header(*(str(value) for value in row))


class _Postings(_Lazy):
    def _make(self, row: tuple[object, ...]) -> object:
        blob = row[0]
        assert isinstance(blob, bytes)
        return _ints(blob)


class _Ranges(Sequence[tuple[int, int]]):
    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self._starts = starts
        self._ends = ends

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self._starts[index], self._ends[index], strict=True))
        return self._starts[index], self._ends[index]

    def __len__(self) -> int:
        return len(self._starts)


class _StoredField(WordField):
    """A word field in the store: the words a query word may match are looked up in the
    primary key (exact, prefix ranges) and the shape table (typos)."""

    def __init__(self, connection: sqlite3.Connection, number: int) -> None:
        self._connection = connection
        self._number = number
        self._postings: dict[str, array[int]] = {}

    def has(self, word: str) -> bool:
        return self._posting_blob(word) is not None

    def starting(self, stem: str) -> Iterator[str]:
        rows = self._connection.execute(
            "SELECT word FROM words WHERE field = ? AND word >= ? AND word < ?",
            (self._number, stem, _after_prefix(stem)),
        )
        return (word for (word,) in rows if word.startswith(stem))

    def shaped(self, length: int, initial: str) -> Sequence[str]:
        row = self._connection.execute(
            "SELECT words FROM shapes WHERE field = ? AND length = ? AND initial = ?",
            (self._number, length, initial),
        ).fetchone()
        return row[0].split("\n") if row else ()

    def posting(self, word: str) -> array[int]:
        found = self._postings.get(word)
        if found is None:
            blob = self._posting_blob(word)
            found = _ints(blob) if blob is not None else array("i")
            if len(self._postings) < 4096:
                self._postings[word] = found
        return found

    def _posting_blob(self, word: str) -> bytes | None:
        row = self._connection.execute(
            "SELECT postings FROM words WHERE field = ? AND word = ?", (self._number, word)
        ).fetchone()
        return row[0] if row else None


def _after_prefix(stem: str) -> str:
    """The least string above every string that begins with ``stem``."""
    last = ord(stem[-1])
    return stem[:-1] + chr(last + 1) if last < 0x10FFFF else stem + "\U0010ffff"


def read_index(connection: sqlite3.Connection) -> SearchIndex:
    """The index in the store, to search; the connection must stay open while it is used."""
    arrays = dict(connection.execute("SELECT name, data FROM arrays"))
    statement_count = len(arrays["direct"])
    brief_count = connection.execute("SELECT count(*) FROM headers").fetchone()[0]
    profile_count = connection.execute("SELECT count(*) FROM profiles").fetchone()[0]
    fields = [_StoredField(connection, number) for number in range(len(_FIELDS))]
    parts = IndexParts(
        briefs=_Headers(  # type: ignore[arg-type]
            connection,
            "SELECT brief_id, title, date_text FROM headers WHERE brief = ?",
            brief_count,
        ),
        statements=_Statements(  # type: ignore[arg-type]
            connection,
            "SELECT statement_id, kind, text FROM statements WHERE sid = ?",
            statement_count,
        ),
        brief_of=_ints(arrays["brief_of"]),
        profile_of=_ints(arrays["profile_of"]),
        direct=arrays["direct"],
        reported=arrays["reported"],
        brief_ranges=_Ranges(_ints(arrays["starts"]), _ints(arrays["ends"])),
        text=fields[0],
        speaker_words=fields[1],
        speaker_names=fields[2],
        title=fields[3],
        profile_names=_Lazy(  # type: ignore[arg-type]
            connection, "SELECT name FROM profiles WHERE profile = ?", profile_count
        ),
        profile_statements=_Postings(  # type: ignore[arg-type]
            connection, "SELECT statements FROM profiles WHERE profile = ?", profile_count
        ),
    )
    return SearchIndex.from_parts(parts)
