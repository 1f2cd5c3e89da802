"""One speaker against himself: statements in different briefs, on different dates, that conflict.

Within a brief a speaker restating himself is never a dispute; across briefs, the same person
saying opposite things at different dates is. Speakers are matched by name (case-folded), the
statements compared with the same evidence rules as within a brief
(``evidence.compare``: a linked rejection, opposite polarity on the same predicate,
opposite words, different figures; never a stray "not").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable

# The types live in the model so that readers need not import the builder; kept importable
# from here for older callers.
from ..model import Brief, CrossBriefContradiction, SpeakerKind, StatementRef
from .evidence import Profile, compare, profile
from .finder import MIN_CONFIDENCE

#: A speaker with more statements than this across briefs is compared only on pairs that
#: share a rare key, so that a prolific speaker cannot make the search quadratic.
_MAX_KEY_FANOUT = 200

__all__ = ["CrossBriefContradiction", "StatementRef", "find_cross_brief_contradictions"]


def find_cross_brief_contradictions(
    briefs: Iterable[Brief], cancelled: Callable[[], bool] = lambda: False
) -> list[CrossBriefContradiction]:
    """Conflicting statements by one named speaker in briefs of different dates, oldest first.

    ``cancelled`` is polled between briefs and between comparisons, so that a reader quitting
    does not wait minutes for a search it no longer needs (it then returns [])."""
    refs_of: dict[str, list[StatementRef]] = defaultdict(list)
    display: dict[str, str] = {}
    cues: dict[tuple[str, str], str] = {}
    for brief in briefs:
        if cancelled():
            return []
        for statement in brief.statements:
            speaker = brief.speaker(statement.speaker)
            if speaker is None or speaker.kind not in (
                SpeakerKind.PERSON,
                SpeakerKind.ORGANIZATION,
            ):
                continue
            name = " ".join(speaker.name.split()).casefold()
            display.setdefault(name, speaker.name)
            refs_of[name].append(StatementRef(brief.id, statement.id, brief.date, statement.text))
            cues[(brief.id, statement.id)] = statement.cue.text if statement.cue else ""

    found: list[CrossBriefContradiction] = []
    for name, refs in refs_of.items():
        # Only statements of different dates are compared (one brief has one date), so most
        # speakers, quoted on a single day, need no analysis at all.
        if len({ref.date for ref in refs}) < 2:
            continue
        if cancelled():
            return []
        items = [
            (
                ref,
                profile(
                    f"{ref.brief_id}/{ref.statement_id}",
                    ref.text,
                    cues[(ref.brief_id, ref.statement_id)],
                ),
            )
            for ref in refs
        ]
        for done, (i, j) in enumerate(_pairs_sharing_a_key(items)):
            if done % 256 == 255 and cancelled():
                return []
            (ref_i, pr_i), (ref_j, pr_j) = items[i], items[j]
            if ref_i.brief_id == ref_j.brief_id or ref_i.date == ref_j.date:
                continue
            conflict = compare(pr_i, pr_j)
            if conflict is None or conflict.confidence < MIN_CONFIDENCE:
                continue
            earlier, later = sorted((ref_i, ref_j), key=_date_key)
            topic = ", ".join(
                _surface(pr_i, k) for k in (conflict.flipped or conflict.shared)[:3]
            ) or ", ".join(conflict.cues)
            cue_text = ", ".join(f'"{c}"' for c in conflict.cues if c)
            reason = (
                f"{display[name]} speaks of {topic} on {_date_text(earlier)} and on "
                f"{_date_text(later)}, once affirming and once denying it ({cue_text})."
                if conflict.kind == "stance"
                else f"{display[name]} says opposite things about {topic} on "
                f"{_date_text(earlier)} and {_date_text(later)} ({cue_text})."
            )
            found.append(
                CrossBriefContradiction(
                    display[name], topic, earlier, later, reason, conflict.confidence
                )
            )
    found.sort(key=lambda c: (_date_key(c.earlier), c.speaker, c.earlier.statement_id))
    return found


def _pairs_sharing_a_key(items: list[tuple[StatementRef, Profile]]) -> set[tuple[int, int]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, (_, read) in enumerate(items):
        for key in read.topic:
            by_key[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for indexes in by_key.values():
        if len(indexes) > _MAX_KEY_FANOUT:
            continue
        for n, i in enumerate(indexes):
            for j in indexes[n + 1 :]:
                pairs.add((i, j))
    return pairs


def _surface(read: Profile, key: str) -> str:
    use = read.analysis.keys.get(key)
    return key.lstrip("@") if use is None or key.startswith("@") else use.surface


def _date_key(ref: StatementRef) -> tuple[dt.date, str]:
    return (ref.date or dt.date.min, ref.brief_id)


def _date_text(ref: StatementRef) -> str:
    return ref.date.isoformat() if ref.date else "an undated day"
