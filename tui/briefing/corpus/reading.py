"""The reader's briefs through the corpus store: what ``store.load_briefs`` gives (same
briefs, order, problems and duplicate-id lines), with unchanged briefs taken from the store
instead of parsed from YAML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..brief_yaml import PartlyBadBrief, read_brief
from ..errors import InputError, Problem
from ..model import Brief
from ..store import LoadResult, sort_newest_first, unexpected_problem
from . import Corpus, FileEntry, open_corpus


def load_through_store(
    folder: Path, on_progress: Callable[[int, int], None] | None = None
) -> tuple[LoadResult, str]:
    """Every loadable brief of ``folder``, newest first, and the store's notice ("" when
    it was used as it was). Never raises for a bad store: the YAML files are read."""
    corpus = open_corpus(folder)
    try:
        if not corpus.stored:
            return LoadResult(corpus.load_all(), list(corpus.problems)), corpus.notice
        result = LoadResult()
        seen_ids: dict[str, Path] = {}
        entries = corpus.entries
        for done, entry in enumerate(entries, start=1):
            path = folder / entry.name
            for item in _load(corpus, entry, path):
                if isinstance(item, list):
                    result.problems.extend(item)
                elif item.id in seen_ids:
                    message = f"brief id {item.id!r} is already used by {seen_ids[item.id]}"
                    result.problems.append(Problem(str(path), message))
                else:
                    seen_ids[item.id] = path
                    result.briefs.append(item)
            if on_progress is not None:
                on_progress(done, len(entries))
        sort_newest_first(result.briefs)
        return result, corpus.notice
    finally:
        corpus.close()


def _load(corpus: Corpus, entry: FileEntry, path: Path) -> list[Brief | list[Problem]]:
    """One file's brief and/or problems, as ``store.iter_load`` yields them."""
    if entry.brief_id is not None:
        try:
            return [corpus.brief(entry)]
        except InputError:
            pass  # read from the file below, for problems with line numbers
    # A file with problems (few): read again, since a brief whose only problems are in
    # some disputes is still shown without them.
    try:
        return [read_brief(path)]
    except PartlyBadBrief as exc:
        return [exc.problems, exc.brief]
    except InputError as exc:
        return [exc.problems]
    except Exception as exc:  # one file's surprise never stops the rest
        return [[unexpected_problem(path, exc)]]
