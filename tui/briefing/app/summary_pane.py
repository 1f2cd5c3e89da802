"""The Summary pane: title, date, source, summary sentences, speakers, contradictions."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..safe_text import clean_text, one_line
from .brief_list import plural
from .scroll_keys import PANE_SCROLL_BINDINGS

if TYPE_CHECKING:
    from ..model import Brief


def render_summary(brief: Brief, show_weak: bool = False) -> RenderableType:
    """The Summary pane's body; weak disputes are left out unless ``show_weak`` (the
    Contradictions pane's `w`), and a line says how many were."""
    # Imported at the first brief shown, not before the reader's first frame (the load
    # worker imports it meanwhile).
    from ..disputes.view import dispute_lines, hide_weak, usable

    shown, weak = hide_weak(brief, show_weak)
    # The disagreement comes first: it is why a reader opens the brief.
    parts: list[RenderableType] = [
        Text.assemble(("⚡ ", "bold"), (line, "bold")) for line in dispute_lines(shown)
    ]
    parts += [
        Text(one_line(brief.title), style="bold"),
        Text.assemble(
            (brief.date_text, "bold"),
            "  ·  source ",
            # A page fetched from a URL has no file name; its URL says where it came from.
            (one_line(brief.source.file or brief.source.url), "italic"),
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
    counts = Counter(statement.speaker for statement in brief.statements)
    for speaker in brief.speakers:
        count = counts[speaker.id]
        line = Text.assemble(("• ", ""), (one_line(speaker.name), "bold"))
        if speaker.role:
            line.append(f" — {one_line(speaker.role)}")
        line.append(
            f"  ({speaker.kind.value}, {count} statement{'s' if count != 1 else ''})", style="dim"
        )
        parts.append(line)
    parts.append(Text(""))
    parts.append(Text("Contradictions", style="bold underline"))
    disputes = [c for c in shown.contradictions if usable(brief, c)]
    if not disputes and not weak:
        parts.append(Text("None found between the statements of this brief.", style="dim"))
    for dispute in disputes:
        line = Text.assemble(("⚡ ", "bold"), (one_line(dispute.topic), "bold"), ": ")
        line.append(f"{side_names(brief, dispute.a)} vs {side_names(brief, dispute.b)}")
        if dispute.weak:
            line.append("  weak evidence: check the source", style="italic")
        line.append(f"  (press 3)\n  {one_line(dispute.reason)}", style="dim")
        parts.append(line)
    if weak and not show_weak:
        count = weak
        # With nothing else listed, the line says the brief has no other dispute.
        lead = "None found but " if not disputes else ""
        parts.append(
            Text(
                f"{lead}{plural(count, 'weak dispute')}, hidden "
                "(opposite words or differing figures) — press 3, then w to show",
                style="dim italic",
            )
        )
    return Group(*parts)


def side_names(brief: Brief, statement_ids: tuple[str, ...]) -> str:
    """The speakers of one side of a dispute, in order, each once."""
    names: list[str] = []
    for statement_id in statement_ids:
        statement = brief.statement(statement_id)
        speaker = brief.speaker(statement.speaker) if statement else None
        name = one_line(speaker.name) if speaker else "?"
        if name not in names:
            names.append(name)
    return ", ".join(names) or "?"


class SummaryPane(VerticalScroll, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = PANE_SCROLL_BINDINGS

    DEFAULT_CSS = """
    SummaryPane > Static { padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None
        #: Show the weak disputes too (set by the screen, following the `w` toggle).
        self.show_weak = False

    def compose(self) -> ComposeResult:
        yield Static(id="summary-body")

    def show(self, brief: Brief | None) -> None:
        self.brief = brief
        body = self.query_one("#summary-body", Static)
        body.update(
            render_summary(brief, self.show_weak)
            if brief
            else Text("No brief selected.", style="dim")
        )
        self.scroll_home(animate=False)
