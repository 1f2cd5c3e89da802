"""What a reader needs to see of a dispute: its evidence, the words that make it one in each
statement, and one plain line in the statements' own words.

Shared by the Contradictions and Summary panes and by the Markdown export; imports no Textual.
The evidence is found again from the statements (``disputes.evidence``), so that a dispute a
person wrote by hand is explained the same way when its statements hold the evidence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ..language.polarity import analyze
from ..model import Brief, Contradiction, Statement
from ..safe_text import one_line
from .evidence import Conflict, Profile, compare, find_rejection, near_miss, profile
from .finder import (
    SALIENT_EVENT_STATEMENTS,
    candidate_pairs,
    one_source,
    sentence_around,
)

#: What each kind of evidence is, in words a reader checks against the statements.
EVIDENCE = {
    "rejection": "one side rejects what the other claims",
    "stance": "one side denies what the other affirms",
    "antonym": "the two sides use opposite words about the same thing",
    "figures": "the two sides give different figures for the same thing",
}
#: Words of a statement quoted in a one-line summary of a dispute.
QUOTE_WORDS = 12
#: Statements per side whose evidence is looked for when a dispute is shown.
MAX_EXPLAINED = 40
#: Disputes named in the summary's lead; more are counted, not named.
MAX_LEAD_LINES = 3
#: A brief with more statements than this is not searched for close calls on request.
MAX_CLOSE_CALL_STATEMENTS = 1500


@dataclass(frozen=True, slots=True)
class Explained:
    """One dispute, explained: ``kind`` of evidence ("" when none is found in the words, as in
    a dispute written by hand), the words to highlight per statement id, and the rejecting
    cue of a statement whose cue verb is one ("denied", "dismissed")."""

    kind: str = ""
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    own_cue: dict[str, str] = field(default_factory=dict)

    @property
    def evidence(self) -> str:
        return EVIDENCE.get(self.kind, "")


def usable(brief: Brief, dispute: Contradiction) -> bool:
    """Both sides name at least one statement the brief holds: anything less is no dispute
    to show (a hand-edited brief may name a statement that is gone)."""
    return all(
        any(brief.statement(sid) is not None for sid in side) for side in (dispute.a, dispute.b)
    )


def hide_weak(brief: Brief, show_weak: bool = False) -> tuple[Brief, int]:
    """The brief as the reader and the export show it: without its weak disputes unless
    ``show_weak`` (the reader's `w`, the export's ``--weak-disputes``), and how many weak
    disputes it holds that could be shown (shown or not)."""
    weak = sum(1 for c in brief.contradictions if c.weak and usable(brief, c))
    if show_weak or not any(c.weak for c in brief.contradictions):
        return brief, weak
    kept = tuple(c for c in brief.contradictions if not c.weak)
    return replace(brief, contradictions=kept), weak


def explain(brief: Brief, dispute: Contradiction) -> Explained:
    # A side of hundreds of statements (a hand-made or hostile brief) is explained by its
    # first ones: the reader shows a dispute at once, whatever its size.
    a_side = _statements(brief, dispute.a)[:MAX_EXPLAINED]
    b_side = _statements(brief, dispute.b)[:MAX_EXPLAINED]
    profiles = {s.id: _profile(brief, s) for s in a_side + b_side}
    salient = _salient(brief)
    found: list[Conflict] = []
    for first in a_side:
        for second in b_side:
            conflict = compare(
                profiles[first.id], profiles[second.id], adjacent=True, salient=salient
            )
            if conflict is not None:
                found.append(conflict)
    words: dict[str, list[str]] = {}
    for conflict in found:
        words.setdefault(conflict.first, []).extend(conflict.first_words)
        words.setdefault(conflict.second, []).extend(conflict.second_words)
    kinds = Counter(c.kind for c in found)
    own_cue = {
        s.id: s.cue.text
        for s in a_side + b_side
        if s.cue is not None and find_rejection("", s.cue.text)
    }
    return Explained(
        kinds.most_common(1)[0][0] if kinds else "",
        {sid: tuple(dict.fromkeys(w for w in ws if w)) for sid, ws in words.items()},
        own_cue,
    )


def lead_line(brief: Brief, dispute: Contradiction, explained: Explained | None = None) -> str:
    """The dispute in one line from its sides' own words, e.g. ``the letter says "… order
    our departure"; Mark Esper and Mark Milley deny it``."""
    explained = explained if explained is not None else explain(brief, dispute)
    a_names, a_many = side_speakers(brief, dispute.a)
    b_names, b_many = side_speakers(brief, dispute.b)
    a_words = _quote(brief, dispute.a, explained)
    says_a = "say" if a_many else "says"
    if explained.kind in ("antonym", "figures"):
        b_words = _quote(brief, dispute.b, explained)
        return (
            f"{a_names} {says_a} “{a_words}”; {b_names} {'say' if b_many else 'says'} “{b_words}”"
        )
    return f"{a_names} {says_a} “{a_words}”; {b_names} {'deny' if b_many else 'denies'} it"


