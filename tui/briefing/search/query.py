"""The search query language: plain words, ``@speaker``, ``"exact phrase"``, ``kind:``.

Parsing never fails: anything that is not an operator is read as words, so punctuation,
Rich markup or a pasted paragraph are just text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import StatementKind
from .text import words_of

#: Words beyond this many are ignored: a pasted paragraph should not cost seconds.
MAX_TERMS = 16

# An operator token: @"quoted name" or @name, a "phrase" (an unclosed quote runs to the
# end), or kind:value. Everything between operators is plain text.
_OPERATOR = re.compile(
    r'@"(?P<qspeaker>[^"]*)"?'
    r"|@(?P<speaker>\S+)"
    r'|"(?P<phrase>[^"]*)"?'
    r"|\bkind:(?P<kind>\S*)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query. Words and phrases are lowercased; speakers are kept as typed."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    kind: StatementKind | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.speakers or self.kind)


def parse_query(text: str) -> Query:
    words: list[str] = []
    phrases: list[str] = []
    speakers: list[str] = []
    kind: StatementKind | None = None
    position = 0
    for match in _OPERATOR.finditer(text):
        words.extend(words_of(text[position : match.start()]))
        position = match.end()
        if match.group("kind") is not None:
            value = match.group("kind").lower()
            chosen = [k for k in StatementKind if value and k.value.startswith(value)]
            if len(chosen) == 1:
                kind = chosen[0]
            else:
                # "kind:" with an unknown value is ordinary text, not a silent filter.
                words.extend(words_of(match.group(0)))
            continue
        speaker = match.group("qspeaker") or match.group("speaker")
        if speaker is not None:
            if words_of(speaker):
                speakers.append(" ".join(words_of(speaker)))
            continue
        phrase_words = words_of(match.group("phrase") or "")
        if phrase_words:
            phrases.append(" ".join(phrase_words))
    words.extend(words_of(text[position:]))
    unique_words = tuple(dict.fromkeys(words))[:MAX_TERMS]
    return Query(
        words=unique_words,
        phrases=tuple(dict.fromkeys(phrases))[:MAX_TERMS],
        speakers=tuple(dict.fromkeys(speakers)),
        kind=kind,
    )
