"""Turn one build item into a Seed; runs in worker processes, so it only reads bytes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..bounded_read import NotReadable, read_regular_file
from ..errors import InputError
from ..seeds import MAX_SEED_BYTES, Origin, Seed, read_seed
from .items import PAGE_SUFFIXES, EntryText, Failed, FetchedPage, Item
from .web_page import read_page


def read_item(item: Item) -> Seed:
    """The article an item holds; raise InputError with the reason it has none."""
    if isinstance(item, Path):
        if item.suffix.lower() in PAGE_SUFFIXES:
            return _read_page_file(item)
        return read_seed(item)
    if isinstance(item, FetchedPage):
        try:
            return read_page(
                item.raw,
                item.label,
                url=item.url,
                file="",
                brief_id=item.brief_id,
                entry=item.entry,
                facts=item.facts,
            )
        except InputError as exc:
            if item.fallback is None:
                raise
            reason = exc.problems[0].message.split(";")[0] if exc.problems else "unusable"
            warning = f"{item.label}: {reason}; built from the feed's own text instead"
            return read_item(dataclasses.replace(item.fallback, warning=warning))
    if isinstance(item, EntryText):
        facts = item.facts
        origin = Origin(
            url=item.url,
            title=facts.title,
            author=facts.author,
            site=facts.site,
            # No entry stamp: built from the feed's text, the page is worth fetching later.
            brief_id=item.brief_id,
            file="",
        )
        warnings = (item.warning,) if item.warning else ()
        return Seed(Path(item.brief_id), facts.date, item.text, item.sha256, warnings, origin)
    if isinstance(item, Failed):
        raise InputError(list(item.problems))
    raise TypeError(f"not a readable item: {item!r}")  # AlreadyBuilt items are never read


def _read_page_file(path: Path) -> Seed:
    try:
        raw = read_regular_file(path, MAX_SEED_BYTES, "page")
    except NotReadable as exc:
        raise InputError.single(path, str(exc)) from None
    return read_page(raw, str(path), file=path.name)
