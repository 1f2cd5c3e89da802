"""Token features for the attribution tagger: the word and its neighbours, plus today's rule
signals (cue lexicon, quote marks, what the rules already found), as crfsuite attribute names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...model import Span
from ..lexicon import lexicon
from ..tokens import Tok

_QUOTE_CHARS = frozenset("\"“”„‘’'")
_PUNCT_SHAPE = {",": ",", ".": ".", ":": ":", ";": ";", "?": ".", "!": ".", "(": "(", ")": ")"}
#: what a rule draft says about a token: content (C), its cue (Q) or its source (S)
RuleMark = str


def _shape(word: str) -> str:
    first = word[0]
    if first in _QUOTE_CHARS:
        return "q"
    if not first.isalnum():
        return _PUNCT_SHAPE.get(first, "p")
    if first.isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "A"
    return "X" if first.isupper() else "x"


def _bucket(d: int) -> str:
    if d == 0:
        return "0"
    sign = "+" if d > 0 else "-"
    d = abs(d)
    return sign + (str(d) if d <= 3 else "4" if d <= 6 else "7" if d <= 12 else "far")


_BUCKETS = {d: _bucket(d) for d in range(-13, 14)}


def _distance_bucket(d: int) -> str:
    return _BUCKETS.get(d) or _bucket(d)


def token_features(
    toks: Sequence[Tok],
    quoted: Sequence[bool],
    sentence_first: Iterable[int],
    rule: Sequence[RuleMark],
) -> list[list[str]]:
    """One attribute list per token of a unit (a paragraph or a sentence)."""
    lex = lexicon()
    cue_lemma = lex.cue_lemma
    pronouns = lex.pronouns
    n = len(toks)
    lower = [t.lower for t in toks]
    shapes = [_shape(t.text) for t in toks]
    lemma = [cue_lemma.get(w, "") for w in lower]
    firsts = set(sentence_first)
    # Signed distance to the nearest lexicon cue in the unit, from both sides.
    near = _nearest([i for i in range(n) if lemma[i]], n)
    padded = ["<s>", "<s>", *lower, "</s>", "</s>"]
    pshape = ["<s>", "<s>", *shapes, "</s>", "</s>"]
    prule = ["-", *rule, "-"]
    out: list[list[str]] = []
    for i in range(n):
        w = lower[i]
        j = i + 2
        feats = [
            "b",
            "w=" + w,
            "s=" + shapes[i],
            "x3=" + w[-3:],
            "w-1=" + padded[j - 1],
            "w+1=" + padded[j + 1],
            "w-2=" + padded[j - 2],
            "w+2=" + padded[j + 2],
            "ww-1=" + padded[j - 1] + "|" + w,
            "ww+1=" + w + "|" + padded[j + 1],
            "ss=" + pshape[j - 1] + shapes[i] + pshape[j + 1],
            "dc=" + near[i],
            "q=" + ("1" if quoted[i] else "0"),
            "r=" + rule[i],
            "rr=" + prule[i] + rule[i] + prule[i + 2],
        ]
        if lemma[i]:
            feats.append("lem=" + lemma[i])
        if w in pronouns:
            feats.append("pron")
        if i in firsts:
            feats.append("first")
        if i + 1 in firsts or i == n - 1:
            feats.append("last")
        out.append(feats)
    return out


def _nearest(at: list[int], n: int) -> list[str]:
    """For each of ``n`` tokens, the signed distance bucket to the nearest index in ``at``."""
    if not at:
        return ["none"] * n
    dist = ["none"] * n
    k = 0
    for i in range(n):
        while k + 1 < len(at) and abs(at[k + 1] - i) <= abs(at[k] - i):
            k += 1
        dist[i] = _distance_bucket(i - at[k])
    return dist


def rule_marks(toks: Sequence[Tok], marks: Sequence[tuple[Span, RuleMark]]) -> list[RuleMark]:
    """Each token's rule mark, later marks (cues, sources) winning over earlier (contents)."""
    out = ["O"] * len(toks)
    if not marks or not toks:
        return out
    starts = [t.start for t in toks]
    from bisect import bisect_left

    for (start, end), mark in marks:
        at = bisect_left(starts, start)
        if at > 0 and toks[at - 1].end > start:
            at -= 1
        while at < len(toks) and toks[at].start < end:
            out[at] = mark
            at += 1
    return out
