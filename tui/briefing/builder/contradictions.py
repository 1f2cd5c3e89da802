"""Disputes: statements that cannot both be true, grouped into two sides.

Two statements by different speakers conflict when they share a topic (content words, or one
event named by any of its synonyms) and either take opposite stances on it (one affirms what
the other negates), use opposite words about it (antonyms), or give different figures for the
same thing. Conflicting pairs are then joined into disputes: each side holds statements that
agree with each other and conflict with the other side, and one speaker is never on both.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Contradiction, Speaker, Statement
from .polarity import Analysis, analyze, generic_stems, lexicons

#: An event counts as the article's subject, so that one shared event word is topic enough,
#: when at least this many statements name it.
SALIENT_EVENT_STATEMENTS = 3
#: Pairs scoring below this are not reported: a false conflict costs a reader more than a
#: missed one.
MIN_CONFIDENCE = 0.5
_NAME_WORD = re.compile(r"[a-z0-9]+")
#: words that name who speaks for a source, not the source ("Carnival officials")
_SOURCE_WORDS = frozenset(
    {"the", "a", "an", "of", "officials", "official", "spokesman", "spokeswoman"}
    | {"spokesperson", "representatives", "representative", "sources", "source", "campaign"}
)
#: Keys held by more statements than this do not propose pairs (they still count once a pair
#: is proposed by another key).
MAX_POSTINGS = 60
MIN_COVERAGE = 0.5


@dataclass(frozen=True, slots=True)
class Conflict:
    """Why two statements cannot both hold. ``first`` affirms, ``second`` denies or differs."""

    first: str
    second: str
    kind: str
    shared: tuple[str, ...]
    flipped: tuple[str, ...]
    cues: tuple[str, ...]
    confidence: float


def find_contradictions(
    text: str, speakers: list[Speaker], statements: list[Statement]
) -> list[Contradiction]:
    if len(statements) < 2:
        return []
    analyses = {s.id: analyze(s.text) for s in statements}
    order = {s.id: n for n, s in enumerate(statements)}
    speaker_of = {s.id: s.speaker for s in statements}
    names = {sp.id: sp.name for sp in speakers}

    event_count: Counter[str] = Counter()
    for analysis in analyses.values():
        event_count.update(k for k in analysis.keys if k.startswith("@"))
    salient = {k for k, n in event_count.items() if n >= SALIENT_EVENT_STATEMENTS}

    conflicts: list[Conflict] = []
    for first, second in _candidate_pairs(statements, analyses):
        if _same_source(names.get(speaker_of[first], ""), names.get(speaker_of[second], "")):
            continue
        conflict = compare(first, analyses[first], second, analyses[second], salient)
        if conflict is not None and conflict.confidence >= MIN_CONFIDENCE:
            conflicts.append(conflict)
    return _disputes(conflicts, analyses, order, speaker_of, names)


def _candidate_pairs(
    statements: list[Statement], analyses: dict[str, Analysis]
) -> list[tuple[str, str]]:
    """Pairs that could conflict, found from what could make them conflict.

    A stance flip needs a key one statement negates and the other holds; an antonym needs the
    opposite word in the other; differing figures need the same counted thing. Looking up only
    those in an inverted index keeps long articles near-linear instead of all-pairs.
    """
    position = {s.id: n for n, s in enumerate(statements)}
    by_key: dict[str, list[str]] = defaultdict(list)
    by_unit: dict[str, list[str]] = defaultdict(list)
    for statement in statements:
        analysis = analyses[statement.id]
        for key in analysis.keys:
            by_key[key].append(statement.id)
        for unit in dict.fromkeys(q.unit for q in analysis.quantities):
            by_unit[unit].append(statement.id)
    antonyms = lexicons().antonyms
    pairs: set[tuple[str, str]] = set()
    for statement in statements:
        analysis = analyses[statement.id]
        triggers = [by_key.get(k, []) for k, use in analysis.keys.items() if use.negated]
        triggers += [by_key.get(o, []) for k in analysis.keys for o in antonyms.get(k, ())]
        triggers += [by_unit[q.unit] for q in analysis.quantities]
        for ids in triggers:
            # A word in very many statements is the article's furniture, not a disputed point.
            if len(ids) > MAX_POSTINGS:
                continue
            for other in ids:
                if other != statement.id:
                    pair = sorted((statement.id, other), key=position.__getitem__)
                    pairs.add((pair[0], pair[1]))
    return sorted(pairs, key=lambda p: (position[p[0]], position[p[1]]))


def compare(
    first: str,
    a: Analysis,
    second: str,
    b: Analysis,
    salient: frozenset[str] | set[str] = frozenset(),
) -> Conflict | None:
    """The conflict between two analysed statements, or None when they can both hold."""
    shared = [k for k in a.keys if k in b.keys]
    shared_events = [k for k in shared if k.startswith("@")]
    generic = generic_stems()
    shared_words = [k for k in shared if not k.startswith("@") and k not in generic]
    topical = len(shared_words) >= 2 or (
        bool(shared_events) and (bool(shared_words) or any(e in salient for e in shared_events))
    )
    if not topical:
        return None

    found: list[Conflict] = []
    antonyms = lexicons().antonyms
    opposite_pairs = [
        (use, b.keys[opposite], key)
        for key, use in a.keys.items()
        for opposite in antonyms.get(key, ())
        if opposite in b.keys and not use.mixed and not b.keys[opposite].mixed
    ]
    # "did not win the match" and "lost the match": the negation sits on the opposite word,
    # so the two agree, although "match" is negated in one and not in the other.
    if any(use.negated != other.negated for use, other, _ in opposite_pairs):
        return None
    flipped = [k for k in shared if _polarity_differs(a, b, k) and k not in generic]
    # A flip on names or figures alone ("not in Milan" vs "left Milan") is usually about
    # another clause; a flip on an event or a common word is a stance taken.
    # Two shared words make a topic only when the flip is on one of them; otherwise the
    # negation is most likely about something else in the clause.
    # How much of the shorter statement the other one covers: a denial that shares two words
    # of a long sentence is about something else.
    coverage = len(shared) / max(1, min(len(a.keys), len(b.keys)))
    on_topic = bool(shared_events) or (
        coverage >= MIN_COVERAGE and (len(shared_words) >= 3 or len(flipped) * 2 >= len(shared))
    )
    stance_word = any(k.startswith("@") or _is_common_word(a, k) for k in flipped)
    if (on_topic and stance_word) or _name_denied(a, b, flipped, shared):
        affirms_first = a.polarity(flipped[0]) is True
        pos, neg = (a, b) if affirms_first else (b, a)
        cues = tuple(dict.fromkeys(neg.keys[k].cue for k in flipped))
        confidence = _confidence(shared, flipped, pos, neg)
        ids = (first, second) if affirms_first else (second, first)
        found.append(Conflict(*ids, "stance", tuple(shared), tuple(flipped), cues, confidence))

    if coverage < MIN_COVERAGE:
        return max(found, key=lambda c: c.confidence, default=None)
    for use, other, key in opposite_pairs:
        if key in b.keys or other.surface.lower() in a.keys:
            continue
        if len(shared_words) >= 2:
            cue = f"{use.surface} / {other.surface}"
            confidence = min(0.95, 0.45 + 0.08 * len(shared_words))
            found.append(
                Conflict(first, second, "antonym", tuple(shared), (key,), (cue,), confidence)
            )

    for qa in a.quantities:
        for qb in b.quantities:
            if qa.unit != qb.unit or qa.value == qb.value or qa.unit == "year":
                continue
            others = [k for k in shared_words if k != qa.unit]
            if qb.value in a.values or qa.value in b.values or len(others) < 1:
                continue
            cue = f"{qa.surface} / {qb.surface}"
            confidence = min(0.9, 0.42 + 0.08 * len(others))
            found.append(
                Conflict(first, second, "quantity", tuple(shared), (qa.unit,), (cue,), confidence)
            )
    return max(found, key=lambda c: c.confidence, default=None)


def _name_denied(a: Analysis, b: Analysis, flipped: list[str], shared: list[str]) -> bool:
    """A flip on names alone counts when a verb denies them ("declined the Britannia Award",
    "non-UK") and they are most of what the statements share; a bare "no" before a place
    name usually negates something else in the clause ("no decision to leave Iraq")."""
    if not flipped or len(flipped) < 0.5 * len(shared):
        return False
    verbal = lexicons().passive_cues
    for key in flipped:
        use = a.keys[key] if a.keys[key].negated else b.keys[key]
        if use.cue.lower() not in verbal and use.cue.lower() != "non-":
            return False
    return True


def _is_common_word(analysis: Analysis, key: str) -> bool:
    surface = analysis.keys[key].surface
    return surface[:1].islower()


def _polarity_differs(a: Analysis, b: Analysis, key: str) -> bool:
    pa, pb = a.polarity(key), b.polarity(key)
    return pa is not None and pb is not None and pa != pb


def _confidence(shared: list[str], flipped: list[str], pos: Analysis, neg: Analysis) -> float:
    score = 0.45 + 0.07 * min(len(shared), 5)
    if any(k.startswith("@") for k in flipped):
        score += 0.15
    if neg.denial:
        score += 0.05
    return round(min(score, 0.95), 2)


def _disputes(
    conflicts: list[Conflict],
    analyses: dict[str, Analysis],
    order: dict[str, int],
    speaker_of: dict[str, str],
    names: dict[str, str],
) -> list[Contradiction]:
    # Each statement takes the side most of its conflicts put it on; joined components of the
    # conflict graph become disputes.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in conflicts:
        votes[c.first]["a"] += 1
        votes[c.second]["b"] += 1
    parent = {sid: sid for sid in votes}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    for c in conflicts:
        parent[root(c.first)] = root(c.second)
    # One dispute per topic: statements joined through different topics are separate disputes.
    components: dict[tuple[str, str], list[Conflict]] = defaultdict(list)
    for c in conflicts:
        components[(_primary_key(c), root(c.first))].append(c)

    disputes: list[Contradiction] = []
    for group in components.values():
        side = _assign_sides(group, votes, speaker_of)
        kept = [c for c in group if side.get(c.first) == "a" and side.get(c.second) == "b"]
        a_ids = sorted({c.first for c in kept}, key=order.__getitem__)
        b_ids = sorted({c.second for c in kept}, key=order.__getitem__)
        if not a_ids or not b_ids:
            continue
        disputes.append(_describe(kept, a_ids, b_ids, analyses, speaker_of, names))
    disputes = _without_repeats(disputes)
    disputes.sort(key=lambda d: min(order[s] for s in d.a + d.b))
    return [
        Contradiction(f"c{n}", d.topic, d.a, d.b, d.reason, d.confidence)
        for n, d in enumerate(disputes, 1)
    ]


def _same_source(first: str, second: str) -> bool:
    """ "Carnival" and "Carnival officials", "Clinton" and "Hillary Clinton": one voice, which
    does not dispute itself."""
    if first == second:
        return True
    a = set(_NAME_WORD.findall(first.lower())) - _SOURCE_WORDS
    b = set(_NAME_WORD.findall(second.lower())) - _SOURCE_WORDS
    return bool(a) and bool(b) and (a <= b or b <= a)


def _without_repeats(disputes: list[Contradiction]) -> list[Contradiction]:
    """A dispute whose sides sit inside a larger one's is the same quarrel under another topic
    word ("referendum" and "another"): the reader sees it once."""
    kept: list[Contradiction] = []
    for dispute in sorted(disputes, key=lambda d: -(len(d.a) + len(d.b))):
        if not any(set(dispute.a) <= set(k.a) and set(dispute.b) <= set(k.b) for k in kept):
            kept.append(dispute)
    return kept


def _primary_key(conflict: Conflict) -> str:
    events = [k for k in conflict.flipped if k.startswith("@")]
    return events[0] if events else f"{conflict.kind}:{conflict.flipped[0]}"


def _assign_sides(
    group: list[Conflict], votes: dict[str, Counter[str]], speaker_of: dict[str, str]
) -> dict[str, str]:
    """Side per statement; all of one speaker's statements in a dispute stand together."""
    speaker_votes: dict[str, Counter[str]] = defaultdict(Counter)
    members = {c.first for c in group} | {c.second for c in group}
    for sid in members:
        speaker_votes[speaker_of[sid]].update(votes[sid])
    side: dict[str, str] = {}
    for sid in members:
        # A speaker who both affirms and denies sides with the denial: the later, more
        # specific word ("implies withdrawal. That's not what's happening").
        tally = speaker_votes[speaker_of[sid]]
        side[sid] = "a" if tally["a"] > tally["b"] else "b"
    return side


