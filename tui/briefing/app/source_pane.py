"""The Source pane: the article with every statement's words marked, drawn a row at a time.

A line-API ``ScrollView`` (as toolong draws multi-GB logs): the article is only counted into
rows (``source_layout``), and just the rows on screen are styled and drawn, so a 5 MB article
opens as quickly as a short one. Rows look exactly as a ``Static`` per paragraph drew them.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from ..model import Brief
from ..safe_text import one_line
from .scroll_keys import PANE_SCROLL_BINDINGS
from .source_layout import SourceRows

#: Blank cells left and right of the text (drawn here: CSS padding on a ScrollView would
#: put the right one beyond the scrollbar).
PADDING = 1

STATEMENT_STYLE = "underline"
SELECTED_STYLE = "bold reverse"
#: Words found with `f` (reverse, not bold: a statement you came from is bold too).
FOUND_STYLE = "reverse italic"

#: A mark on the article: (start, end, style), sorted.
Mark = tuple[int, int, str]
#: The marks' styles as Textual parses a Rich Text's styles (``Content.from_rich_text``).
_MARK_STYLES = {
    name: Style.from_rich_style(RichStyle.parse(name))
    for name in (STATEMENT_STYLE, SELECTED_STYLE, FOUND_STYLE)
}


def legend(brief: Brief | None) -> Text:
    if brief is None:
        return Text("No brief selected.", style="dim")
    text = Text.assemble(
        ("underlined", STATEMENT_STYLE),
        ": a statement   ",
        ("reversed", SELECTED_STYLE),
        ": the one you came from   Esc: back",
    )
    if brief.source.url:  # where a page came from, above the article
        text = Text.assemble("From ", (one_line(brief.source.url), "italic"), "\n", text)
    return text


def statement_marks(brief: Brief, selected: str | None) -> list[Mark]:
    """Every statement span, underlined, the selected statement's reversed; sorted."""
    return sorted(
        (start, end, SELECTED_STYLE if statement.id == selected else STATEMENT_STYLE)
        for statement in brief.statements
        for start, end in statement.spans
    )


