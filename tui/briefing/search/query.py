"""The search query language: plain words, ``@speaker``, ``"exact phrase"``, ``kind:``.

Parsing never fails: anything that is not an operator is read as words, so punctuation,
Rich markup or a pasted paragraph are just text (search as you type needs that).
``query_problem`` says what a strict reader, such as the command line, should refuse.
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


#: ``name:value`` outside quotes, a letter name: a filter, known or not ("site:cnn").
#: Not a URL ("https://…"), not a time ("10:30").
_FILTER = re.compile(r"(?<![\w:])(?P<name>[^\W\d_]+):(?!//)(?P<value>\S*)")


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


def query_problem(text: str) -> str | None:
    """What is wrong with ``text`` as a query, in one line, or None: an unclosed quote, or a
    filter that is not ``kind:direct`` or ``kind:reported``."""
    if text.count('"') % 2:
        return 'unclosed quote: close the phrase with another " or drop the quote'
    position = 0
    plain: list[str] = []
    for match in _OPERATOR.finditer(text):
        plain.append(text[position : match.start()])
        position = match.end()
        if match.group("kind") is not None:
            value = match.group("kind").lower()
            if len([k for k in StatementKind if value and k.value.startswith(value)]) != 1:
                return f"unknown filter {match.group(0)!r}: use kind:direct or kind:reported"
    plain.append(text[position:])
    for chunk in plain:
        for match in _FILTER.finditer(chunk):
            if match.group("value"):
                return (
                    f"unknown filter {match.group(0)!r}: the filters are kind:direct, "
                    'kind:reported, @speaker and "a phrase"'
                )
    return None


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
