"""The Source pane: the article with every statement's words marked, one paragraph a widget."""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..model import Brief
from ..safe_text import same_length_visible
from .scroll_keys import PANE_SCROLL_BINDINGS

STATEMENT_STYLE = "underline"
SELECTED_STYLE = "bold reverse"


class Paragraph(Static):
    DEFAULT_CSS = "Paragraph { padding: 0 1 1 1; }"

    def __init__(self, start: int, end: int) -> None:
        super().__init__()
        self.start = start
        self.end = end


class SourcePane(VerticalScroll, can_focus=True):
    """Scrolls with the usual keys; the selected statement is shown in reverse video."""

    BINDINGS: ClassVar[list[BindingType]] = PANE_SCROLL_BINDINGS

    DEFAULT_CSS = """
    SourcePane #source-legend { padding: 0 1; color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None
        self.selected: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="source-legend")

    def show(self, brief: Brief | None, selected: str | None = None) -> None:
        if brief is not self.brief:
            self.brief = brief
            self.query(Paragraph).remove()
            if brief is not None:
                self.mount_all(self._paragraphs(brief.source.text))
        self.selected = selected
        self._restyle()

    def _paragraphs(self, text: str) -> list[Paragraph]:
        """Blocks of whole lines. A huge article gets larger blocks, so it never needs more
        than a few hundred widgets."""
        target = max(1, len(text) // 300)
        blocks: list[Paragraph] = []
        block_start = 0
        at = 0
        for line in text.split("\n"):
            at += len(line) + 1
            if at - block_start >= target:
                if text[block_start : at - 1].strip():
                    blocks.append(Paragraph(block_start, at - 1))
                block_start = at
        if text[block_start:].strip():
            blocks.append(Paragraph(block_start, len(text)))
        return blocks

    def _restyle(self) -> None:
        legend = self.query_one("#source-legend", Static)
        if self.brief is None:
            legend.update(Text("No brief selected.", style="dim"))
            return
        legend.update(
            Text.assemble(
                ("underlined", STATEMENT_STYLE),
                ": a statement   ",
                ("reversed", SELECTED_STYLE),
                ": the one you came from   Esc: back",
            )
        )
        text = self.brief.source.text
        marks = sorted(
            (start, end, SELECTED_STYLE if statement.id == self.selected else STATEMENT_STYLE)
            for statement in self.brief.statements
            for start, end in statement.spans
        )
        starts = [m[0] for m in marks]
        longest = max((end - start for start, end, _ in marks), default=0)
        for paragraph in self.query(Paragraph):
            body = Text(same_length_visible(text[paragraph.start : paragraph.end]))
            first = bisect_left(starts, paragraph.start - longest)
            for start, end, style in marks[first : bisect_left(starts, paragraph.end)]:
                lo, hi = max(start, paragraph.start), min(end, paragraph.end)
                if lo < hi:
                    body.stylize(style, lo - paragraph.start, hi - paragraph.start)
            paragraph.update(body)

    def scroll_to_selected(self) -> None:
        """Bring the selected statement's first words into view."""
        if self.brief is None or self.selected is None:
            return
        statement = self.brief.statement(self.selected)
        if statement is None:
            return
        start = statement.start
        for paragraph in self.query(Paragraph):
            if paragraph.start <= start <= paragraph.end:
                width = max(1, paragraph.content_size.width)
                before = self.brief.source.text[paragraph.start : start].split("\n")
                line = sum(len(part) // width + 1 for part in before) - 1
                self.scroll_to(
                    y=max(0, paragraph.virtual_region.y + line - 2), animate=False, immediate=True
                )
                return
