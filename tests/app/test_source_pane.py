"""The Source pane on a huge article: rows wrap as Textual wraps them, and jumping, scrolling
and resizing show the right words with the right marks."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import pytest
from reader_testing import screen_text, settle
from rich._wrap import divide_line
from rich.cells import get_character_cell_size, split_graphemes
from textual.content import Content
from textual.pilot import Pilot

from briefing.app.app import BriefingApp
from briefing.app.quotes_pane import StatementList
from briefing.app.source_layout import SINGLE_CELL_RANGES, SourceRows, wrap_offsets
from briefing.app.source_pane import SourcePane
from briefing.brief_yaml import write_brief
from briefing.model import Brief, Source, Speaker, SpeakerKind, Statement, StatementKind

PARAGRAPHS = 3000  # about 400 KB of article
LAST_WORDS = "The harbour will close for good at the end of the year."
MARKUP = "[bold]not bold[/bold] and [link=http://x]no link[/link]"
QUOTES = {
    "s1": ("early", "The first crane is safe,"),
    "s2": ("late", "The last crane will be fixed by Friday,"),
    "s3": ("late", "Nobody asked the dockworkers,"),
}


def huge_article() -> tuple[str, dict[str, tuple[int, int]]]:
    """Thousands of paragraphs; a quote near the start, two in one paragraph near the end,
    and the markup-like text in the first paragraph."""
    paragraphs = [f"Some say {MARKUP}, and others do not."]
    for number in range(PARAGRAPHS):
        if number == 10:
            paragraphs.append(f'"{QUOTES["s1"][1]}" Lena Hart said on day {number}.')
        elif number == PARAGRAPHS - 40:
            paragraphs.append(
                f'"{QUOTES["s2"][1]}" Lena Hart said on day {number}. '
                f'"{QUOTES["s3"][1]}" Tom Reyes said.'
            )
        else:
            paragraphs.append(
                f"On day {number} the harbour council met to talk about cranes, ships, roads "
                "and the budget for the coming year, and again nothing was decided."
            )
    paragraphs.append(LAST_WORDS)
    text = "\n\n".join(paragraphs)
    spans = {}
    for statement_id, (_, words) in QUOTES.items():
        start = text.index(words)
        spans[statement_id] = (start, start + len(words))
    return text, spans


def huge_brief() -> Brief:
    text, spans = huge_article()
    speakers = (
        Speaker("lena-hart", "Lena Hart", SpeakerKind.PERSON, "Mayor", ("Lena Hart",)),
        Speaker("tom-reyes", "Tom Reyes", SpeakerKind.PERSON, "", ("Tom Reyes",)),
    )
    statements = tuple(
        Statement(
            statement_id,
            "tom-reyes" if statement_id == "s3" else "lena-hart",
            StatementKind.DIRECT,
            QUOTES[statement_id][1],
            (spans[statement_id],),
            index,
        )
        for index, statement_id in enumerate(QUOTES)
    )
    return Brief(
        id="huge",
        title="A very long article",
        date=dt.date(2020, 1, 6),
        source=Source("huge.txt", hashlib.sha256(text.encode()).hexdigest(), text),
        speakers=speakers,
        statements=statements,
    )


@pytest.fixture(scope="module")
def huge_briefs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("huge") / "briefs"
    folder.mkdir()
    write_brief(huge_brief(), folder / "huge.yaml")
    return folder


def screen_rows(app: BriefingApp) -> list[str]:
    return screen_text(app).split("\n")


def drawn_with(app: BriefingApp, *, reverse: bool) -> str:
    """The text the Source pane draws underlined (reverse=False) or reversed, row after row
    joined by spaces (its scrollbar left out)."""
    region = app.screen.query_one(SourcePane).scrollable_content_region
    rows = []
    for strip in app.screen._compositor.render_strips()[region.y : region.bottom]:
        strip = strip.crop(region.x, region.right)
        marked = "".join(
            segment.text
            for segment in strip
            if segment.style is not None
            and bool(segment.style.reverse) == reverse
            and (reverse or segment.style.underline)
        )
        if marked.strip():
            rows.append(marked.strip())
    return " ".join(rows)


async def jump_to(app: BriefingApp, pilot: Pilot[None], statement_id: str) -> None:
    """Enter on a statement in Quotes, as a person would after finding it there."""
    await pilot.press("2")
    assert app.screen.query_one(StatementList).highlight_id(statement_id)
    await pilot.press("enter")
    await pilot.pause()


# ---------------------------------------------------------------------------- rows


def test_wrap_offsets_break_where_rich_breaks() -> None:
    rng = random.Random(8)
    pieces = ["a", "be", "crane", "x" * 45, " ", "  ", "\u00a0", "\u2019", "\u201c", "\u2014"]
    pieces += ["é", "漢字", "e\u0301", "\u200b", "\ufffd"]  # wide, combining, zero-width
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(40)))
        width = rng.randrange(1, 30)
        assert wrap_offsets(line, width) == divide_line(line, width), (line, width)


def test_the_quick_wrap_only_takes_characters_rich_draws_one_cell_wide() -> None:
    characters = "".join(
        chr(code) for low, high in SINGLE_CELL_RANGES for code in range(low, high + 1)
    )
    assert all(get_character_cell_size(character) == 1 for character in characters)
    graphemes, width = split_graphemes(characters)
    assert len(graphemes) == width == len(characters)


@pytest.mark.parametrize("width", [1, 7, 30, 68, 120])
def test_rows_are_the_lines_textual_draws_for_each_paragraph(width: int) -> None:
    rng = random.Random(width)
    words = ["crane", "harbour", "x" * 40, "“quoted”", "—", " ", "  ", "\t", "\n", "\n\n"]
    text = "".join(rng.choice(words) + " " for _ in range(3000))
    rows = SourceRows(text)
    rows.wrap(width)
    drawn = []
    for y in range(rows.height):
        row = rows.row(y)
        if row is None:
            drawn.append(None)
            continue
        shown = rows.visible[row.start : row.end]
        drawn.append(shown.rstrip() if row.wrapped else shown)
    expected = []
    for start, end in zip(rows.starts, rows.ends, strict=True):
        if end < 0:
            expected.append(None)  # the blank row after a paragraph
            continue
        for line in Content(rows.visible[start:end]).wrap(width):
            expected.append(line.plain)
    # A paragraph's last row may run past the width in spaces; Textual crops it when drawn.
    assert [d if d is None else d[:width] for d in drawn] == expected


def test_row_of_is_the_row_that_shows_the_offset() -> None:
    text = "one two three four\n\nfive six"
    rows = SourceRows(text)
    rows.wrap(9)  # "one two", "three", "four", blank, "five six", blank
    assert [rows.row_of(text.index(word)) for word in ("two", "three", "four", "six")] == [
        0,
        1,
        2,
        4,
    ]


# ---------------------------------------------------------------------------- the pane


async def test_enter_on_a_statement_near_the_end_shows_it_reversed_near_the_top(
    huge_briefs: Path,
) -> None:
    app = BriefingApp(huge_briefs)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await jump_to(app, pilot, "s2")
        source = app.screen.query_one(SourcePane)
        assert app.focused is source
        assert source.scroll_y > 0.9 * source.max_scroll_y
        assert drawn_with(app, reverse=True) == QUOTES["s2"][1]
        pane_rows = screen_rows(app)[source.region.y : source.region.bottom]
        assert QUOTES["s2"][1] in pane_rows[2]  # two rows of context above it
        await pilot.press("escape")
        assert app.focused is app.screen.query_one(StatementList)


async def test_the_other_statements_on_screen_are_underlined_not_reversed(
    huge_briefs: Path,
) -> None:
    app = BriefingApp(huge_briefs)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await jump_to(app, pilot, "s2")
        assert drawn_with(app, reverse=False) == QUOTES["s3"][1]
        await jump_to(app, pilot, "s3")
        assert drawn_with(app, reverse=True) == QUOTES["s3"][1]
        assert drawn_with(app, reverse=False) == QUOTES["s2"][1]


async def test_the_legend_is_on_top_and_G_reaches_the_last_words(huge_briefs: Path) -> None:
    app = BriefingApp(huge_briefs)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("4")
        source = app.screen.query_one(SourcePane)
        top = screen_rows(app)[source.region.y]
        assert "underlined: a statement   reversed: the one you came from" in top
        assert MARKUP in screen_text(app)  # article text is never read as markup
        await pilot.press("G")
        await app.animator.wait_for_idle()
        # The jump and the repaint land a few refreshes later on a loaded machine.
        for _ in range(100):
            await pilot.pause(0.02)
            if source.scroll_y == source.max_scroll_y and LAST_WORDS in screen_text(app):
                break
        assert source.scroll_y == source.max_scroll_y
        assert LAST_WORDS in screen_text(app)


async def test_a_narrower_terminal_rewraps_and_keeps_the_statement_on_screen(
    huge_briefs: Path,
) -> None:
    app = BriefingApp(huge_briefs)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await jump_to(app, pilot, "s3")
        source = app.screen.query_one(SourcePane)
        rows_before = source.virtual_size.height
        await pilot.resize_terminal(100, 40)
        # The rewrap lands a few refreshes later; on a loaded machine more than two.
        for _ in range(100):
            await pilot.pause(0.02)
            if source.virtual_size.height > rows_before:
                break
        await pilot.pause()
        assert source.virtual_size.height > rows_before  # narrower: more rows
        assert source.virtual_size.width <= source.scrollable_content_region.width
        assert drawn_with(app, reverse=True) == QUOTES["s3"][1]
        assert drawn_with(app, reverse=False) == QUOTES["s2"][1]


async def test_dragging_the_mouse_selects_article_words_to_copy(huge_briefs: Path) -> None:
    app = BriefingApp(huge_briefs)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await jump_to(app, pilot, "s2")
        words = QUOTES["s2"][1]
        # Row 2 starts with the opening quote mark, after one cell of padding.
        await pilot.mouse_down(SourcePane, offset=(2, 2))
        await pilot.hover(SourcePane, offset=(1 + len(words), 2))
        await pilot.mouse_up(SourcePane, offset=(1 + len(words), 2))
        await pilot.pause()
        assert app.screen.get_selected_text() == words
