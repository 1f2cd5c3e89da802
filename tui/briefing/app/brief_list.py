"""The list of briefs: a line-API view that draws only the rows on screen.

Every brief is two lines (date and title, then its counts), so the list never measures its
rows: filling it with 10,000 briefs, or resizing it, costs what drawing one screen costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..corpus.rows import BriefRow
from ..safe_text import one_line
from .vim_list import VimOptionList

#: Lines per brief: date and title, then the counts.
ROW_HEIGHT = 2
#: Drawn down the left edge of the highlighted brief (in the cell where the left padding
#: would be), so the highlight does not rely on colour alone and no text moves.
MARKER = "▌"
NO_MARKER = " "


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


#: Between the date and the title of a brief not opened yet (a dot, so not colour alone).
UNREAD_MARK = " • "
READ_MARK = "   "


def title_line(brief: BriefRow, unread: bool = False) -> Text:
    """The first line of a brief's row: its date, a dot if unread, then its title."""
    return Text.assemble(
        (brief.date_text, "bold"),
        (UNREAD_MARK, "bold") if unread else READ_MARK,
        (one_line(brief.title), "bold" if unread else ""),
    )


def counts_line(brief: BriefRow) -> Text:
    """The second line of a brief's row: its site, then how many statements, speakers and
    contradictions (the weak ones, hidden in the pane, counted apart)."""
    weak = f" (+{brief.weak_contradictions} weak)" if brief.weak_contradictions else ""
    return Text(
        f"{brief.site} · "
        f"{plural(brief.statements, 'statement')} · "
        f"{plural(brief.speakers, 'speaker')} · "
        f"{plural(brief.contradictions, 'contradiction')}{weak}",
        style="dim",
    )


