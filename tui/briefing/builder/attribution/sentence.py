"""The one sentence object the attribution rooms share: its text, tokens, quoted regions and
the stops where reported content must end."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model import Span
from ..furniture import before_trailing_credit
from ..quotes import Quote
from ..tokens import Tok, token_at

if TYPE_CHECKING:
    from ..mentions import Phrase

_TRIM = " \t,;:—–-"
#: quote marks as tokens
QUOTE_MARKS = '"“”„‘’'
DASHES = frozenset({"―", "—", "–"})
MIN_REPORTED_WORDS = 2
#: a dash set off by spaces, which opens or closes an aside
_SPACED_DASH = re.compile(r"\s[" + "".join(sorted(DASHES)) + r"]\s")


@dataclass(slots=True)
class Sentence:
    """A sentence as attribution reads it; every offset points into the article's ``text``."""

    text: str
    #: where the sentence itself starts
    start: int
    #: tokens from where a quote closing in the sentence opened (sentences back, maybe) to its end
    toks: list[Tok]
    #: ``quoted[k]``: ``toks[k]`` lies inside a quotation
    quoted: list[bool]
    #: the quotations open in the sentence
    quotes: list[Quote]
    #: index of the sentence's own first token
    first: int
    #: offsets where reported content stops: another attribution, a clause break
    stops: list[int] = field(default_factory=list)
    #: (content end, source, cue index from ``first``) of a source that closes the sentence
    #: ("…, the general said."), once the reported reading has looked for one
    trailing: tuple[int, Phrase, int] | None = None

    @property
    def end(self) -> int:
        return self.toks[-1].end

    def limit(self, pos: int) -> int:
        """Where content starting at ``pos`` must end: the next stop, the bracket closing
        around ``pos`` ("Murphy (who was in favor of strict gun controls) said"), or the
        sentence end."""
        end = min([s for s in self.stops if s > pos] + [self.end])
        opened = self.text.rfind("(", self.toks[0].start, pos)
        if opened >= 0:
            closed = self.text.find(")", opened, end)
            if closed > pos:
                end = closed
        # "the post – created by chief executive Tom Harrison, who confirmed Downton's demise
        # Wednesday evening – Stewart said": a dashed aside ends what is said inside it
        if len(_SPACED_DASH.findall(self.text, self.start, pos)) % 2:
            closing = _SPACED_DASH.search(self.text, pos, end)
            if closing is not None:
                end = closing.start()
        return end


def quoted_mask(toks: list[Tok], quotes: list[Quote]) -> list[bool]:
    mask = [False] * len(toks)
    for q in quotes:
        at = token_at(toks, q.open)
        while at < len(toks) and toks[at].start < q.close:
            mask[at] = True
            at += 1
    return mask


def trim(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without edge punctuation, spaces, a stray closing bracket and a
    picture's credit glued to its end ("… in spring (Getty Images)")."""
    end = before_trailing_credit(text, start, end)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (
        text[end - 1] in _TRIM
        or text[end - 1] == "."
        # "(… the tax is fair.)": the aside's closing bracket is not part of what was said
        or (text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end))
    ):
        end -= 1
    return (start, end) if end > start else None
