"""Which briefs report one event: single links between similar briefs, then strays attached.

No brief is compared with every other: an inverted index from term to the briefs holding it
proposes candidates, and each term offers at most ``CANDIDATES_PER_TERM`` of its most recent
briefs, so the work grows with the number of briefs times a bound (10,000 briefs of one story
cost no more per brief than 10,000 briefs of 10,000 stories).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from .terms import Vector, unit

#: Two briefs whose term vectors have at least this cosine report one event.
LINK_SIMILARITY = 0.25
#: A brief left alone (or in a pair) joins the story whose centre it matches this well: one
#: short or oddly told article shares few words with any single other, more with their sum.
ATTACH_SIMILARITY = 0.15
#: Groups this small after linking are candidates for attaching to a bigger story.
STRAY_SIZE = 2
#: How many briefs one term proposes as candidates, newest in processing order first.
CANDIDATES_PER_TERM = 20
#: Dated briefs further apart than this are not linked directly: a later event with the same
#: names (a trial a year after the crime) is a story of its own.
MAX_GAP = dt.timedelta(days=60)
#: Terms that stand for a story's centre.
CENTRE_TERMS = 200


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller index leads, so groups come out the same in any run.
            self.parent[max(ra, rb)] = min(ra, rb)


def group(vectors: Sequence[Vector], dates: Sequence[dt.date | None]) -> list[list[int]]:
    """Groups of indexes into ``vectors``, each group sorted, groups by their first index."""
    links = _UnionFind(len(vectors))
    # term → [(brief, its weight for the term)], newest last
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        scores: dict[int, float] = {}
        get = scores.get
        for term, weight in vector.items():
            posting = postings[term]
            for other, other_weight in posting[-CANDIDATES_PER_TERM:]:
                scores[other] = get(other, 0.0) + weight * other_weight
            posting.append((index, weight))
        for other, score in scores.items():
            if score >= LINK_SIMILARITY and _close_in_time(dates[index], dates[other]):
                links.union(index, other)
    _attach_strays(vectors, links)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(vectors)):
        groups[links.find(index)].append(index)
    return sorted(groups.values(), key=lambda members: members[0])


def _attach_strays(vectors: Sequence[Vector], links: _UnionFind) -> None:
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(vectors)):
        members[links.find(index)].append(index)
    centres: dict[int, Vector] = {}
    postings: dict[str, list[int]] = defaultdict(list)
    for root, indexes in members.items():
        if len(indexes) <= STRAY_SIZE:
            continue
        total: dict[str, float] = defaultdict(float)
        for index in indexes:
            for term, weight in vectors[index].items():
                total[term] += weight
        centres[root] = unit(total, keep=CENTRE_TERMS)
        for term in centres[root]:
            postings[term].append(root)
    moves: list[tuple[int, int]] = []
    for root, indexes in members.items():
        if len(indexes) > STRAY_SIZE:
            continue
        best, best_score = -1, ATTACH_SIMILARITY
        for index in indexes:
            scores: dict[int, float] = defaultdict(float)
            for term, weight in vectors[index].items():
                for centre in postings.get(term, ())[:CANDIDATES_PER_TERM]:
                    scores[centre] += weight * centres[centre][term]
            for centre, score in scores.items():
                if score > best_score or (score == best_score and best != -1 and centre < best):
                    best, best_score = centre, score
        if best != -1:
            moves.append((root, best))
    for root, centre in moves:  # after all scoring, so the order of strays does not matter
        links.union(root, centre)


def _close_in_time(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs(a - b) <= MAX_GAP