def dispute_lines(brief: Brief) -> list[str]:
    """One plain line per dispute the brief shows, for the top of its summary (the first
    few; the rest counted)."""
    disputes = [c for c in brief.contradictions if usable(brief, c)]
    lines = [lead_line(brief, c) for c in disputes[:MAX_LEAD_LINES]]
    if len(disputes) > MAX_LEAD_LINES:
        more = len(disputes) - MAX_LEAD_LINES
        lines.append(f"and {more} more dispute{'s' if more != 1 else ''}")
    return lines


def side_speakers(brief: Brief, statement_ids: tuple[str, ...]) -> tuple[str, bool]:
    """The speakers of one side as a phrase ("Mark Esper and Mark Milley"), and whether they
    are more than one (or a group that takes a plural verb)."""
    names: list[str] = []
    for sid in statement_ids:
        statement = brief.statement(sid)
        speaker = brief.speaker(statement.speaker) if statement else None
        if speaker is not None and one_line(speaker.name) not in names:
            names.append(one_line(speaker.name))
    if not names:
        return "?", False
    phrase = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return phrase, len(names) > 1 or _plural(names[0])


def _plural(name: str) -> bool:
    words = name.split()
    last = words[-1] if words else ""
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _quote(brief: Brief, statement_ids: tuple[str, ...], explained: Explained) -> str:
    """The words of the side's shortest statement that holds evidence, cut to a few words
    around the first of them."""
    statements = _statements(brief, statement_ids)
    if not statements:
        return ""
    best = max(statements, key=lambda s: (bool(explained.words.get(s.id)), -len(s.text)))
    words = one_line(best.shown).split()
    if len(words) <= QUOTE_WORDS:
        return " ".join(words)
    marks = [w.lower() for w in explained.words.get(best.id, ())]
    at = next((n for n, word in enumerate(words) if any(m and m in word.lower() for m in marks)), 0)
    start = max(0, min(at - QUOTE_WORDS // 3, len(words) - QUOTE_WORDS))
    clipped = " ".join(words[start : start + QUOTE_WORDS])
    return ("… " if start else "") + clipped + (" …" if start + QUOTE_WORDS < len(words) else "")


def _statements(brief: Brief, ids: tuple[str, ...]) -> list[Statement]:
    return [s for sid in ids if (s := brief.statement(sid)) is not None]


def _profile(brief: Brief, statement: Statement) -> Profile:
    speaker = brief.speaker(statement.speaker)
    return profile(
        statement.id,
        statement.text,
        statement.cue.text if statement.cue else "",
        sentence_around(brief.source.text, statement.start),
        statement.sentence,
        speaker.name if speaker else "",
    )


def _salient(brief: Brief) -> frozenset[str]:
    """The events the brief is about (named by several statements), as the builder saw them."""
    events: Counter[str] = Counter()
    for statement in brief.statements:
        events.update(k for k in analyze(statement.text).keys if k.startswith("@"))
    return frozenset(k for k, n in events.items() if n >= SALIENT_EVENT_STATEMENTS)


#: How many close calls a reader is shown at most.
MAX_CLOSE_CALLS = 6


def close_calls(brief: Brief) -> list[str]:
    """Pairs of statements that came close to a dispute and why each was left out, closest
    first: one voice under two names, or a denial, flip or opposite word without the
    evidence a dispute needs."""
    speakers = {sp.id: sp for sp in brief.speakers}
    statements = list(brief.statements)
    if len(statements) > MAX_CLOSE_CALL_STATEMENTS:
        return [f"not looked for: the brief has {len(statements)} statements"]
    profiles = {s.id: _profile(brief, s) for s in statements}
    shown = {(a, b) for c in brief.contradictions for a in c.a for b in c.b}
    shown |= {(b, a) for a, b in shown}
    found: list[tuple[int, str]] = []
    for first, second, adjacent in candidate_pairs(statements, profiles):
        a, b = brief.statement(first), brief.statement(second)
        if (first, second) in shown or a is None or b is None or a.speaker == b.speaker:
            continue
        conflict = compare(profiles[first], profiles[second], adjacent=adjacent)
        if conflict is not None:
            # Evidence enough, yet not shown: one voice under two names, or a rejection that
            # answers another claim better.
            if one_source(brief.source.text, a, b, speakers):
                who = f"{_name(brief, a)} and {_name(brief, b)}"
                found.append((3, f"{who} are one voice, which does not dispute itself"))
            continue
        why = near_miss(profiles[first], profiles[second])
        if why and not one_source(brief.source.text, a, b, speakers):
            weight = len(profiles[first].topic & profiles[second].topic)
            found.append(
                (weight, f"{_name(brief, a)} ({first}) and {_name(brief, b)} ({second}): {why}")
            )
    found.sort(key=lambda item: -item[0])
    return list(dict.fromkeys(text for _, text in found))[:MAX_CLOSE_CALLS]


def _name(brief: Brief, statement: Statement) -> str:
    speaker = brief.speaker(statement.speaker)
    return one_line(speaker.name) if speaker else statement.speaker
