"""Load a folder of briefs: newest first, every bad file reported, none stopping the rest."""

from __future__ import annotations

import os
import stat as stat_mode
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .bounded_read import describe_kind
from .brief_yaml import PartlyBadBrief, brief_from_data, read_brief_and_data
from .errors import InputError, Problem
from .load_cache import LoadCache
from .model import Brief


@dataclass(slots=True)
class LoadResult:
    briefs: list[Brief] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def brief_files(folder: Path) -> list[Path]:
    """The brief files in a folder, skipping temp files and the `.new.yaml` copies that
    `briefing build` writes beside hand-edited briefs."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [
        folder / name
        for name in names
        if name.endswith((".yaml", ".yml"))
        and not name.startswith(".")
        and not name.endswith((".new.yaml", ".new.yml"))
    ]


def iter_load(
    folder: Path, cache: LoadCache | None = None
) -> Iterator[tuple[Path, Brief | list[Problem]]]:
    """Yield each brief file of the folder with its brief, or the problems that stopped it."""
    cache = cache if cache is not None else LoadCache(folder)
    files = brief_files(folder)
    for path in files:
        try:
            yield path, _load_one(path, cache)
        except PartlyBadBrief as exc:
            # Reported, and read without the disputes it names.
            yield path, exc.problems
            yield path, exc.brief
        except InputError as exc:
            yield path, exc.problems
        except Exception as exc:  # one file's surprise never stops the rest
            yield path, [unexpected_problem(path, exc)]
    cache.prune({p.name for p in files})


def unexpected_problem(path: Path, exc: Exception) -> Problem:
    """A problem for an error no check foresaw, so it is seen (``p`` in the reader, a line
    from ``check``) rather than a traceback that stops every other brief."""
    detail = " ".join(str(exc).split())[:120]
    return Problem(str(path), f"cannot load brief ({type(exc).__name__}: {detail}); please report")


def _load_one(path: Path, cache: LoadCache) -> Brief:
    try:
        stat = path.stat()
    except OSError as exc:
        raise InputError.single(path, f"cannot read brief: {exc.strerror or exc}") from None
    if not stat_mode.S_ISREG(stat.st_mode):
        # Before the cache: a FIFO or device is never read, whatever an old entry says.
        kind = describe_kind(stat.st_mode)
        raise InputError.single(path, f"brief is {kind}, not a regular file; skipped")
    cached = cache.get(path, stat)
    if cached is not None:
        try:
            return brief_from_data(cached, str(path))
        except InputError:
            pass  # parse the file itself, for problems with line numbers
    brief, data = read_brief_and_data(path)
    cache.put(path, stat, data)
    return brief


def load_briefs(
    folder: Path,
    on_progress: Callable[[int, int], None] | None = None,
    cache: LoadCache | None = None,
) -> LoadResult:
    """Every loadable brief in ``folder``, sorted newest first (undated last), then by id."""
    result = LoadResult()
    if not folder.is_dir():
        message = "no such folder" if not folder.exists() else "not a folder"
        result.problems.append(Problem(str(folder), message))
        return result
    total = len(brief_files(folder))
    seen_ids: dict[str, Path] = {}
    for done, (path, item) in enumerate(iter_load(folder, cache), start=1):
        if isinstance(item, list):
            result.problems.extend(item)
        elif item.id in seen_ids:
            result.problems.append(
                Problem(str(path), f"brief id {item.id!r} is already used by {seen_ids[item.id]}")
            )
        else:
            seen_ids[item.id] = path
            result.briefs.append(item)
        if on_progress is not None:
            on_progress(done, total)
    sort_newest_first(result.briefs)
    return result


def sort_newest_first(briefs: list[Brief]) -> None:
    briefs.sort(key=lambda b: b.id)
    briefs.sort(key=lambda b: b.date.toordinal() if b.date else -1, reverse=True)
