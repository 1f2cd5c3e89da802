"""Gold attributions (PolNeAr form) as BIO labels over a paragraph's tokens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..tokens import Tok

#: later kinds win where spans overlap: a nested cue or source inside another's content
_ORDER = (("content", "C"), ("source", "S"), ("cue", "Q"))


def gold_labels(toks: Sequence[Tok], golds: Sequence[dict[str, Any]]) -> list[str]:
    if not toks:
        return []
    lo, hi = toks[0].start, toks[-1].end
    kind = ["O"] * len(toks)
    owner: list[tuple[int, str, int] | None] = [None] * len(toks)
    for field, tag in _ORDER:
        for a, gold in enumerate(golds):
            for f, (start, end) in enumerate(gold.get(field) or []):
                if end <= lo or start >= hi:
                    continue
                for i, tok in enumerate(toks):
                    if tok.start < end and tok.end > start:
                        kind[i] = tag
                        owner[i] = (a, tag, f)
    out: list[str] = []
    for i, k in enumerate(kind):
        if k == "O":
            out.append("O")
        else:
            fresh = i == 0 or owner[i - 1] != owner[i]
            out.append(("B-" if fresh else "I-") + k)
    return out
