"""Turn what the user named (files, folders, URLs, feeds) into build items, in order.

Runs in the main process before the build: every fetch happens here, once per URL, so the
workers only read bytes and ``-j N`` builds the same briefs as ``-j 1``. Only URLs the user
named and the entry links of feeds the user named are fetched.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

from ..bounded_read import NotReadable, read_regular_file
from ..brief_yaml import load_brief_data
from ..errors import InputError, Problem
from .feeds import FeedEntry, read_feed
from .fetch import (
    DEFAULT_TIMEOUT,
    FEED_TYPES,
    PAGE_TYPES,
    Fetched,
    Fetcher,
    FetchError,
)
from .items import (
    FEED_SUFFIXES,
    FOLDER_SUFFIXES,
    AlreadyBuilt,
    EntryText,
    Failed,
    FetchedPage,
    Item,
    item_label,
)
from .urls import brief_id_for_url, has_scheme, is_web_url, slug

#: Feed files are read whole in the main process; a feed this large is not a news feed.
MAX_FEED_FILE_BYTES = 32 * 2**20


class Gatherer:
    """Use as a context manager: it holds the HTTP client, opened on the first fetch."""

    def __init__(
        self,
        out_dir: Path,
        *,
        offline: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        refetch: bool = False,
        on_fetch: Callable[[str], None] | None = None,
    ) -> None:
        """``offline``: URLs fail and feed entries use their own text. ``refetch``: fetch
        feed entries whose brief was built from the same entry too."""
        self.out_dir = out_dir
        self.offline = offline
        self.timeout = timeout
        self.refetch = refetch
        self.on_fetch = on_fetch
        self._fetcher: Fetcher | None = None
        self._seen: set[str] = set()

    def __enter__(self) -> Gatherer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def _get(self, fetcher: Fetcher, url: str, accept: frozenset[str]) -> Fetched:
        if self.on_fetch is not None:
            self.on_fetch(url)
        return fetcher.get(url, accept)

    @property
    def fetcher(self) -> Fetcher | None:
        if self.offline:
            return None
        if self._fetcher is None:
            self._fetcher = Fetcher(self.timeout)
        return self._fetcher

    def gather(self, specs: list[str]) -> Iterator[Item]:
        """Items for ``specs``; a URL or page named twice (or by two feeds) comes once."""
        for spec in specs:
            for item in self._items(spec):
                key = (
                    item.brief_id
                    if isinstance(item, FetchedPage | EntryText | AlreadyBuilt)
                    else ""
                )
                key = key or item_label(item)
                if key in self._seen:
                    continue
                self._seen.add(key)
                yield item

    def _items(self, spec: str) -> Iterator[Item]:
        if is_web_url(spec):
            yield from self._url(spec)
            return
        if has_scheme(spec):
            yield _failed(spec, "only http:// and https:// URLs can be fetched")
            return
        path = Path(spec)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                # Not only regular files: a FIFO or device named *.txt gets its one-line
                # problem when read instead of vanishing without a word.
                if child.suffix.lower() in FOLDER_SUFFIXES:
                    yield from self._file(child)
        elif path.exists():
            yield from self._file(path)
        else:
            yield _failed(spec, "no such file, folder or URL")

    def _file(self, path: Path) -> Iterator[Item]:
        if path.suffix.lower() not in FEED_SUFFIXES:
            yield path
            return
        try:
            raw = read_regular_file(path, MAX_FEED_FILE_BYTES, "feed")
        except NotReadable as exc:
            yield _failed(path, str(exc))
            return
        yield from self._feed(raw, str(path), base_url="")

    def _url(self, url: str) -> Iterator[Item]:
        fetcher = self.fetcher
        if fetcher is None:
            yield _failed(url, "not fetched: the build is --offline")
            return
        try:
            fetched = self._get(fetcher, url, PAGE_TYPES | FEED_TYPES)
        except FetchError as exc:
            yield _failed(url, str(exc))
            return
        if fetched.is_feed:
            yield from self._feed(fetched.body, url, base_url=fetched.url)
        else:
            yield FetchedPage(url, url, fetched.body, brief_id_for_url(url))

    def _feed(self, raw: bytes, label: str, base_url: str) -> Iterator[Item]:
        try:
            entries = read_feed(raw, label, base_url)
        except InputError as exc:
            yield Failed(label, tuple(exc.problems))
            return
        for entry in entries:
            if entry.link:
                brief_id = brief_id_for_url(entry.link)
            else:
                key_hash = hashlib.sha256(entry.key.encode("utf-8")).hexdigest()[:8]
                brief_id = f"{slug(Path(label).stem or label, 40)}-{key_hash}".strip("-")
            # Checked before fetching: a page that a feed lists twice is fetched once.
            if brief_id not in self._seen:
                yield self._entry(entry, brief_id)

    def _entry(self, entry: FeedEntry, brief_id: str) -> Item:
        if not self.refetch and self._built_from(brief_id, entry):
            return AlreadyBuilt(entry.label, brief_id)
        own_text = self._own_text(entry, brief_id)
        fetcher = self.fetcher if entry.link else None
        if fetcher is None:
            if own_text is None:
                why = "the build is --offline" if entry.link else "the entry links to no page"
                return _failed(entry.label, f"no article text: {why}, and the feed has none")
            return own_text
        try:
            fetched = self._get(fetcher, entry.link, PAGE_TYPES)
        except FetchError as exc:
            if own_text is None:
                return _failed(entry.label, str(exc))
            warning = f"{entry.label}: page not fetched ({exc}); built from the feed's own text"
            return dataclasses.replace(own_text, warning=warning)
        return FetchedPage(
            entry.label, entry.link, fetched.body, brief_id, entry.stamp, entry.facts, own_text
        )

    @staticmethod
    def _own_text(entry: FeedEntry, brief_id: str) -> EntryText | None:
        if not entry.text:
            return None
        digest = hashlib.sha256(entry.text.encode("utf-8")).hexdigest()
        return EntryText(entry.label, entry.link, entry.text, digest, brief_id, entry.facts)

    def _built_from(self, brief_id: str, entry: FeedEntry) -> bool:
        """True when the brief on disk was built from this very entry (edited or not)."""
        target = self.out_dir / f"{brief_id}.yaml"
        try:
            data = load_brief_data(target.read_text(encoding="utf-8"), str(target))
        except (OSError, UnicodeDecodeError, InputError):
            return False
        source = data.get("source") if isinstance(data, dict) else None
        return isinstance(source, dict) and source.get("entry") == entry.stamp


def _failed(label: str | Path, message: str) -> Failed:
    return Failed(str(label), (Problem(str(label), message),))
