"""What the reader holds of a briefs folder: one small row per brief to list, and each full
brief parsed only when it is shown.

Listing reads the rows from the corpus store (no brief is parsed); a brief is loaded from
the store when selected and kept among the last few shown. Without a usable store every
brief is read from the YAML files, as before, and the rows are made from them.

The store, YAML and the search index are imported where they are used: the reader makes an
empty shelf before its first frame, which must not wait for them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from ..errors import InputError, Problem
from .rows import BriefRow, row_of

if TYPE_CHECKING:
    from ..model import Brief
    from ..search import SearchIndex
    from .folder import Corpus

#: A brief whose stored data is larger than this is parsed off the UI thread (about 20 ms).
SLOW_BYTES = 100_000
#: Briefs kept parsed: going back and forth in the list re-parses none of them.
KEPT = 64


class Shelf:
    """The briefs of a folder as rows, newest first, with each brief loaded on demand.

    Safe to use from the UI thread and workers at once: the store is read under a lock,
    and ``try_brief`` never waits for it."""

    def __init__(
        self,
        rows: list[BriefRow],
        problems: list[Problem],
        notice: str = "",
        corpus: Corpus | None = None,
        held: dict[str, Brief] | None = None,
    ) -> None:
        self.rows = rows
        self.problems = problems
        #: One line for the user when the store was rebuilt or bypassed, else "".
        self.notice = notice
        #: Briefs loaded from the store so far (what the tests count).
        self.loads = 0
        self._corpus = corpus
        #: Briefs already in memory: every brief without a store, else the few files whose
        #: brief is shown despite problems (read from YAML for their line numbers).
        self._held = held or {}
        self._by_id = {row.id: row for row in rows}
        self._kept: OrderedDict[str, Brief] = OrderedDict()
        self._lock = threading.Lock()
        self._all: AllBriefs | None = None

    @classmethod
    def of_briefs(cls, briefs: list[Brief], problems: list[Problem], notice: str = "") -> Shelf:
        """A shelf over briefs already parsed (newest first)."""
        return cls([row_of(b) for b in briefs], problems, notice, held={b.id: b for b in briefs})

    @property
    def stored(self) -> bool:
        return self._corpus is not None

    def row(self, brief_id: str) -> BriefRow | None:
        return self._by_id.get(brief_id)

    def kept(self, row: BriefRow) -> Brief | None:
        """The brief of ``row`` if it is in memory (no loading)."""
        held = self._held.get(row.id)
        if held is not None:
            return held
        return self._kept.get(row.sha256)

    def slow(self, row: BriefRow) -> bool:
        """True if loading ``row``'s brief may stall the UI (large and not in memory)."""
        return row.size > SLOW_BYTES and self.kept(row) is None

    def try_brief(self, row: BriefRow) -> Brief | None:
        """The brief of ``row`` now, or None when loading it would stall (large, or the
        store busy with a worker): load it with ``brief`` off the UI thread then."""
        found = self.kept(row)
        if found is not None or self.slow(row):
            return found
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return self._load_kept(row)
        finally:
            self._lock.release()

    def brief(self, row: BriefRow) -> Brief:
        """The brief of ``row``, loaded if need be; InputError if it no longer loads."""
        found = self.kept(row)
        if found is not None:
            return found
        with self._lock:
            return self._load_kept(row)

    def brief_by_id(self, brief_id: str) -> Brief | None:
        row = self._by_id.get(brief_id)
        if row is None:
            return None
        try:
            return self.brief(row)
        except InputError:
            return None

    def _load_kept(self, row: BriefRow) -> Brief:
        brief = self._kept.get(row.sha256)
        if brief is None:
            brief = self._load(row)
            self._kept[row.sha256] = brief
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(row.sha256)
        return brief

    def _load(self, row: BriefRow) -> Brief:
        corpus = self._corpus
        if corpus is None:
            raise InputError.single(Path(row.name or row.id), "no such brief")
        from ..brief_yaml import PartlyBadBrief, read_brief
        from .folder import FileEntry

        self.loads += 1
        path = corpus.folder / row.name
        if not row.sha256:  # a brief shown despite problems: its file has it
            try:
                return read_brief(path)
            except PartlyBadBrief as exc:
                return exc.brief
        entry = FileEntry(row.name, row.sha256, row.id, row.title, row.date_ord, row.date_text, ())
        try:
            return corpus.brief(entry)
        except InputError:
            # Gone from the store (a build replaced it since): the file says what it is now.
            return read_brief(path)

    def iter_briefs(self) -> Iterator[Brief]:
        """Every brief, newest first, loaded one at a time and not kept (memory stays
        that of one brief); one that no longer loads is skipped."""
        for row in self.rows:
            found = self.kept(row)
            if found is None:
                try:
                    with self._lock:
                        found = self._load(row)
                except InputError:
                    continue
            yield found

    def all_briefs(self) -> AllBriefs:
        """Every brief as one sequence, the same object each time (the stories view keeps
        what it found per sequence); loaded on first use, off the UI thread."""
        if self._all is None:
            self._all = AllBriefs(self)
        return self._all

    def search_index(self) -> SearchIndex:
        """The corpus's search index (from the store when there is one); slow the first
        time for a folder: call it off the UI thread."""
        if self._corpus is None:
            from ..search import SearchIndex

            return SearchIndex(list(self._held.values()))
        with self._lock:
            return self._corpus.search_index()

    def close(self) -> None:
        if self._corpus is not None:
            with self._lock:
                self._corpus.close()


