"""What ``find_stories`` may keep between runs, and the keys that make it safe to reuse.

Two things are kept, each under a key that changes whenever an input of it changes, so a
stale entry is never found, only left unused:

- a brief's words (``terms.read_words`` of ``terms.brief_text``), under the digest of that
  text;
- a story's disputes, under the digest of its topic, its own words and every member brief
  whole (in order): a brief edited, added or removed, or a shift of the folder's rare words
  that changes what the story is about, gives another key.

Both also depend on this code and its word lists: ``code_fingerprint`` names them, and a
store kept for another fingerprint is not read. The store itself lives outside this package
(``corpus.stories_store``); stories only know this interface.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

from ..model import Brief
from .story import StoryDispute

#: What ``terms.read_words`` gives: term → weighted count, and every lowercase word.
Read = tuple[dict[str, float], frozenset[str]]


class StoryCache(Protocol):
    def terms(self, keys: Sequence[bytes]) -> dict[bytes, Read]:
        """The words kept for those of ``keys`` it holds."""
        ...

    def disputes(self, keys: Sequence[bytes]) -> dict[bytes, tuple[StoryDispute, ...]]:
        """The disputes kept for those of ``keys`` it holds."""
        ...

    def save(
        self, terms: dict[bytes, Read], disputes: dict[bytes, tuple[StoryDispute, ...]]
    ) -> None:
        """Keep everything this run used (found, read or kept before), and only that."""
        ...


def digest(parts: Iterable[str]) -> bytes:
    found = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        found.update(len(data).to_bytes(8, "little"))
        found.update(data)
    return found.digest()


def brief_digest(brief: Brief) -> bytes:
    """Everything of a brief the dispute rules may read: its repr names every field that
    counts in equality (and the fingerprint), so equal digests mean equal briefs."""
    return digest([repr(brief)])


def story_key(topic: str, central: frozenset[str], members: Sequence[bytes]) -> bytes:
    """The key of a story's disputes: its topic, own words and member briefs in order."""
    return digest([topic, "\0".join(sorted(central)), *(m.hex() for m in members)])


@cache
def code_fingerprint() -> str:
    """A digest of the code and word lists that stories and their disputes come from: a
    kept result made by other code (a new word in a list, a changed rule) is not reused."""
    package = Path(__file__).resolve().parent.parent
    found = hashlib.sha256()
    paths = [package / "model.py"]
    for folder in ("stories", "language", "disputes"):
        paths.extend(
            p for p in (package / folder).rglob("*") if p.suffix in {".py", ".txt", ".yaml"}
        )
    for path in sorted(paths):
        found.update(str(path.relative_to(package)).encode())
        try:
            found.update(path.read_bytes())
        except OSError:
            found.update(b"?")
    return found.hexdigest()
