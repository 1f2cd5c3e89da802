"""Words that say what a sentence or statement is about: tokens, stems and content words.

Shared by the title, summary and contradiction stages so that they agree on what "the same
topic" means. Deliberately tiny (no tagger, no model): the builder must stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

#: Words, numbers with their decimal/thousand separators, and contractions kept whole so that
#: "don't" stays one token and its "n't" can be seen as a negation cue.
_TOKEN = re.compile(r"[$£€]?\d[\d,.]*\d%?|[$£€]?\d%?|[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    stem: str
    start: int
    end: int
    content: bool = False


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a file in ``builder/data``."""
    raw = resources.files("briefing.builder").joinpath("data", name).read_text(encoding="utf-8")
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
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        raw = match.group(0)
        lower, stemmed, content = _word(raw)
        tokens.append(
            Token(raw, lower, stemmed, offset + match.start(), offset + match.end(), content)
        )
    return tokens


def is_content(token: Token) -> bool:
    return token.content


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text``, in order, repeats kept."""
    return [info[1] for word in _TOKEN.findall(text) if (info := _word(word))[2]]


@lru_cache(maxsize=1 << 16)
def _word(raw: str) -> tuple[str, str, bool]:
    """Lower case, stem and whether it is a content word (cached: news reuses its words)."""
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
    return lower, stem(lower), content