def _describe(
    kept: list[Conflict],
    a_ids: list[str],
    b_ids: list[str],
    analyses: dict[str, Analysis],
    speaker_of: dict[str, str],
    names: dict[str, str],
) -> Contradiction:
    events = lexicons().events
    topic_keys: Counter[str] = Counter()
    for c in kept:
        topic_keys.update(c.flipped)
        topic_keys.update(c.shared)
    ranked = [k for k, _ in topic_keys.most_common()]

    def surface(key: str) -> str:
        if key in events:
            return events[key].label
        for sid in a_ids + b_ids:
            use = analyses[sid].keys.get(key)
            if use is not None:
                return use.surface
        return key

    topic_words = list(dict.fromkeys(surface(k) for k in ranked[:3]))
    topic = ", ".join(topic_words)

    def who(ids: list[str]) -> tuple[str, bool]:
        """The speakers of ``ids`` as a phrase, and whether they are more than one."""
        people = list(dict.fromkeys(names.get(speaker_of[s], speaker_of[s]) for s in ids))
        phrase = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
        return phrase[:1].upper() + phrase[1:], len(people) > 1 or _sounds_plural(people[0])

    def words_of(ids: list[str]) -> str:
        said = dict.fromkeys(
            use.surface
            for sid in ids
            for k in ranked[:3]
            if (use := analyses[sid].keys.get(k)) is not None
        )
        return ", ".join(f'"{w}"' for w in list(said)[:4])

    (side_a, many_a), (side_b, many_b) = who(a_ids), who(b_ids)
    kinds = Counter(c.kind for c in kept)
    cues = list(dict.fromkeys(cue for c in kept for cue in c.cues if cue))
    cue_text = ", ".join(f'"{cue}"' for cue in cues[:4])
    kind = kinds.most_common(1)[0][0]
    if kind == "stance":
        reason = (
            f"Both speak of {topic}. {side_a} {'affirm' if many_a else 'affirms'} it "
            f"({words_of(a_ids)}); {side_b} {'deny' if many_b else 'denies'} it ({cue_text})."
        )
    elif kind == "antonym":
        reason = f"Both speak of {topic}, in opposite words: {cue_text}."
    else:
        reason = f"Both speak of {topic}, with different figures: {cue_text}."
    confidence = round(max(c.confidence for c in kept), 2)
    return Contradiction("", topic, tuple(a_ids), tuple(b_ids), reason, confidence)


def _sounds_plural(name: str) -> bool:
    """ "Environmental groups deny it", "Republicans deny it", but "Bernie Sanders denies it"."""
    words = name.split()
    last = words[-1] if words else ""
    if last.islower():
        return last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return len(words) == 1 and last.endswith(("ans", "ats", "ists", "ens", "als"))
