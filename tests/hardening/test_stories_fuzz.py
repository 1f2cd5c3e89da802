"""Property test over stories: any briefs (any words, dates or none, repeated ids) are grouped
without a crash, every brief in exactly one story, story ids unique, sides naming real briefs."""

from __future__ import annotations

import datetime as dt
import os

from factories import make_brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.model import Brief
from briefing.stories import find_stories

PROFILE = settings(
    max_examples=int(os.environ.get("STORIES_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)

WORDS = [
    "Esper", "Iraq", "troops", "hoax", "fake", "denied", "the", "report", "reportedly", "12",
    "30", "people", "were", "killed", "Bieber", "bear", "not", "true", ".", "\n", "“", "”",
]  # fmt: skip

texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60).map(" ".join)
dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))
briefs = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c", "d"]), dates, texts, st.booleans()), max_size=12
)


@PROFILE
@given(briefs)
def test_any_briefs_make_stories_that_hold_each_brief_once(
    specs: list[tuple[str, dt.date | None, str, bool]],
) -> None:
    made: list[Brief] = [
        make_brief(brief_id, date) if sample else make_brief(brief_id, date, text[:40], text)
        for brief_id, date, text, sample in specs
    ]
    stories = find_stories(made)
    assert sorted(id(b) for s in stories for b in s.briefs) == sorted(id(b) for b in made)
    assert len({s.id for s in stories}) == len(stories)
    for story in stories:
        ids = {b.id for b in story.briefs}
        for dispute in story.disputes:
            assert {side.brief_id for side in (*dispute.a, *dispute.b)} <= ids
        dated = [b.date for b in story.briefs if b.date is not None]
        assert dated == sorted(dated)
        assert all(b.date is not None for b in story.briefs[: len(dated)])
