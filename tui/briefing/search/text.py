"""How text is cut into searchable words, shared by the index, the query and highlighting."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_WORD = re.compile(r"\w+")

find_words = _WORD.findall


class _FoldTable(dict[int, int | None]):
    """Code point → the one base letter it carries ("à" → "a"), learned as characters turn up.

    A lone combining mark (decomposed text, the dot of a lowercased "İ") is dropped; any
    other character that does not fold to exactly one character (ß, ﬁ) stays itself.
    """

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        folded = None if unicodedata.combining(char) else ord(base) if len(base) == 1 else code
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lowercase ``text`` and drop its accents: "Gonzàlez" → "gonzalez"."""
    text = text.lower()
    return text if text.isascii() else text.translate(_FOLD)


def words_of(text: str) -> list[str]:
    """The folded words of ``text``; punctuation and markup characters separate them."""
    return _WORD.findall(fold(text))


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, folded word)`` for every word of ``text``, offsets into ``text``."""
    folded = fold(text)
    if len(folded) != len(text):  # a dropped mark or a longer lowercase ("İ"): word by word
        for match in _WORD.finditer(text):
            yield match.start(), match.end(), fold(match.group())
        return
    for match in _WORD.finditer(folded):
        yield match.start(), match.end(), match.group()
