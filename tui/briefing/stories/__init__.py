"""Stories: loaded briefs grouped by the event they report, with speakers and disputes across
outlets. Core code beside ``search``; no Textual, no builder.

``find_stories(briefs)`` returns every brief in exactly one ``Story`` (a brief alone is a story
of one), biggest stories first.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Brief, SpeakerKind, StatementRef
from .cache import StoryCache, brief_digest, story_key
from .disputes import find_disputes
from .figures import figure_disputes
from .grouping import group
from .story import DisputeSide, Story, StoryDispute, StorySpeaker
from .terms import TEXT_LIMIT, Vector, read_briefs, vectors

__all__ = ["DisputeSide", "Story", "StoryDispute", "StorySpeaker", "find_stories"]

#: Speakers of these kinds are one person or body across outlets when their names match.
_NAMED = (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP)
#: Central terms named as a story's topic.
_TOPIC_TERMS = 3
#: A story's own words: a denial must use one of them to answer the story's claim.
_CLAIM_TERMS = 60


def find_stories(
    briefs: Sequence[Brief],
    cancelled: Callable[[], bool] = lambda: False,
    cache: StoryCache | None = None,
) -> list[Story]:
    """Stories of ``briefs``, biggest first, then newest. ``cancelled`` is polled between
    steps so that a reader can drop a computation it no longer needs (it then returns []).
    ``cache``: what earlier runs kept (``stories.cache``); the stories are the same with it
    or without, only briefs and stories that changed are read again."""
    order = sorted(range(len(briefs)), key=lambda i: _date_order(briefs[i]))
    ordered = [briefs[i] for i in order]
    read, term_keys = read_briefs(ordered, cache.terms if cache else None)
    counts = [r[0] for r in read]
    if cancelled():
        return []
    brief_vectors = vectors(counts)
    if cancelled():
        return []
    groups = group(brief_vectors, [b.date for b in ordered])
    drafts: list[_Draft] = []
    used_ids: Counter[str] = Counter()
    for members in groups:
        if cancelled():
            return []
        story_briefs = tuple(ordered[i] for i in members)
        centre = _centre([brief_vectors[i] for i in members])
        title_brief = (
            max(members, key=lambda i: (_dot(brief_vectors[i], centre), -i))
            if len(members) > 2
            else members[0]
        )
        weighted = [t for t, _ in sorted(centre.items(), key=lambda x: (-x[1], x[0]))]
        # Words rare in the folder but common in the story, and the words most of its briefs
        # use (in a folder of one story, every word of it is common).
        own = weighted[:_CLAIM_TERMS] + _most_shared([counts[i] for i in members], 10)
        topic = ", ".join((weighted or own)[:_TOPIC_TERMS])
        central = frozenset(own)
        story_id = f"st-{story_briefs[0].id}"
        used_ids[story_id] += 1
        if used_ids[story_id] > 1:  # two briefs of one id in different folders
            story_id = f"{story_id}-{used_ids[story_id]}"
        key = (
            story_key(topic, central, [brief_digest(b) for b in story_briefs])
            if cache is not None and len(story_briefs) > 1
            else b""
        )
        drafts.append(
            _Draft(story_id, ordered[title_brief], story_briefs, members, topic, central, key)
        )
    kept = cache.disputes([d.key for d in drafts if d.key]) if cache is not None else {}
    used: dict[bytes, tuple[StoryDispute, ...]] = {}
    stories: list[Story] = []
    for draft in drafts:
        if cancelled():
            return []
        disputes = kept.get(draft.key) if draft.key else None
        if disputes is None:
            words = _words_of(draft.briefs, [read[i][1] for i in draft.members])
            disputes = figure_disputes(draft.briefs, words) + find_disputes(
                draft.briefs, draft.topic or "the story", draft.central, words
            )
        if draft.key:
            used[draft.key] = disputes
        stories.append(
            Story(
                id=draft.id,
                title=_story_title(draft.title_brief),
                briefs=draft.briefs,
                speakers=_speakers(draft.briefs),
                disputes=disputes,
            )
        )
    if cache is not None:
        cache.save(dict(zip(term_keys, read, strict=True)), used)
    stories.sort(key=lambda s: (-len(s.briefs), _newest_first(s), s.id))
    return stories


@dataclass(frozen=True, slots=True)
class _Draft:
    """A story before its disputes: what they are found from, and the key they are kept by
    (empty for a story of one brief, which has none)."""

    id: str
    title_brief: Brief
    briefs: tuple[Brief, ...]
    members: list[int]
    topic: str
    central: frozenset[str]
    key: bytes


#: A story title taken from a lead sentence is cut, at a word, to about this many characters.
_TITLE_LENGTH = 100


def _story_title(brief: Brief) -> str:
    """The headline of the story's most central brief when its article has one (its title is
    its first line), else that brief's lead sentence: a generated title ("Cook: Company's
    first smartwatch …") names a speaker's words, the lead names the event."""
    text = brief.source.text.strip()
    first_line = text.split("\n", 1)[0].strip()
    if (brief.title and brief.title.strip() == first_line) or not brief.summary:
        return brief.title or first_line[:_TITLE_LENGTH]
    lead = " ".join(brief.summary[0].text.split())
    if len(lead) <= _TITLE_LENGTH:
        return lead
    cut = lead.rfind(" ", 0, _TITLE_LENGTH)
    return lead[: cut if cut > 0 else _TITLE_LENGTH].rstrip(",;:") + " …"


