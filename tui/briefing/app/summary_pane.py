"""The Summary pane: title, date, source, summary sentences, and speakers with roles."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..model import Brief
from ..safe_text import clean_text, one_line
from .scroll_keys import PANE_SCROLL_BINDINGS


def render_summary(brief: Brief) -> RenderableType:
    parts: list[RenderableType] = [
        Text(one_line(brief.title), style="bold"),
        Text.assemble(
            (brief.date_text, "bold"), "  ·  source ", (one_line(brief.source.file), "italic")
        ),
        Text(""),
    ]
    if brief.summary:
        for sentence in brief.summary:
            parts.append(Text.assemble("• ", clean_text(sentence.text)))
    else:
        parts.append(Text("No summary: the article has no sentences to choose from.", style="dim"))
    parts.append(Text(""))
    parts.append(Text("Speakers", style="bold underline"))
    if not brief.speakers:
        parts.append(Text("No one is quoted or reported in this article.", style="dim"))
    for speaker in brief.speakers:
        count = len(brief.statements_by(speaker.id))
        line = Text.assemble(("• ", ""), (one_line(speaker.name), "bold"))
        if speaker.role:
            line.append(f" — {one_line(speaker.role)}")
        line.append(
            f"  ({speaker.kind.value}, {count} statement{'s' if count != 1 else ''})", style="dim"
        )
        parts.append(line)
    return Group(*parts)


class SummaryPane(VerticalScroll, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = PANE_SCROLL_BINDINGS

    DEFAULT_CSS = """
    SummaryPane > Static { padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="summary-body")

    def show(self, brief: Brief | None) -> None:
        self.brief = brief
        body = self.query_one("#summary-body", Static)
        body.update(render_summary(brief) if brief else Text("No brief selected.", style="dim"))
        self.scroll_home(animate=False)
