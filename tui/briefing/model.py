"""The brief: typed, immutable objects that the builder makes and the app and export read.

Nothing here knows about YAML or files; `brief_yaml` converts to and from the on-disk format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

FORMAT_VERSION = 1

#: A half-open ``[start, end)`` range of Python ``str`` offsets into ``Source.text``.
Span = tuple[int, int]


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    GROUP = "group"
    UNNAMED = "unnamed"


class StatementKind(StrEnum):
    DIRECT = "direct"
    REPORTED = "reported"


@dataclass(frozen=True, slots=True)
class Source:
    file: str
    sha256: str
    text: str
    #: Where a web page came from, and what the page says of itself; empty when unknown
    #: (a text seed, or a brief built before these fields existed).
    url: str = ""
    title: str = ""
    author: str = ""
    site: str = ""
    #: sha256 of the feed entry a page was fetched for: while it is unchanged, a rebuild
    #: does not fetch the page again.
    entry: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """Words of the article, with where they stand: a cue ("said") or a speaker mention."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    kind: SpeakerKind
    role: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    speaker: str
    kind: StatementKind
    text: str
    spans: tuple[Span, ...]
    sentence: int
    cue: Mention | None = None
    source_mention: Mention | None = None

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def shown(self) -> str:
        """The words for a reader: a quote broken by its attribution ("…," he said, "…") shows
        the break as " … ", so its pieces do not run together ("clause It says")."""
        if len(self.spans) < 2:
            return self.text
        pieces: list[str] = []
        at = 0
        for start, end in self.spans:
            pieces.append(self.text[at : at + end - start])
            at += end - start + 1
        if at - 1 != len(self.text):  # a hand-edited text no longer matches its spans
            return self.text
        return " … ".join(pieces)


#: below this confidence a dispute is weak: hidden by the reader and the export until asked
#: for, then marked "weak evidence" (see docs/brief-format.md)
WEAK_DISPUTE = 0.3


@dataclass(frozen=True, slots=True)
class Contradiction:
    id: str
    topic: str
    a: tuple[str, ...]
    b: tuple[str, ...]
    reason: str
    confidence: float

    @property
    def weak(self) -> bool:
        """Resting on evidence that readers judged right less than 3 times in 10 on unseen
        news (opposite words, differing figures): kept in the brief, hidden by the reader
        (`w` shows it) and left out of the export (``--weak-disputes``), marked when shown."""
        return self.confidence < WEAK_DISPUTE


@dataclass(frozen=True, slots=True)
class StatementRef:
    """One statement of one brief, named so that a reader can open it from anywhere."""

    brief_id: str
    statement_id: str
    date: dt.date | None
    text: str


@dataclass(frozen=True, slots=True)
class CrossBriefContradiction:
    """One speaker's statements in two briefs of different dates that conflict."""

    speaker: str
    topic: str
    earlier: StatementRef
    later: StatementRef
    reason: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Brief:
    id: str
    title: str
    date: dt.date | None
    source: Source
    summary: tuple[SummarySentence, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    statements: tuple[Statement, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    format: int = FORMAT_VERSION
    #: sha256 of the brief as generated; a mismatch on disk means a person edited it.
    fingerprint: str = field(default="", compare=False)
    # Lookup tables derived from the tuples above; excluded from equality and repr.
    _speakers_by_id: dict[str, Speaker] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _statements_by_id: dict[str, Statement] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._speakers_by_id.update((s.id, s) for s in self.speakers)
        self._statements_by_id.update((s.id, s) for s in self.statements)

    def speaker(self, speaker_id: str) -> Speaker | None:
        return self._speakers_by_id.get(speaker_id)

    def statement(self, statement_id: str) -> Statement | None:
        return self._statements_by_id.get(statement_id)

    def statements_by(self, speaker_id: str) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.speaker == speaker_id)

    @property
    def date_text(self) -> str:
        return self.date.isoformat() if self.date else "undated"


def join_spans(text: str, spans: tuple[Span, ...] | list[Span]) -> str:
    """The statement text that ``spans`` stand for: fragments joined by one space."""
    return " ".join(text[start:end] for start, end in spans)
