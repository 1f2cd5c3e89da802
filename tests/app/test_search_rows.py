"""Search result rows: a broken quote shows " … " between its pieces, as everywhere else,
with the matched words still highlighted, and long statements wrap instead of losing words."""

from __future__ import annotations

from factories import make_brief
from textual.app import App
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.app.search_screen import hit_row, shown_with_positions
from briefing.model import Statement, StatementKind
from briefing.search import SearchHit


def broken_quote() -> Statement:
    # "We will go," she said, "and we will stay."  → text "We will go, and we will stay."
    return Statement(
        "s1",
        "ana-ruiz",
        StatementKind.DIRECT,
        "We will go, and we will stay.",
        ((1, 12), (24, 41)),
        0,
    )


def hit_for(statement: Statement, positions: tuple[int, ...]) -> SearchHit:
    return SearchHit(
        "b", statement.id, 100.0, positions, "Ana Ruiz", statement.text,
        statement.kind, "A title", "2024-01-01",
    )  # fmt: skip


def test_a_broken_quote_shows_the_break_and_keeps_the_highlight_on_the_word() -> None:
    statement = broken_quote()
    stay = statement.text.index("stay")
    text, positions = shown_with_positions(statement.text, range(stay, stay + 4), statement)
    assert text == "We will go, … and we will stay."
    assert "".join(text[p] for p in positions) == "stay"
    row = hit_row(hit_for(statement, tuple(range(stay, stay + 4))), statement)
    assert "We will go, … and we will stay." in row.plain
    marked = [row.plain[s.start : s.end] for s in row.spans if "reverse" in str(s.style)]
    assert marked == ["stay"]


def test_a_one_piece_statement_is_shown_as_is() -> None:
    statement = make_brief().statements[0]
    assert shown_with_positions(statement.text, [0, 1], statement) == (statement.text, [0, 1])
    assert shown_with_positions("other text", [2], statement) == ("other text", [2])


async def test_a_long_statement_wraps_in_the_results_and_loses_no_word() -> None:
    words = " ".join(f"word{n}" for n in range(60))
    statement = Statement("s1", "x", StatementKind.REPORTED, words, ((0, len(words)),), 0)

    class Host(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield OptionList(Option(hit_row(hit_for(statement, ()), statement)))

    app = Host()
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        drawn = " ".join(strip.text for strip in app.screen._compositor.render_strips())
        assert all(f"word{n}" in drawn.split() for n in range(60))