class AllBriefs(Sequence["Brief"]):
    """Every brief of a shelf, newest first: its length known at once, its briefs loaded
    all together on first use (then kept)."""

    def __init__(self, shelf: Shelf) -> None:
        self._shelf = shelf
        self._briefs: list[Brief] | None = None
        self._lock = threading.Lock()

    def _loaded(self) -> list[Brief]:
        with self._lock:
            if self._briefs is None:
                self._briefs = list(self._shelf.iter_briefs())
            return self._briefs

    def __len__(self) -> int:
        return len(self._shelf.rows) if self._briefs is None else len(self._briefs)

    @overload
    def __getitem__(self, index: int) -> Brief: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Brief]: ...
    def __getitem__(self, index: int | slice) -> Brief | Sequence[Brief]:
        return self._loaded()[index]

    def __iter__(self) -> Iterator[Brief]:
        return iter(self._loaded())

    def __eq__(self, other: object) -> bool:
        """The same briefs: by content hash when both come from the store (nothing is
        loaded), else brief by brief."""
        if not isinstance(other, AllBriefs):
            return NotImplemented
        mine, theirs = self._shelf, other._shelf
        if self is other:
            return True
        if mine._corpus is not None and theirs._corpus is not None:
            return mine._corpus.state == theirs._corpus.state
        return self._loaded() == other._loaded()

    __hash__ = None  # type: ignore[assignment]


def open_shelf(folder: Path, on_progress: Callable[[int, int], None] | None = None) -> Shelf:
    """The rows of ``folder``'s briefs, newest first, with the problems ``store.load_briefs``
    finds (same briefs, order and duplicate-id lines). Never raises for a bad store."""
    from .folder import open_corpus

    corpus = open_corpus(folder)
    if not corpus.stored:
        return Shelf.of_briefs(corpus.load_all(), list(corpus.problems), corpus.notice)
    saved = corpus.saved_list()
    if saved is not None:
        return Shelf(*saved, corpus.notice, corpus)
    rows: list[BriefRow] = []
    held: dict[str, Brief] = {}
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    named = corpus.list_rows()
    total = len(named)
    for done, (name, row) in enumerate(named, start=1):
        if row is not None and row.id not in seen:
            seen[row.id] = name
            rows.append(row)
        else:
            for item in [row] if row is not None else _read_file(folder / name):
                if isinstance(item, list):
                    problems.extend(item)
                elif item.id in seen:
                    first = folder / seen[item.id]
                    message = f"brief id {item.id!r} is already used by {first}"
                    problems.append(Problem(str(folder / name), message))
                else:
                    assert not isinstance(item, BriefRow)  # a row's id is always seen
                    seen[item.id] = name
                    held[item.id] = item
                    rows.append(row_of(item, name=name))
        if on_progress is not None and done % 1000 == 0:
            on_progress(done, total)
    rows.sort(key=lambda r: r.id)
    rows.sort(key=lambda r: r.date_ord, reverse=True)
    corpus.save_list(rows, problems)
    return Shelf(rows, problems, corpus.notice, corpus, held)


def _read_file(path: Path) -> list[Brief | list[Problem]]:
    """A file the store holds as problems: read again, for their line numbers, and since a
    brief whose only problems are in some disputes is still shown without them."""
    from ..brief_yaml import PartlyBadBrief, read_brief
    from ..store import unexpected_problem

    try:
        return [read_brief(path)]
    except PartlyBadBrief as exc:
        return [exc.problems, exc.brief]
    except InputError as exc:
        return [exc.problems]
    except Exception as exc:  # one file's surprise never stops the rest
        return [[unexpected_problem(path, exc)]]


__all__ = ["AllBriefs", "BriefRow", "Shelf", "open_shelf"]