class BriefList(ScrollView, can_focus=True):
    """Briefs, newest first, two lines each, with vim-style movement keys and no wrap-around.

    Parents call `show_briefs` / `show_message` / `highlight_id`; the list posts
    `BriefList.Highlighted` when the highlight moves and `BriefList.Selected` on Enter or a
    click.
    """

    # The same ids as the other lists (VimOptionList), so one keys.toml entry remaps both.
    BINDINGS: ClassVar[list[BindingType]] = [
        *VimOptionList.BINDINGS,
        Binding("enter", "select", "Select", show=False),
        Binding("f", "screen.filter_list", "Filter briefs", show=False, id="list.filter"),
        Binding("s", "screen.cycle_sort", "Sort briefs", show=False, id="list.sort"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"brief-list--cursor"}

    # The cursor looks like OptionList's highlighted option, from the theme's block-cursor
    # colours, so it follows light and dark themes.
    DEFAULT_CSS = """
    BriefList {
        overflow-x: hidden;
        overflow-y: auto;
        padding: 0 1 0 0;  /* the marker column is the left padding */
        color: $foreground;
        background: $surface;
        & > .brief-list--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .brief-list--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """

    highlighted: reactive[int | None] = reactive(None)
    """The index of the highlighted brief, or None when the list shows no briefs."""

    class _BriefMessage(Message):
        def __init__(self, brief_list: BriefList, index: int, brief_id: str) -> None:
            super().__init__()
            self.brief_list = brief_list
            self.index = index
            self.brief_id = brief_id

        @property
        def control(self) -> BriefList:
            return self.brief_list

    class Highlighted(_BriefMessage):
        """The highlight moved to another brief."""

    class Selected(_BriefMessage):
        """The highlighted brief was chosen with Enter or a click."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._briefs: Sequence[BriefRow] = ()
        #: Row index by brief id, made on first use (100,000 rows: not while filling).
        self._index_of_id: dict[str, int] | None = None
        #: Shown instead of briefs (e.g. while loading), on the first line.
        self._message: Text | None = None
        #: Rendered lines, by (brief index, line of the row, width, cursor?, focused?, unread?).
        self._line_cache: LRUCache[tuple[int, int, int, bool, bool, bool], Strip] = LRUCache(1024)
        #: Ids of the briefs the user has opened (the screen owns and fills the set).
        self.read_ids: set[str] = set()

    # -- what parents call

    @property
    def briefs(self) -> Sequence[BriefRow]:
        """The briefs listed, in order."""
        return self._briefs

    @property
    def brief_count(self) -> int:
        return len(self._briefs)

    @property
    def option_count(self) -> int:
        """The number of briefs (the OptionList name, kept for bench/bench_app.py)."""
        return len(self._briefs)

    def show_briefs(
        self, briefs: Sequence[BriefRow], keep: str | None = None, fallback: int = 0
    ) -> None:
        """Replace the rows, keeping the highlight on brief ``keep`` when it is still there,
        else at row ``fallback`` (e.g. where a brief deleted on disk was)."""
        self._briefs = briefs
        self._index_of_id = None
        self._message = None
        self._set_lines(len(briefs) * ROW_HEIGHT)
        index = None
        if keep is not None:
            index = next((at for at, brief in enumerate(briefs) if brief.id == keep), None)
        self.highlighted = index if index is not None else fallback
        self.scroll_to_highlight()
        self._show_position()

    def show_message(self, text: Text) -> None:
        """Show one line of ``text`` (e.g. "Loading briefs…") instead of any briefs."""
        self._briefs = ()
        self._index_of_id = None
        self._message = text
        self.highlighted = None
        self._set_lines(1)
        self._show_position()

    @property
    def highlighted_id(self) -> str | None:
        if self.highlighted is None:
            return None
        return self._briefs[self.highlighted].id

    def highlight_id(self, brief_id: str) -> bool:
        """Move the highlight to the brief ``brief_id``; False if it is not listed."""
        if self._index_of_id is None:
            self._index_of_id = {brief.id: index for index, brief in enumerate(self._briefs)}
        index = self._index_of_id.get(brief_id)
        if index is None:  # the brief may have gone on reload
            return False
        self.highlighted = index
        return True

    def refresh_rows(self) -> None:
        """Draw every row again (e.g. a brief became read)."""
        self._line_cache.clear()
        self.refresh()

    def _set_lines(self, line_count: int) -> None:
        self._line_cache.clear()
        # Width 0: rows are cut to the view's width, so there is nothing to scroll sideways.
        self.virtual_size = Size(0, line_count)
        self._scroll_update(self.virtual_size)
        self.refresh()

    # -- the highlight

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self._briefs:
            return None
        return max(0, min(index, len(self._briefs) - 1))

    def watch_highlighted(self, index: int | None) -> None:
        self._show_position()
        if index is None:
            return
        self.scroll_to_highlight()
        self.post_message(self.Highlighted(self, index, self._briefs[index].id))

    #: Briefs in the folder, when the list shows only some of them (a filter).
    total: reactive[int | None] = reactive(None)

    def watch_total(self) -> None:
        self._show_position()

    def _show_position(self) -> None:
        """ "12/84" on the list's border: where the highlight is, of how many."""
        count = len(self._briefs)
        of = f" of {self.total}" if self.total is not None and self.total != count else ""
        if self.highlighted is None:
            self.border_subtitle = f"0/{count}{of}" if self._message is None else ""
        else:
            self.border_subtitle = f"{self.highlighted + 1}/{count}{of}"

    def scroll_to_highlight(self) -> None:
        """Scroll just enough to show the whole highlighted row."""
        if self.highlighted is None or not self.is_mounted:
            return
        self.scroll_to_region(
            Region(0, self.highlighted * ROW_HEIGHT, 1, ROW_HEIGHT),
            animate=False,
            force=True,
            immediate=True,
        )

    def on_resize(self) -> None:
        self.scroll_to_highlight()

    def notify_style_update(self) -> None:
        # A theme or focus change restyles the rows: draw them again.
        self._line_cache.clear()
        super().notify_style_update()

    # -- keys and mouse

    def _move_to(self, index: int) -> None:
        if self._briefs:
            self.highlighted = index

    def action_cursor_down(self) -> None:
        # No wrap-around at the ends, as in vim and newsboat.
        self._move_to(0 if self.highlighted is None else self.highlighted + 1)

    def action_cursor_up(self) -> None:
        self._move_to(0 if self.highlighted is None else self.highlighted - 1)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self._briefs) - 1)

    @property
    def rows_per_page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_page_down(self) -> None:
        self._move_to((self.highlighted or 0) + self.rows_per_page)

    def action_page_up(self) -> None:
        self._move_to((self.highlighted or 0) - self.rows_per_page)

    def action_select(self) -> None:
        if self.highlighted is not None:
            index = self.highlighted
            self.post_message(self.Selected(self, index, self._briefs[index].id))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (offset.y + self.scroll_offset.y) // ROW_HEIGHT
        if 0 <= index < len(self._briefs):
            self.highlighted = index
            self.action_select()

    # -- drawing

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        if self._message is not None:
            if line != 0:
                return Strip.blank(width, self.get_visual_style().rich_style)
            message = Text.assemble(NO_MARKER, self._message)
            return self._strip(message, width, self.get_visual_style().rich_style)
        index, part = divmod(line, ROW_HEIGHT)
        if not 0 <= index < len(self._briefs):
            return Strip.blank(width, self.get_visual_style().rich_style)
        cursor = index == self.highlighted
        brief = self._briefs[index]
        unread = brief.id not in self.read_ids
        key = (index, part, width, cursor, self.has_focus, unread)
        strip = self._line_cache.get(key)
        if strip is None:
            style = self.get_visual_style(*(["brief-list--cursor"] if cursor else [])).rich_style
            body = title_line(brief, unread) if part == 0 else counts_line(brief)
            prefix = MARKER if cursor else NO_MARKER
            strip = self._strip(Text.assemble(prefix, body), width, style)
            self._line_cache[key] = strip
        return strip

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        """``text`` on ``style``, one line of exactly ``width`` cells, cut with an ellipsis."""
        line = Text(style=style, no_wrap=True, end="")
        line.append_text(text)
        if line.cell_len > width > 0:
            # Rich's ellipsis keeps a space before the "…" when the cut lands after a word.
            line.truncate(width - 1, overflow="crop")
            line.rstrip()
            line.append("…")
        line.truncate(width, pad=True)
        return Strip(line.render(self.app.console), width)
