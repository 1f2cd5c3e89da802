"""A brief with an enormous number of statements lists the first ones and says how many more."""

from __future__ import annotations

import hashlib

from briefing.app.app import BriefingApp
from briefing.app.quotes_pane import MAX_LISTED, QuotesPane, StatementList
from briefing.model import Brief, Source, Speaker, SpeakerKind, Statement, StatementKind


def huge_brief(count: int) -> Brief:
    sentence = '"Word." '
    text = sentence * count
    statements = tuple(
        Statement(f"s{i}", "ann", StatementKind.DIRECT, "Word.", ((i * 8 + 1, i * 8 + 6),), i)
        for i in range(count)
    )
    return Brief(
        id="huge",
        title="Huge",
        date=None,
        source=Source("huge.txt", hashlib.sha256(text.encode()).hexdigest(), text),
        speakers=(Speaker("ann", "Ann Lee", SpeakerKind.PERSON),),
        statements=statements,
    )


async def test_a_huge_brief_lists_a_bounded_number_and_says_how_many_more(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = BriefingApp(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        pane = app.screen.query_one(QuotesPane)
        pane.show(huge_brief(MAX_LISTED + 500))
        await pilot.pause()
        listed = app.screen.query_one(StatementList)
        ids = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
        assert len([i for i in ids if i]) == MAX_LISTED
        last = str(listed.get_option_at_index(listed.option_count - 1).prompt)
        assert "500 more statements are not listed here" in last
