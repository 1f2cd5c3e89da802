"""Seed → sentences → statements and speakers → title, summary, contradictions → Brief.

Each stage is a plain function over plain data, testable alone with a tiny text.
"""

from __future__ import annotations

from pathlib import Path

from ..disputes.finder import find_contradictions
from ..model import Brief, Source
from ..seeds import Origin, Seed, seed_id
from .attribution import extract_statements
from .sentences import split_sentences
from .summary import summarize
from .title import MAX_TITLE, make_title


def brief_id_for(seed_path: Path) -> str:
    """A file-name-safe slug from the seed's file name (see ``seeds.seed_id``)."""
    return seed_id(seed_path)


#: spaces that keep words apart on screen but not in the builder's patterns ("Daily\xa0News:"),
#: each read as a plain space; one character for one, so every span stays where it was
_ODD_SPACES = ("\xa0", "\u2007", "\u202f", "\u2009")
_SPACES = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))


def build_brief(seed: Seed) -> Brief:
    # (a statement's text is its spans' text, so the brief keeps the article with plain
    # spaces too; on screen the two look the same)
    text = seed.body
    if any(space in text for space in _ODD_SPACES):
        # (a new string only when there is one to replace: caches keyed by the article
        # compare an equal copy character by character)
        text = text.translate(_SPACES)
    sentences = split_sentences(text)
    speakers, statements = extract_statements(text, sentences)
    origin = seed.origin or Origin()
    return Brief(
        id=origin.brief_id or brief_id_for(seed.path),
        title=page_title(origin) or make_title(text, sentences, speakers, statements),
        date=seed.date,
        source=Source(
            file=seed.path.name if origin.file is None else origin.file,
            sha256=seed.sha256,
            text=text,
            url=origin.url,
            title=origin.title,
            author=origin.author,
            site=origin.site,
            entry=origin.entry,
        ),
        summary=tuple(summarize(text, sentences, statements)),
        speakers=tuple(speakers),
        statements=tuple(statements),
        contradictions=tuple(find_contradictions(text, speakers, statements)),
    )


def page_title(origin: Origin) -> str:
    """The page's own headline, without a trailing " | Site" and cut at a word to fit."""
    title = " ".join(origin.title.split())
    if origin.site:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            head, found, tail = title.rpartition(sep)
            if found and head and tail.strip().casefold() == origin.site.strip().casefold():
                title = head
                break
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—") + "…"
    return title
