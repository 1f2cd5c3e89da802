"""The words that tell one event from another: each brief as a short weighted list of terms.

A brief's terms are the words of its article (and title) weighted by log tf × idf, names
(words the article writes capitalised) weighted up, cut to the strongest few so that the
comparison of two briefs costs a bounded number of steps however long the articles are.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

from ..model import Brief

#: How many terms stand for one brief. More keeps rarer shared words; fewer is faster.
TERMS_PER_BRIEF = 80
#: A word the article writes capitalised at least half the time is a name (person, place,
#: organisation): it tells events apart better than common words, so it weighs this much more.
NAME_WEIGHT = 1.5

#: Characters of an article read for its terms.
TEXT_LIMIT = 3000
#: The least a shared word weighs. Without a floor, in a folder that is all one story the
#: story's own words (in every brief) weigh nothing and its briefs fall apart by detail.
IDF_FLOOR = 0.5

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")

Vector = dict[str, float]


@cache
def word_list(name: str) -> frozenset[str]:
    """A lowercase word list from ``stories/data``: one entry a line, ``#`` comments."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line and name == "stopwords.txt":
            words.update(line.split())
        elif line:
            words.add(line.lower())
    return frozenset(words)


def term_counts(text: str) -> dict[str, float]:
    """Term → weighted count: stopwords and words under three letters dropped, a plural
    folded to its singular, a name counted ``NAME_WEIGHT`` times."""
    return read_words(text)[0]


def read_words(text: str) -> tuple[dict[str, float], frozenset[str]]:
    """``term_counts(text)``, and every word of the text lowercased (stopwords too), read in
    one pass: the word lists of ``disputes`` are looked up in the latter."""
    surface = Counter(_WORD.findall(text))
    lowered: dict[str, int] = {}
    capitalised: dict[str, int] = {}
    terms = _terms
    for word, count in surface.items():
        term = terms.get(word)
        if term is None:
            term = _term(word)
        if term:
            lowered[term] = lowered.get(term, 0) + count
            if word[0].isupper():
                capitalised[term] = capitalised.get(term, 0) + count
    counts: dict[str, float] = {}
    for term, count in lowered.items():
        # A common word capitalised once at a sentence start stays below half of its uses.
        is_name = capitalised.get(term, 0) * 2 >= count
        counts[term] = count * NAME_WEIGHT if is_name else float(count)
    return counts, frozenset([w.lower() for w in surface])


#: Surface word → its term, or "" for a word that is no term (stopword, under three
#: letters). Emptied when it grows past ``_TERMS_KEPT`` so that it cannot grow without end.
_terms: dict[str, str] = {}
_TERMS_KEPT = 1 << 18


def _term(word: str) -> str:
    if len(_terms) >= _TERMS_KEPT:
        _terms.clear()
    term = word.lower().replace("’", "'")
    if term.endswith("'s"):
        term = term[:-2]
    if len(term) > 4 and term.endswith("s") and not term.endswith(("ss", "us", "is")):
        term = term[:-1]
    if len(term) < 3 or term in word_list("stopwords.txt"):
        term = ""
    _terms[word] = term
    return term


#: What ``read_words`` found in a brief's text, by the text's digest. The reader finds stories
#: again after every reload and every new brief; only briefs whose text changed are read
#: again. Emptied past ``_READ_KEPT`` briefs so that it cannot grow without end.
_read: dict[bytes, tuple[dict[str, float], frozenset[str]]] = {}
_READ_KEPT = 200_000


def read_brief(brief: Brief) -> tuple[dict[str, float], frozenset[str]]:
    """``read_words(brief_text(brief))``, read once per distinct text in this process.

    Callers must not change what it returns: it is shared by every later call."""
    return read_briefs([brief])[0][0]


def read_briefs(
    briefs: Sequence[Brief],
    kept: Callable[[list[bytes]], dict[bytes, tuple[dict[str, float], frozenset[str]]]]
    | None = None,
) -> tuple[list[tuple[dict[str, float], frozenset[str]]], list[bytes]]:
    """``read_brief`` of each brief, and its text's key. A text read before in this process
    is not read again; one that ``kept`` (a store of earlier runs, asked once for all the
    others) holds is not read either."""
    texts = [brief_text(b) for b in briefs]
    keys = [
        hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).digest() for t in texts
    ]
    missing = [k for k in keys if k not in _read]
    found = kept(missing) if kept is not None and missing else {}
    out: list[tuple[dict[str, float], frozenset[str]]] = []
    for key, text in zip(keys, texts, strict=True):
        read = _read.get(key)
        if read is None:
            read = found.get(key)
            if read is None:
                read = read_words(text)
            if len(_read) >= _READ_KEPT:
                _read.clear()
            _read[key] = read
        out.append(read)
    return out, keys


def brief_text(brief: Brief) -> str:
    """The words that say what a brief reports: its title and the start of its article,
    where news puts the event; the rest adds cost, not evidence."""
    return f"{brief.title}\n{brief.source.text[:TEXT_LIMIT]}"


def vectors(counts: Sequence[dict[str, float]]) -> list[Vector]:
    """Unit-length log tf × idf vectors, each cut to its ``TERMS_PER_BRIEF`` strongest terms.

    A word found in one brief only links nothing, so it is left out before the cut."""
    df: Counter[str] = Counter()
    for brief_counts in counts:
        df.update(brief_counts.keys())
    n = len(counts)
    out: list[Vector] = []
    for brief_counts in counts:
        weights = [
            ((1.0 + math.log(c)) * max(math.log((n + 1) / df[t]), IDF_FLOOR), t)
            for t, c in brief_counts.items()
            if df[t] > 1
        ]
        weights.sort(reverse=True)
        out.append(unit({t: w for w, t in weights[:TERMS_PER_BRIEF] if w > 0}))
    return out


def unit(vector: Vector, keep: int | None = None) -> Vector:
    """``vector`` scaled to length 1, cut to its ``keep`` strongest terms first if given."""
    if keep is not None and len(vector) > keep:
        vector = dict(sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:keep])
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def mentions(words: frozenset[str] | None, text: str, name: str) -> bool:
    """Whether ``text`` (whose lowercase words are ``words``, if known) holds an entry of word
    list ``name``. The words settle most texts; a text holding the first word of a phrase,
    or whose words are not known, is searched."""
    if words is None:
        return phrase_pattern(name).search(text.lower()) is not None
    singles, firsts = _entry_words(name)
    if not singles.isdisjoint(words):
        return True
    return not firsts.isdisjoint(words) and phrase_pattern(name).search(text.lower()) is not None


@cache
def _entry_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    entries = word_list(name)
    singles = frozenset(e.replace("’", "'") for e in entries if " " not in e)
    firsts = frozenset(e.split()[0].replace("’", "'") for e in entries if " " in e)
    return singles, firsts


@cache
def phrase_pattern(name: str) -> re.Pattern[str]:
    """One pattern finding any entry of word list ``name`` as whole words in lowercase text,
    with any spacing between a phrase's words and either apostrophe."""
    entries = sorted(word_list(name), key=len, reverse=True)
    alternatives = (
        r"\s+".join(re.escape(w).replace("'", "['’]") for w in entry.split()) for entry in entries
    )
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")
