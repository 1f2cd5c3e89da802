"""What ``gather`` hands the builder: each item becomes one brief, or one failure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem
from .web_page import PageFacts

#: Files a folder is searched for; any file named on the command line is read as well.
TEXT_SUFFIXES = frozenset({".txt"})
PAGE_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
#: ``.xml`` is read as a feed only when named: a folder may hold other XML.
FOLDER_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES | {".rss", ".atom"}


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A page fetched from a URL the user named, or from a feed entry's link."""

    label: str
    url: str
    raw: bytes
    brief_id: str
    entry: str = ""  # the feed entry's stamp, when a feed named the page
    facts: PageFacts | None = None
    #: The feed's own text for the entry: the brief when the page has no article text
    #: (a paywall, a consent wall).
    fallback: EntryText | None = None


@dataclass(frozen=True, slots=True)
class EntryText:
    """A feed entry built from the text the feed itself carries (offline, or no page)."""

    label: str
    url: str
    text: str
    sha256: str
    brief_id: str
    facts: PageFacts
    warning: str = ""


@dataclass(frozen=True, slots=True)
class AlreadyBuilt:
    """A feed entry whose brief was built from this same entry: nothing to fetch."""

    label: str
    brief_id: str


@dataclass(frozen=True, slots=True)
class Failed:
    label: str
    problems: tuple[Problem, ...]


#: A file path is a text seed or a saved page (by its suffix), read in the worker.
Item = Path | FetchedPage | EntryText | AlreadyBuilt | Failed


def item_label(item: Item) -> str:
    return str(item) if isinstance(item, Path) else item.label