def _date_order(brief: Brief) -> tuple[int, dt.date, str, str]:
    """Oldest first, undated last; ties by id, then by source file (same id, two folders)."""
    return (brief.date is None, brief.date or dt.date.max, brief.id, brief.source.file)


def _newest_first(story: Story) -> int:
    last = story.last_date
    return -last.toordinal() if last else 0


def _centre(members: Sequence[Vector]) -> Vector:
    total: dict[str, float] = defaultdict(float)
    for vector in members:
        for term, weight in vector.items():
            total[term] += weight
    return total


def _words_of(briefs: Sequence[Brief], read: list[frozenset[str]]) -> list[frozenset[str] | None]:
    """The words read for grouping stand for the whole article when it was read whole."""
    return [
        w if len(b.source.text) <= TEXT_LIMIT else None for b, w in zip(briefs, read, strict=True)
    ]


def _most_shared(counts: Sequence[dict[str, float]], keep: int) -> list[str]:
    """The story's own words: the terms most of its briefs use (rarer across the folder is
    not what matters here; in a folder of one story every word of it is common)."""
    shared: Counter[str] = Counter()
    for brief_counts in counts:
        shared.update(brief_counts.keys())
    return [t for t, _ in sorted(shared.items(), key=lambda x: (-x[1], x[0]))[:keep]]


def _dot(a: Vector, b: Vector) -> float:
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _speakers(briefs: Sequence[Brief]) -> tuple[StorySpeaker, ...]:
    refs: dict[str, list[StatementRef]] = defaultdict(list)
    shown: dict[str, tuple[str, SpeakerKind]] = {}
    for brief in briefs:
        for statement in brief.statements:
            speaker = brief.speaker(statement.speaker)
            if speaker is None or speaker.kind not in _NAMED:
                continue
            key = " ".join(speaker.name.split()).casefold()
            # The longest form names the person best ("Mark Esper" over "Esper").
            if key not in shown or len(speaker.name) > len(shown[key][0]):
                shown[key] = (speaker.name, speaker.kind)
            refs[key].append(StatementRef(brief.id, statement.id, brief.date, statement.text))
    _merge_surnames(refs, shown)
    merged = [StorySpeaker(shown[k][0], shown[k][1], tuple(v)) for k, v in refs.items()]
    merged.sort(key=lambda s: (-len(s.brief_ids), -len(s.statements), s.name.casefold()))
    return tuple(merged)


def _merge_surnames(
    refs: dict[str, list[StatementRef]], shown: dict[str, tuple[str, SpeakerKind]]
) -> None:
    """An outlet that names a person by surname only ("Esper") speaks of the one full name
    of the story ending in it ("Mark Esper"); with two such names the surname stays apart."""
    full_by_last: dict[str, list[str]] = defaultdict(list)
    for key in refs:
        if " " in key and shown[key][1] == SpeakerKind.PERSON:
            full_by_last[key.rsplit(" ", 1)[1]].append(key)
    for key in [k for k in refs if " " not in k]:
        fulls = full_by_last.get(key, [])
        if len(fulls) == 1:
            refs[fulls[0]].extend(refs.pop(key))
            del shown[key]
