"""How well one query word matches one word of a statement, and what a match is worth.

The index and the exhaustive reference scorer both use these functions, so the index can
only lose hits by skipping candidates, never by scoring them differently.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

#: Query words shorter than this match only exactly or as a prefix: a typo in a three-letter
#: word matches half the language.
FUZZY_MIN_LENGTH = 4
#: Shortest query word that matches as a prefix ("withdr" while typing "withdrawal").
PREFIX_MIN_LENGTH = 2
#: Words sharing a beginning this long, and most of the shorter word, share a stem:
#: "leaving" finds "leave", "withdrew" finds "withdrawal".
STEM_MIN_LENGTH = 4

#: A matched query word is worth COVERAGE plus its weighted quality, so statements that
#: match more of the query's words come first, and among those, the closer matches.
COVERAGE = 2.0
#: Field weights: a match in who said it edges out the same word in what was said (so
#: "esper leave" ranks Esper's own statements first); the brief's title and date count half.
SPEAKER_FIELD = 1.05
TEXT_FIELD = 1.0
TITLE_FIELD = 0.5

#: Qualities at or above this are whole words and words being typed; below it, near misses:
#: another form of the word ("leaving" for "leave") or a typo ("Miller" for "milley").
STRONG_MIN = 0.5
#: A near miss's quality is scaled into [0, STRONG_MIN) by this, so every near miss ranks
#: below every whole-word or prefix match of the same query word.
NEAR_MISS_QUALITY = 0.5
#: What a near miss counts for when the query word itself is in the briefs: it is then a
#: word of its own ("milley" is a name; "Miller" and "especially" are other words), so its
#: near misses only order statements that otherwise tie, after every whole-word match. A
#: query word found nowhere is a typo ("withdrawl"), and its near misses count in full.
NEAR_MISS_SHARE = 0.001


def same_start(term: str, word: str) -> bool:
    """Typos keep the first letter, or swap the first two: a different first letter is a
    different word far more often than a slip (search engines such as Meilisearch count it
    as two typos). It also lets the index look only at words starting alike."""
    return word[:1] == term[:1] or word[:2] == term[1::-1]


def fuzzy_cutoff(length: int) -> float:
    """The least ``fuzz.ratio`` for a typo: one edit in a short word, about two in a long one."""
    return 75.0 if length <= 5 else 80.0


def length_window(length: int) -> tuple[int, int]:
    """Word lengths that can reach ``fuzzy_cutoff``: ratio = 2·common / (a + b)."""
    cutoff = fuzzy_cutoff(length) / 100
    return math.ceil(length * cutoff / (2 - cutoff)), math.floor(length * (2 - cutoff) / cutoff)


def prefix_quality(term: str, word: str) -> float:
    return 0.6 + 0.3 * len(term) / len(word)


def common_prefix_length(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def stem_quality(term: str, word: str) -> float:
    common = common_prefix_length(term, word)
    shorter = min(len(term), len(word))
    if common < STEM_MIN_LENGTH or common < 0.75 * shorter:
        return 0.0
    return 0.5 + 0.3 * common / max(len(term), len(word))


def fuzzy_quality(ratio: float) -> float:
    return 0.85 * ratio / 100


def word_quality(term: str, word: str) -> float:
    """0 for no match, 1 for the same word, 0.6–0.9 for a word it begins, and below
    ``STRONG_MIN`` for a near miss (another form of the word, or a typo)."""
    if term == word:
        return 1.0
    if len(term) >= PREFIX_MIN_LENGTH and word.startswith(term):
        return prefix_quality(term, word)
    quality = stem_quality(term, word) if len(term) >= STEM_MIN_LENGTH else 0.0
    if len(term) >= FUZZY_MIN_LENGTH and same_start(term, word):
        ratio = fuzz.ratio(term, word, score_cutoff=fuzzy_cutoff(len(term)))
        if ratio:
            quality = max(quality, fuzzy_quality(ratio))
    return NEAR_MISS_QUALITY * quality


def is_near_miss(quality: float) -> bool:
    return 0 < quality < STRONG_MIN


def term_weight(document_frequency: int, total: int) -> float:
    """Rare words weigh more (0.5 for a word in everything, up to 1.5 for a unique one)."""
    if total <= 0:
        return 1.0
    return 0.5 + math.log1p(total / (1 + document_frequency)) / math.log1p(total)


def match_value(quality: float, weight: float, field: float, near_share: float = 1.0) -> float:
    """What a match adds to a statement's score; ``near_share`` scales a near miss."""
    share = near_share if quality < STRONG_MIN else 1.0
    return field * share * (COVERAGE + weight * quality)


def matched_characters(term: str, word: str) -> list[int]:
    """Offsets in ``word`` of the characters that ``term`` matched, for highlighting."""
    if word.startswith(term):
        return list(range(len(term)))
    offsets: list[int] = []
    for opcode in Indel.opcodes(term, word):
        if opcode.tag == "equal":
            offsets.extend(range(opcode.dest_start, opcode.dest_end))
    return offsets
