"""What a statement is about and which of those things it affirms or denies.

A statement becomes a set of *keys* (word stems, or an event concept such as ``@withdrawal``
when it uses any of that event's phrases), each marked affirmed or negated. A key is negated
when a negation cue ("no", "not", "never", "denied" …) stands before it in the same clause, or
when the statement holds a whole-statement denial ("That's not what's happening").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import yaml

from .topics import PACKAGE, Token, data_lines, data_text, negation_cues, stem, stopwords, tokenize

#: How many words after a cue a negation reaches at most.
NEGATION_REACH = 8
#: How many words a condition ("as long as") has at most.
CONDITION_WORDS = 3
_CLAUSE_PUNCT = re.compile(r"[,;:.!?—–()\"“”]")
#: the space and quote mark between a negation cue and the quoted word it denies
_OPENING_MARK = re.compile(r"\s+[“‘\"']")
_NUMBER = re.compile(r"^[$£€]?\d[\d,]*(?:\.\d+)?%?$")
_MAGNITUDE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "m": 1e6,
    "bn": 1e9,
}
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100, "dozen": 12,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Event:
    key: str
    label: str
    phrases: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Lexicons:
    events: dict[str, Event]
    #: first stem of a phrase → (phrase stems, event key), longest phrases first
    phrase_index: dict[str, list[tuple[tuple[str, ...], str]]]
    antonyms: dict[str, frozenset[str]]
    denials: tuple[str, ...]
    exceptions: tuple[tuple[str, ...], ...]
    clause_breaks: frozenset[str]
    #: first word → multi-word cues starting with it ("vote" → ("vote", "against"))
    multiword_cues: dict[str, tuple[tuple[str, ...], ...]]
    passive_cues: frozenset[str]
    conditions: frozenset[str]
    embedding_cues: frozenset[str]
    #: lower-case word → (phrase, the word's place in it) of phrases that only look like an
    #: event ("deal with", "exit polls")
    not_events: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = field(default_factory=dict)


@dataclass(slots=True)
class KeyUse:
    """One key in one statement: the words that expressed it and the cue that negated it."""

    surface: str
    negated: bool
    cue: str = ""
    mixed: bool = False
    #: 0 in the statement's own clause, 1 inside a claim it reports ("after reports claimed
    #: that it would pull out"): the speaker's own stance is the one at depth 0.
    depth: int = 0
    #: how many words after its cue the key stands (0 for a whole-statement denial): a cue
    #: right before a word negates it; one six words back may negate something else
    reach: int = 0


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str
    surface: str


@dataclass(slots=True)
class Analysis:
    keys: dict[str, KeyUse] = field(default_factory=dict)
    quantities: list[Quantity] = field(default_factory=list)
    #: Every number written in the statement, whatever it counts (to see that a figure of
    #: one statement appears somewhere in the other).
    values: set[float] = field(default_factory=set)
    denial: str = ""

    def polarity(self, key: str) -> bool | None:
        """True if affirmed, False if negated, None if absent or both in one statement."""
        use = self.keys.get(key)
        if use is None or use.mixed:
            return None
        return not use.negated


@cache
def lexicons() -> Lexicons:
    def load(name: str) -> object:
        return yaml.safe_load(data_text(name))

    events: dict[str, Event] = {}
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    raw_events = load("events.yaml")
    assert isinstance(raw_events, dict)
    for name, spec in raw_events.items():
        key = f"@{name}"
        phrases = tuple(_phrase_stems(str(p)) for p in spec["phrases"])
        events[key] = Event(key, str(spec.get("label", name)), phrases)
        for phrase in phrases:
            index.setdefault(phrase[0], []).append((phrase, key))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return Lexicons(
        events=events,
        phrase_index=index,
        antonyms=antonym_table((PACKAGE, "antonyms.yaml")),
        denials=tuple(line.lower() for line in data_lines("denials.txt")),
        exceptions=tuple(
            tuple(line.lower().split()) for line in data_lines("negation_exceptions.txt")
        ),
        clause_breaks=frozenset(line.lower() for line in data_lines("clause_breaks.txt")),
        multiword_cues=_by_first_word(tuple(c.split()) for c in negation_cues() if " " in c),
        passive_cues=frozenset(line.lower() for line in data_lines("negation_passive.txt")),
        conditions=frozenset(line.lower() for line in data_lines("negation_conditions.txt")),
        embedding_cues=frozenset(line.lower() for line in data_lines("embedded_claims.txt")),
        not_events=_by_word(
            tuple(line.lower().split()) for line in data_lines("event_exceptions.txt")
        ),
    )


def _by_word(
    phrases: Iterable[tuple[str, ...]],
) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        for place, word in enumerate(phrase):
            index.setdefault(word, []).append((phrase, place))
    return {word: tuple(found) for word, found in index.items()}


def antonym_table(*files: tuple[str, str]) -> dict[str, frozenset[str]]:
    """Stem → the stems of its opposites, from antonym files given as ``(package, name)``."""
    antonyms: dict[str, set[str]] = {}
    for package, name in files:
        raw = data_text(name, package)
        pairs = yaml.safe_load(raw)
        assert isinstance(pairs, list)
        for left, right in pairs:
            for a in _forms(left):
                for b in _forms(right):
                    antonyms.setdefault(a, set()).add(b)
                    antonyms.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in antonyms.items()}


@cache
def generic_stems() -> frozenset[str]:
    """Stems of words too common to make a topic (``generic_words.txt``)."""
    return frozenset(
        stem(word.lower()) for line in data_lines("generic_words.txt") for word in line.split()
    )


def _by_first_word(
    phrases: Iterable[tuple[str, ...]],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in index.items()}


def _forms(side: object) -> set[str]:
    words = side if isinstance(side, list) else [side]
    return {_phrase_stems(str(word))[0] for word in words}


def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(t.stem for t in tokenize(phrase))


def analyze(text: str, tokens: list[Token] | None = None) -> Analysis:
    """The keys of ``text`` with the stance taken on each; ``tokens``: ``tokenize(text)``,
    when the caller has them already."""
    lex = lexicons()
    if tokens is None:
        tokens = tokenize(text)
    stems = [t.stem for t in tokens]
    lowered = text.lower().replace("’", "'")
    analysis = Analysis()
    analysis.denial = next((d for d in lex.denials if d in lowered), "")

    negated_by, reach = _negation_scopes_and_reach(text, tokens, lex)

    # This loop runs once per word of every statement, so it reads the lexicons into locals
    # and handles the common one-word key without the slicing and searching a phrase needs.
    phrase_index, embedding_cues = lex.phrase_index, lex.embedding_cues
    depth = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if depth == 0 and i > 0 and token.lower in embedding_cues:
            depth = 1
        key, width = (
            _event_at(stems, i, lex)
            if stems[i] in phrase_index and not _not_an_event(tokens, i, lex)
            else (None, 1)
        )
        if key is None:
            # A word token starts with a letter; only the others can be figures.
            if (not token.lower[0].isalpha() and _NUMBER.match(token.lower)) or (
                token.lower in _NUMBER_WORDS
            ):
                _add_quantity(analysis, text, tokens, stems, i)
            if not token.content:
                i += 1
                continue
            key = stems[i]
        if width == 1:
            surface, cue, distance = token.text, negated_by[i], reach[i]
        else:
            surface = text[token.start : tokens[i + width - 1].end]
            cue = next((negated_by[k] for k in range(i, i + width) if negated_by[k]), "")
            distance = next((reach[k] for k in range(i, i + width) if negated_by[k]), 0)
        if width == 1 and tokens[i].lower.startswith("non-") and len(tokens[i].lower) > 5:
            # "non-UK" is "not UK": the word after the prefix, negated (or un-negated).
            key = stem(tokens[i].lower[4:])
            surface = surface[4:]
            cue = "" if cue else surface and tokens[i].text[:4]
        if analysis.denial and not cue:
            cue, distance = analysis.denial, 0
        _record(analysis, key, surface, cue, depth, distance)
        i += width
    return analysis


def _negation_scopes(text: str, tokens: list[Token], lex: Lexicons) -> list[str]:
    """Per token, the cue that negates it ("" when none, or when two cues cancel out)."""
    return _negation_scopes_and_reach(text, tokens, lex)[0]


def _negation_scopes_and_reach(
    text: str, tokens: list[Token], lex: Lexicons
) -> tuple[list[str], list[int]]:
    """Per token, the cue that negates it and how many words after that cue it stands."""
    flips = [0] * len(tokens)
    reach = [0] * len(tokens)
    first_cue = [""] * len(tokens)
    cues, multiword = negation_cues(), lex.multiword_cues
    # Most words are no cue: pick out in one pass the few that may start one (_cue_width is 0
    # for every other word), then walk only those.
    maybe = [
        n
        for n, token in enumerate(tokens)
        if token.lower in multiword or token.lower in cues or token.lower.endswith("n't")
    ]
    after = 0  # a cue's words are not cues of their own
    neither_until = -1  # "neither X nor Y helped": the "nor" goes on negating, it does not undo
    for i in maybe:
        if i < after:
            continue
        continuing = tokens[i].lower == "nor" and i <= neither_until
        width = _cue_width(tokens, i, lex)
        if not width:
            continue
        last = i + width - 1
        after = last + 1
        cue = " ".join(t.text for t in tokens[i : last + 1])
        if tokens[i].lower == "neither":
            neither_until = i + NEGATION_REACH
        if _hedged(tokens, last, lex.exceptions) or _conditional(text, tokens, i, lex):
            continue
        passive = tokens[i].lower in lex.passive_cues and i > 0 and tokens[i - 1].lower in _BE
        if passive:
            # "was rejected by X" denies the subject before the verb, not X.
            scope = range(i - 2, max(-1, i - 2 - NEGATION_REACH), -1)
        else:
            # "neither … nor …" negates the whole clause, however long its two subjects.
            reach_of = NEGATION_REACH * (2 if tokens[i].lower in ("neither", "nor") else 1)
            scope = range(last + 1, min(len(tokens), last + 1 + reach_of))
        previous = i - 1 if passive else last
        # "At no time did Dick Clark Productions agree": after an auxiliary the negation skips
        # the named subject to the verb it bears on, as in "Dick Clark Productions never agreed".
        inverted = not passive and last + 1 < len(tokens) and tokens[last + 1].lower in _AUXILIARIES
        named = 0
        for j in scope:
            between = (
                text[tokens[j].end : tokens[previous].start]
                if passive
                else text[tokens[previous].end : tokens[j].start]
            )
            # The dots of "U.S." end no clause; nor does a quote mark opening right after the
            # cue ('do not “fit with what I thought"': the words denied are quoted).
            initials = between.strip() == "." and len(tokens[min(j, previous)].text) == 1
            quoted = j == last + 1 and not passive and _OPENING_MARK.fullmatch(between) is not None
            if (_CLAUSE_PUNCT.search(between) and not initials and not quoted) or (
                tokens[j].lower in lex.clause_breaks
            ):
                break
            if continuing and flips[j]:
                previous = j
                continue
            flips[j] += 1
            if not first_cue[j]:
                first_cue[j] = cue
                reach[j] = abs(j - (i - 1 if passive else last)) - named
            if inverted and j > last + 1 and tokens[j].text[:1].isupper() and named == j - last - 2:
                named += 1
            previous = j
    # Two cues over one word cancel: "nor did she plan to stop buying" affirms the buying.
    negating = [cue if n % 2 else "" for cue, n in zip(first_cue, flips, strict=True)]
    return negating, reach


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "would", "will", "could"})


def _cue_width(tokens: list[Token], i: int, lex: Lexicons) -> int:
    token = tokens[i]
    for phrase in lex.multiword_cues.get(token.lower, ()):
        if tuple(t.lower for t in tokens[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 1 if token.lower in negation_cues() or token.lower.endswith("n't") else 0


def _hedged(tokens: list[Token], i: int, exceptions: tuple[tuple[str, ...], ...]) -> bool:
    after = [t.lower for t in tokens[i + 1 : i + 4]]
    return any(tuple(after[: len(e)]) == e for e in exceptions)


def _conditional(text: str, tokens: list[Token], i: int, lex: Lexicons) -> bool:
    """A cue inside an "if …" clause states a condition, not a denial."""
    for j in range(i - 1, max(-1, i - 1 - NEGATION_REACH), -1):
        if _CLAUSE_PUNCT.search(text[tokens[j].end : tokens[j + 1].start]):
            return False
        # "if", or a condition of several words ending here ("as long as")
        if any(
            " ".join(t.lower for t in tokens[j - width + 1 : j + 1]) in lex.conditions
            for width in range(1, min(j + 1, CONDITION_WORDS) + 1)
        ):
            return True
    return False


def _not_an_event(tokens: list[Token], i: int, lex: Lexicons) -> bool:
    """The word at ``i`` stands in a phrase that only looks like an event ("deal with")."""
    for phrase, place in lex.not_events.get(tokens[i].lower, ()):
        start = i - place
        if start >= 0 and tuple(t.lower for t in tokens[start : start + len(phrase)]) == phrase:
            return True
    return False


def _event_at(stems: list[str], i: int, lex: Lexicons) -> tuple[str | None, int]:
    for phrase, key in lex.phrase_index.get(stems[i], ()):
        if tuple(stems[i : i + len(phrase)]) == phrase:
            return key, len(phrase)
    return None, 1


def _record(
    analysis: Analysis, key: str, surface: str, cue: str, depth: int, reach: int = 0
) -> None:
    use = analysis.keys.get(key)
    if use is None:
        analysis.keys[key] = KeyUse(surface, bool(cue), cue, depth=depth, reach=reach)
    elif use.negated != bool(cue) and depth <= use.depth:
        # Both stances in the same clause level: the statement does not take one.
        use.mixed = True


_REFERRING = frozenset({"the", "these", "those", "both", "its", "their", "his", "her"})


def _in_parentheses(text: str, tokens: list[Token], i: int) -> bool:
    before = text[: tokens[i].start]
    return before.rfind("(") > before.rfind(")")


def _add_quantity(
    analysis: Analysis, text: str, tokens: list[Token], stems: list[str], i: int
) -> None:
    word = tokens[i].lower
    if word in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[word])
    else:
        try:
            value = float(word.strip("$£€%").replace(",", ""))
        except ValueError:
            return
    j = i + 1
    if j < len(tokens) and tokens[j].lower in _MAGNITUDE:
        value *= _MAGNITUDE[tokens[j].lower]
        j += 1
    analysis.values.add(value)
    before = tokens[i - 1].lower if i else ""
    if before in _REFERRING or _in_parentheses(text, tokens, i):
        # "the two countries" points back at things already counted; "(3,598 km)" converts
        # a figure given just before. Neither is a count the speaker asserts.
        return
    if 1000 <= value <= 2100 and value.is_integer() and "," not in word:
        unit = "year"
    elif word.endswith("%"):
        unit = "%"
    else:
        # The thing counted is the next content word: "19 members", "$9.4 billion" (money).
        unit = next(
            (
                stems[k]
                for k in range(j, min(len(tokens), j + 3))
                if tokens[k].lower not in stopwords()
            ),
            "",
        )
        if word[0] in "$£€":
            unit = "money"
    if unit:
        analysis.quantities.append(Quantity(value, unit, " ".join(t.text for t in tokens[i:j])))
