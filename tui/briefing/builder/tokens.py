"""The builder's tokenizer: words and punctuation with their offsets, reporting cues marked.

A full stop glued to a word is a token of its own unless the word is an abbreviation
("Sen.", "U.S.") or a name suffix ("Jr."), so sentence-final words stay clean.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import lexicon, words

#: marks pasted text carries that show nothing: direction marks, zero-width spaces, a BOM
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
#: a past-tense form in "-ed", listed as a cue or not ("pressed", "renewed")
PAST_VERB = re.compile(r"[a-z]{3,}ed")

#: (marks that show nothing are no tokens: "\u202a”Isis …" opens with the quote mark)
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[’'\-.&]\w+)*\.?(?:[’']s?)?"
    r"|[^\w\s" + "".join(sorted(INVISIBLE)) + "]"
)


class Tok(NamedTuple):
    """A word or punctuation mark with its offsets; a tuple because sentences hold many."""

    text: str
    start: int
    end: int
    lower: str
    #: a reporting cue as written ("said", not "Said")
    cue: bool

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()


def make_tok(word: str, start: int, end: int) -> Tok:
    return Tok(word, start, end, word.lower(), word in lexicon().cue_lemma)


@lru_cache(maxsize=1024)
def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    Remembered for a while, and shared: the rules and then the tagger read most sentences of
    an article, so the list must not be changed by whoever gets it.
    """
    lex = lexicon()
    cues = lex.cue_lemma
    found: list[Tok] = []
    append = found.append
    # tuple.__new__ skips NamedTuple's Python-level __new__ (a call per token).
    new = tuple.__new__
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        begin, stop = match.span()
        if word[-1] == "." and len(word) > 2 and word.count(".") == 1:
            bare = word[:-1].lower()
            if bare not in lex.abbreviations and bare not in words().name_suffixes:
                append(make_tok(word[:-1], begin, stop - 1))
                append(make_tok(".", stop - 1, stop))
                continue
        append(new(Tok, (word, begin, stop, word.lower(), word in cues)))
    return found


def token_at(toks: list[Tok], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo
