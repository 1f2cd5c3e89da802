"""How text is cut into searchable words, shared by the index, the query and highlighting."""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = re.compile(r"\w+")

find_words = _WORD.findall


def words_of(text: str) -> list[str]:
    """The lowercased words of ``text``; punctuation and markup characters separate them."""
    return _WORD.findall(text.lower())


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, lowercased word)`` for every word of ``text``, offsets into ``text``."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), match.group().lower()
