"""Sentence boundaries in news text as exact spans: abbreviations and initials hold,
glued sentences ("Iraq.Several", "StateThe authenticity") split.
"""

from __future__ import annotations

import re

from ..model import Span
from .lexicon import lexicon

_TERMINAL = re.compile(r"[.!?…]+")
_CLOSERS = "\"”’')]"
_OPENERS = "\"“‘'(["
_LOWER_OR_SPACE = frozenset("abcdefghijklmnopqrstuvwxyz ")
_LINE = re.compile(r"[^\n]+")


#: a capitalised word glued to the lower-case letter before it: "StateThe authenticity"
_GLUED = re.compile(r"(?<=[a-z])[A-Z][a-z]*(?=\s)")


def split_sentences(text: str) -> list[Span]:
    """Spans of the sentences of ``text``, in order, without surrounding white space."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for cut in _cuts(text, line.start(), line.end()):
            _append(spans, text, start, cut)
            start = cut
        _append(spans, text, start, line.end())
    return spans


def _cuts(text: str, start: int, end: int) -> list[int]:
    starters = lexicon().sentence_starters
    cuts = [m.start() for m in _GLUED.finditer(text, start, end) if m.group() in starters]
    for match in _TERMINAL.finditer(text, start, end):
        cut = _boundary_after(text, match.start(), match.end(), end)
        if cut is not None:
            cuts.append(cut)
    return sorted(set(cuts))


def _boundary_after(text: str, punct_start: int, punct_end: int, line_end: int) -> int | None:
    """Where the sentence ends if the stop at ``punct_start`` ends one, else None."""
    pos = punct_end
    while pos < line_end and text[pos] in _CLOSERS:
        nxt = text[pos + 1] if pos + 1 < line_end else " "
        # A straight quote glued to a letter opens the next quote: '."Sir, ...'
        if text[pos] in "\"'" and nxt.isalnum():
            break
        pos += 1
    if pos >= line_end:
        return None
    glued = not text[pos].isspace()
    nxt_pos = pos
    while nxt_pos < line_end and text[nxt_pos].isspace():
        nxt_pos += 1
    if nxt_pos >= line_end:
        return None
    first = text[nxt_pos]
    if first in _OPENERS:
        first = text[nxt_pos + 1] if nxt_pos + 1 < line_end else " "
    if not (first.isupper() or first.isdigit()):
        return None
    if pos > punct_end and text[punct_end] in "\"”'" and _attribution_follows(text, nxt_pos):
        # '"Why?" Clinton asked.': the attribution belongs to the quote's sentence.
        return None
    word = _word_before(text, punct_start)
    stop = text[punct_start:punct_end]
    if stop == ".":
        bare = word.lower().rstrip(".")
        if bare in lexicon().abbreviations or (len(bare) == 1 and bare.isalpha()):
            return None
        if "." in bare and _next_word(text, nxt_pos, line_end) not in lexicon().sentence_starters:
            return None
    if glued:
        if stop != "." and stop != "?" and stop != "!":
            return None
        after = text[nxt_pos : nxt_pos + 2]
        if len(word) < 2 or not word[-1].isalpha() or "." in word:
            return None
        capital_word = len(after) == 2 and after[0].isupper() and after[1] in _LOWER_OR_SPACE
        if not capital_word and text[pos] not in _OPENERS:
            return None
    return pos


def _attribution_follows(text: str, start: int) -> bool:
    """True if a few capitalised words and then a reporting cue come next ("Clinton said")."""
    cues = lexicon().cue_lemma
    words = text[start : start + 120].split()[:10]
    for count, word in enumerate(words[:6]):
        bare = word.strip(",.;:")
        if bare in cues:
            # '… Clinton said.' or '… Clinton said, adding …', not '… Clinton said the plan …'
            rest = words[count:]
            return count > 0 and any(w.endswith((".", ",")) for w in rest[:4])
        if not bare[:1].isupper() or (word.endswith((".", "!", "?")) and len(bare) > 3):
            return False
    return False


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENERS:
        start -= 1
    return text[start:end]


def _next_word(text: str, start: int, end: int) -> str:
    stop = start
    while stop < end and (text[stop].isalpha() or text[stop] in "’'"):
        stop += 1
    return text[start:stop]


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
