"""Incompatible figures: outlets counting one thing of one event very differently.

"12 people were killed" in one brief and "30 people were killed" in another, on the same day
(or undated), is a dispute; on different days it is an updated count, not a disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..model import Brief
from .story import DisputeSide, StoryDispute
from .terms import word_list

#: Two figures this far apart (the larger over the smaller) cannot both be right.
MIN_RATIO = 1.5
#: Smaller figures are too often different things ("two soldiers" of a patrol, "three
#: soldiers" of another) to set outlets against each other.
MIN_FIGURE = 10

# A figure, the thing counted, and what happened to it ("12 people were killed").
_FIGURE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z]+)"
    r"(?:\s+(?:who|that|had|have|has|were|was|are|is|been|being|reportedly|all))*\s+([a-z]+)\b"
)


def figure_disputes(
    briefs: Sequence[Brief], words: Sequence[frozenset[str] | None] = ()
) -> tuple[StoryDispute, ...]:
    """``words``: each brief's lowercase words, if read; a brief naming none of the counted
    things is not searched for figures."""
    counted = word_list("counted_nouns.txt")
    # "people killed" → [(figure, side)], the first figure each brief gives for it: the
    # same noun with the same verb, so that "45 people captured" is not "790 people killed"
    figures: dict[str, list[tuple[int, DisputeSide]]] = defaultdict(list)
    for n, brief in enumerate(briefs):
        known = words[n] if n < len(words) else None
        if known is not None and counted.isdisjoint(known):
            continue
        seen: set[str] = set()
        text = brief.source.text
        for match in _FIGURE.finditer(text):
            noun = f"{match.group(2)} {match.group(3)}"
            if match.group(2) not in counted or noun in seen:
                continue
            seen.add(noun)
            value = int(match.group(1).replace(",", ""))
            if value >= MIN_FIGURE:
                span = _sentence_around(text, match.start(), match.end())
                side = DisputeSide(
                    brief.id, None, brief.source.file or brief.id, text[span[0] : span[1]], span
                )
                figures[noun].append((value, side))
    disputes: list[StoryDispute] = []
    for noun, found in sorted(figures.items()):
        low = min(value for value, _ in found)
        high = max(value for value, _ in found)
        if high < low * MIN_RATIO:
            continue
        lows = [(v, s) for v, s in found if v == low]
        highs = [(v, s) for v, s in found if v == high]
        if not _same_day(briefs, lows, highs):
            continue
        disputes.append(
            StoryDispute(
                f"the number of {noun}",
                tuple(s for _, s in lows),
                tuple(s for _, s in highs),
                f"Outlets give {low:,} and {high:,} {noun}.",
            )
        )
    return tuple(disputes)


def _same_day(
    briefs: Sequence[Brief],
    lows: list[tuple[int, DisputeSide]],
    highs: list[tuple[int, DisputeSide]],
) -> bool:
    dates = {b.id: b.date for b in briefs}
    return any(
        dates.get(a.brief_id) is None
        or dates.get(b.brief_id) is None
        or dates.get(a.brief_id) == dates.get(b.brief_id)
        for _, a in lows
        for _, b in highs
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return (left + 1 if left != -1 else 0, right)
