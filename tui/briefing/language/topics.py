"""Words that say what a sentence or statement is about: tokens, stems and content words.

Shared by the builder's title and summary stages and by the dispute rules
(``briefing.disputes``) so that they agree on what "the same topic" means. Deliberately tiny
(no tagger, no model): the builder must stay fast.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

#: Words, numbers with their decimal/thousand separators, and contractions kept whole so that
#: "don't" stays one token and its "n't" can be seen as a negation cue. Words come first and
#: every branch opens with a plain character class, which lets the regex engine skip quickly
#: to where a token can start (about a quarter faster than optional prefixes).
_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?|[$£€]\d(?:[\d,.]*\d)?%?|\d(?:[\d,.]*\d)?%?")


class Token(NamedTuple):
    # A named tuple rather than a frozen dataclass: statements are tokenized by the thousand
    # and a tuple is about twice as quick to make. The fields that depend on the word alone
    # come first, so that ``tokenize`` can join a cached head to the match's span.
    text: str
    lower: str
    stem: str
    content: bool
    start: int
    end: int


#: The package whose ``data`` folder holds these word files.
PACKAGE = "briefing.language"


def data_text(name: str, package: str = PACKAGE) -> str:
    """A word file of ``package``'s ``data`` folder (this package's unless told)."""
    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str, package: str = PACKAGE) -> list[str]:
    """Non-empty, non-comment lines of a word file in ``package``'s ``data`` folder."""
    raw = data_text(name, package)
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@cache
def stopwords() -> frozenset[str]:
    return frozenset(word.lower() for line in data_lines("stopwords.txt") for word in line.split())


@cache
def negation_cues() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("negation.txt"))


# Order matters: longer suffixes first, and each keeps a stem of at least three letters, so
# "withdrawal"/"withdrawing"/"withdraws" meet at "withdraw" and "plans"/"planned" at "plan".
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "als",
    "al",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)


@cache
def stem(word: str) -> str:
    """A crude suffix-stripping stem: enough to match inflections, never shown to a reader."""
    base = _strip_suffix(word.lower().replace("’", "'"))
    # One spelling for "evacuate"/"evacuated" (→ evacuat) and "easy"/"easily" (→ easi).
    if base.isalpha():
        if len(base) > 4 and base.endswith("e"):
            base = base[:-1]
        elif len(base) > 3 and base.endswith("y"):
            base = base[:-1] + "i"
    return base


def _strip_suffix(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if not word.isalpha() or len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            # "planned" → "plann" → "plan": undo the doubled consonant of inflection.
            if (
                suffix in ("ed", "ing", "er", "ers")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"
            ):
                base = base[:-1]
            return base
    return word


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # tuple.__new__ skips NamedTuple's Python-level __new__: a third of the time to tokenize.
    if offset:
        return [
            tuple.__new__(Token, (*_word(m.group()), m.start() + offset, m.end() + offset))
            for m in _TOKEN.finditer(text)
        ]
    return [tuple.__new__(Token, _word(m.group()) + m.span()) for m in _TOKEN.finditer(text)]


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text``, in order, repeats kept."""
    return list(filter(None, map(_CONTENT_STEM.__getitem__, _TOKEN.findall(text))))


@lru_cache(maxsize=1024)
def sentence_stems(sentence: str) -> tuple[str, ...]:
    """``content_stems`` of one sentence of the article, remembered for a while: the title and
    summary stages both read every sentence's stems, and tokenizing is most of their work."""
    return tuple(content_stems(sentence))


class _ContentStemMemo(dict[str, str]):
    """Raw token → its stem when it is a content word, else "" (a stem is never empty).

    The title and summary stages take the stems of every sentence; a plain dict lookup per
    word is several times quicker than going through ``_word`` for each.
    """

    def __missing__(self, raw: str) -> str:
        if len(self) >= _MEMO_SIZE:
            # Bounded like ``_word``: a huge seed full of distinct numbers cannot grow it forever.
            self.clear()
        _, _, stemmed, content = _word(raw)
        value = self[raw] = stemmed if content else ""
        return value


_MEMO_SIZE = 1 << 16
_CONTENT_STEM = _ContentStemMemo()


@lru_cache(maxsize=1 << 16)
def _word(raw: str) -> tuple[str, str, str, bool]:
    """The word, its lower case, its stem and whether it is a content word (the first fields of
    its ``Token``; cached: news reuses its words)."""
    lower = raw.lower().replace("’", "'")
    # Acronyms ("US", "UK", "EU") name things even when their lower case is a function word.
    if len(raw) > 1 and raw.isupper() and raw.isalpha():
        content = lower not in negation_cues()
    else:
        content = (
            lower not in stopwords()
            and lower not in negation_cues()
            and not lower.endswith("n't")
            and (len(lower) > 2 or lower[0].isdigit())
        )
    return raw, lower, stem(lower), content
