"""An article cut into the tagger's units (paragraphs for training, uncovered sentences when
building), as tokens with their features."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...model import Span
from ..quotes import Quote, find_quotes
from ..tokens import Tok, tokens
from .features import RuleMark, rule_marks, token_features

_LINE = re.compile(r"[^\n]+")


@dataclass(slots=True)
class Unit:
    toks: list[Tok]
    quoted: list[bool]
    #: token indices that open a sentence
    sentence_first: list[int]
    features: list[list[str]]


class Article:
    """What every unit of one article needs: its quotes, sentence starts and rule marks."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Span],
        marks: Sequence[tuple[Span, RuleMark]],
        quotes: list[Quote] | None = None,
    ) -> None:
        """``quotes``: ``find_quotes(text)``, when the caller has them already."""
        self.text = text
        self.quotes = find_quotes(text) if quotes is None else quotes
        self.opens = [q.open for q in self.quotes]
        self.sentence_starts = [s for s, _ in sentences]
        self.marks = sorted(marks, key=lambda m: m[0][0])
        self.mark_starts = [m[0][0] for m in self.marks]

    def unit(
        self, start: int, end: int, wanted: Callable[[list[Tok], list[bool]], bool] | None = None
    ) -> Unit | None:
        """The unit of ``text[start:end]``; None when it holds no token, or when ``wanted``
        (given the tokens and which are quoted) says that nothing the tagger could find in it
        would be kept, which spares the features and the tagging."""
        toks = tokens(self.text, start, end)
        if not toks:
            return None
        quoted = _quoted(toks, self.quotes, self.opens)
        if wanted is not None and not wanted(toks, quoted):
            return None
        firsts = _sentence_firsts(toks, self.sentence_starts, start, end)
        # A draft's span may open long before this unit (a quote over several sentences).
        lo = bisect_left(self.mark_starts, start - 2000)
        hi = bisect_right(self.mark_starts, end)
        local = [m for m in self.marks[lo:hi] if m[0][1] > start]
        local.sort(key=lambda m: m[1] in ("Q", "S"))
        rule = rule_marks(toks, local)
        return Unit(toks, quoted, firsts, token_features(toks, quoted, firsts, rule))


def units(
    text: str,
    sentences: Sequence[Span],
    marks: Sequence[tuple[Span, RuleMark]],
    by: str = "paragraph",
) -> list[Unit]:
    """Every non-empty line (``by="paragraph"``) or every sentence of ``text`` as a unit;
    ``marks`` are the rule drafts' spans."""
    article = Article(text, sentences, marks)
    spans = [m.span() for m in _LINE.finditer(text)] if by == "paragraph" else sentences
    found = (article.unit(start, end) for start, end in spans)
    return [unit for unit in found if unit is not None]


def _quoted(toks: list[Tok], quotes: Sequence[Quote], opens: list[int]) -> list[bool]:
    mask = [False] * len(toks)
    first = toks[0].start
    starts: list[int] | None = None
    for k in range(max(0, bisect_left(opens, first) - 4), len(opens)):
        quote = quotes[k]
        if quote.open > toks[-1].end:
            break
        if quote.close <= first:
            continue
        if starts is None:
            starts = [t.start for t in toks]
        i = bisect_left(starts, quote.open)
        while i < len(toks) and toks[i].start < quote.close:
            mask[i] = True
            i += 1
    return mask


def _sentence_firsts(toks: list[Tok], starts: list[int], lo: int, hi: int) -> list[int]:
    inside = starts[bisect_left(starts, lo + 1) : bisect_left(starts, hi)]
    if not inside:
        return [0]
    tok_starts = [t.start for t in toks]
    firsts = {0}
    for s in inside:
        i = bisect_left(tok_starts, s)
        if i < len(toks):
            firsts.add(i)
    return sorted(firsts)