class SourcePane(ScrollView, can_focus=True):
    """Scrolls with the usual keys; the selected statement is shown in reverse video."""

    ALLOW_MAXIMIZE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        *PANE_SCROLL_BINDINGS,
        Binding("f", "screen.find_in_pane", "Find", id="pane.find"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"source-pane--legend"}

    DEFAULT_CSS = """
    SourcePane { overflow-x: hidden; overflow-y: auto; }
    SourcePane > .source-pane--legend { color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None
        self.selected: str | None = None
        #: The article's rows, made when the pane first has a width for this brief.
        self._rows: SourceRows | None = None
        self._legend = Content.from_rich_text(legend(None))
        self._legend_height = 0
        #: The width the rows were last wrapped to; 0 before the pane is first shown.
        self._width = 0
        #: Statement marks, made when first drawn: (start, end, style), sorted.
        self._marks: list[Mark] | None = None
        self._mark_starts: list[int] = []
        self._longest_mark = 0
        #: The words `f` found last: (start, end) in the article, drawn over the marks.
        self.found: tuple[int, int] | None = None
        #: Drawn rows by (row, width, style): only what has been on screen.
        self._strips: LRUCache[tuple[int, int, Style], Strip] = LRUCache(1024)
        self._scroll_pending = False

    def show(self, brief: Brief | None, selected: str | None = None) -> None:
        """Show ``brief``'s article with statement ``selected`` reversed. Cheap until the
        pane is on screen: the brief list calls this on every highlight."""
        if brief is not self.brief:
            self.brief = brief
            self._rows = None
            self._legend = Content.from_rich_text(legend(brief))
            # Both measured again when the pane is next wrapped: a legend height left from
            # the last brief made rows of a hidden, unwrapped pane look like legend rows.
            self._width = 0
            self._legend_height = 0
            self._scroll_pending = False
            self.found = None
            self.scroll_to(y=0, animate=False, force=True)
        self.selected = selected
        self._marks = None
        self._strips.clear()
        self._relayout()
        self.refresh()

    @property
    def legend_height(self) -> int:
        """Rows the legend takes on top, at the current width."""
        return self._legend_height

    # -- layout

    def _on_resize(self) -> None:
        self._relayout()

    def _watch_show_vertical_scrollbar(self, show: bool) -> None:
        self._relayout()
        if show:
            # A scroll made before the scrollbar showed (a jump on first opening) left
            # its thumb at the top.
            self.vertical_scrollbar.position = self.scroll_y

    def _relayout(self) -> bool:
        """Wrap the article to the pane's width if that changed, keeping the same words on
        top. False while the pane has no width yet (hidden)."""
        region_width = self.scrollable_content_region.width
        if region_width <= 0:
            return False
        if self._rows is None and self.brief is not None:
            self._rows = SourceRows(self.brief.source.text)
        if not self.show_vertical_scrollbar and self._overflows():
            # The scrollbar is bound to appear: wrap once, for the width left beside it.
            region_width -= self.styles.scrollbar_size_vertical
        width = max(1, region_width - 2 * PADDING)
        if width == self._width:
            return True
        top = self._offset_at(round(self.scroll_y))
        self._width = width
        self._legend_height = len(self._render_legend(width))
        if self._rows is not None:
            self._rows.wrap(width)
        self._strips.clear()
        height = self._rows.height if self._rows is not None else 0
        self.virtual_size = Size(width, self._legend_height + height)
        if self._scroll_pending:
            self._scroll_pending = False
            self.scroll_to_selected()
        elif top is not None and self._rows is not None:
            y = self._legend_height + self._rows.row_of(top)
            self.scroll_to(y=y, animate=False, force=True)
        self.refresh()
        return True

    def _overflows(self) -> bool:
        """True if the article has more lines than the pane has rows, so it overflows at
        any width (each line takes a row at least, and the legend one more)."""
        if self._rows is None or self.styles.overflow_y != "auto":
            return False
        return len(self._rows.starts) >= self.scrollable_content_region.height

    def _offset_at(self, y: int) -> int | None:
        """The article offset at the start of row ``y`` of the current layout, if that is
        a row of the article."""
        if self._rows is None or not self._width or y < max(1, self._legend_height):
            return None
        return self._rows.offset_of(y - self._legend_height)

    def _render_legend(self, width: int) -> list[Strip]:
        style = self.get_visual_style("source-pane--legend")
        return Visual.to_strips(self, self._legend, width, None, style)

    # -- drawing

    def render_line(self, y: int) -> Strip:
        if not self._width and not self._relayout():
            return Strip([])  # no width yet: nothing to draw
        return self.rendered_row(round(self.scroll_y) + y)

    def rendered_row(self, row: int) -> Strip:
        """Row ``row`` of the whole pane (legend first) as drawn, padding included."""
        key = (row, self._width, self.visual_style)
        strip = self._strips.get(key)
        if strip is None:
            base_background, background = self.background_colors
            pad_style = Style(background=base_background + background).rich_style
            pad = Strip.blank(PADDING, pad_style)
            text, offset = self._render_row(row)
            # A click on the left padding points at the row's first character.
            left = pad.apply_offsets(*offset) if offset is not None else pad
            text = text.adjust_cell_length(self._width, pad_style)
            strip = self._strips[key] = Strip.join([left, text, pad])
        return strip

    def _render_row(self, row: int) -> tuple[Strip, tuple[int, int] | None]:
        """The text of row ``row``, and the (column, line) in the article it starts at."""
        if row < self._legend_height:
            # Not part of the article: no text offsets, so a mouse selection skips it.
            legend_rows = self._render_legend(self._width)
            if row >= len(legend_rows):
                return Strip([]), None
            legend_row = legend_rows[row]
            return Strip(
                Segment(segment.text, segment.style and segment.style.clear_meta_and_links())
                for segment in legend_row
            ), None
        rows = self._rows
        shown = rows.row(row - self._legend_height) if rows is not None else None
        if shown is None or rows is None:
            return Strip([]), None
        start = shown.start
        visible = rows.visible[start : shown.end]
        if shown.wrapped:
            visible = visible.rstrip()  # as Textual draws a wrapped line
        # Text offsets as a Static gives them: (column in the line, line of the article).
        offset = (start - rows.starts[shown.line], rows.numbers[shown.line])
        spans = self._mark_spans(start, start + len(visible))
        if (selection := self.text_selection) is not None:
            spans += self._selection_spans(selection, offset, len(visible))
        content = Content(visible, spans)
        strips = Visual.to_strips(
            self, content, self._width, 1, self.visual_style, apply_selection=False
        )
        return (strips[0].apply_offsets(*offset) if strips else Strip([])), offset

    def _mark_spans(self, start: int, end: int) -> list[Span]:
        """Spans for the statement marks on article offsets [start, end)."""
        if self._marks is None:
            self._marks = statement_marks(self.brief, self.selected) if self.brief else []
            if self.found is not None:
                self._marks = sorted([*self._marks, (*self.found, FOUND_STYLE)])
            self._mark_starts = [mark_start for mark_start, _, _ in self._marks]
            self._longest_mark = max((b - a for a, b, _ in self._marks), default=0)
        first = bisect_left(self._mark_starts, start - self._longest_mark)
        return [
            Span(max(mark_start, start) - start, min(mark_end, end) - start, _MARK_STYLES[style])
            for mark_start, mark_end, style in self._marks[
                first : bisect_left(self._mark_starts, end)
            ]
            if mark_start < end and mark_end > start
        ]

    def _selection_spans(
        self, selection: Selection, offset: tuple[int, int], length: int
    ) -> list[Span]:
        """The mouse selection's span on a row ``length`` long starting at ``offset``."""
        column, number = offset
        selected = selection.get_span(number)
        if selected is None:
            return []
        low = max(selected[0] - column, 0)
        high = length if selected[1] == -1 else min(selected[1] - column, length)
        if low >= high:
            return []
        style = Style.from_styles(self.screen.get_component_styles("screen--selection"))
        return [Span(low, high, style)]

    # -- mouse selection

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The article text under a mouse selection (Textual asks when copying)."""
        if self._rows is None:
            return None
        lines = self._rows.visible.split("\n")
        first, first_column = (0, 0) if selection.start is None else selection.start.transpose
        if selection.end is None:
            last, last_column = len(lines) - 1, len(lines[-1])
        else:
            last, last_column = selection.end.transpose
        if first == last:
            return lines[first][first_column:last_column], "\n"
        picked = [lines[first][first_column:], *lines[first + 1 : last], lines[last][:last_column]]
        return "\n".join(picked), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()

    # -- find

    def find(self, words: str, after: bool) -> bool:
        """Mark the next place the article holds ``words`` (any case), from the last one
        found (or just after it), wrapping round, and scroll to it; False if nowhere."""
        if self.brief is None or not words.strip():
            return False
        text = self.brief.source.text.casefold()
        needle = words.casefold()
        if len(text) != len(self.brief.source.text):
            return False  # casefold changed the length ("ß"): offsets would not hold
        start = 0 if self.found is None else self.found[0] + (1 if after else 0)
        at = text.find(needle, start)
        if at < 0:
            at = text.find(needle)
        if at < 0:
            return False
        self.found = (at, at + len(needle))
        self._marks = None
        self._strips.clear()
        if self._relayout() and self._rows is not None:
            row = self._legend_height + self._rows.row_of(at)
            self.scroll_to(y=max(0, row - 2), animate=False, force=True)
        self.refresh()
        return True

    # -- scrolling

    def scroll_to_selected(self) -> None:
        """Bring the selected statement's first words into view, near the top."""
        if self.brief is None or self.selected is None:
            return
        statement = self.brief.statement(self.selected)
        if statement is None:
            return
        if not self._relayout() or self._rows is None:
            self._scroll_pending = True  # scrolled once the pane has a width
            return
        row = self._legend_height + self._rows.row_of(statement.start)
        self.scroll_to(y=max(0, row - 2), animate=False, force=True)
