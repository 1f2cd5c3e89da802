"""A statement before its speaker is known: what attribution finds and ``speakers`` resolves."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mention, Span, StatementKind
from .mentions import Phrase


@dataclass(slots=True)
class Draft:
    """A statement before its speaker is known."""

    kind: StatementKind
    spans: list[Span]
    cue: Mention | None
    phrase: Phrase | None
    #: the draft whose speaker this one shares (continuations, unattributed quote paragraphs)
    inherit: Draft | None = None
    speaker: str = ""
    uses: set[int] = field(default_factory=set)
    #: ', saying, "…"': shares the speaker of whatever statement comes before it
    follows_previous: bool = False
    #: a source that said nothing a reader can use ("learned that in 1990"): it is resolved,
    #: so that a later "he" can mean it, but makes no statement
    heard_only: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]
