"""The Contradictions pane: the disputes, and the selected one's two sides side by side."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..model import Brief, Contradiction
from ..safe_text import one_line
from .messages import JumpToSource
from .statement_view import statement_line
from .vim_list import VimOptionList

# Words that flip a statement's stance; shown highlighted with the topic words they clash on.
STANCE_WORDS = tuple(
    "no not never none nothing nobody neither nor without deny denies denied reject rejects "
    "rejected n't whatsoever false untrue instead".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "that",
        "this",
        "there",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "said",
        "says",
        "say",
        "from",
        "by",
        "as",
        "at",
        "we",
        "our",
        "your",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "what",
        "whatsoever",
    ]
)


def clash_words(brief: Brief, dispute: Contradiction) -> set[str]:
    """Words to highlight: content words both sides share or the topic names, and stance cues."""

    def words(ids: tuple[str, ...]) -> set[str]:
        out: set[str] = set()
        for sid in ids:
            statement = brief.statement(sid)
            if statement:
                out.update(w.lower() for w in _WORD.findall(statement.text))
        return out

    topic = {w.lower() for w in _WORD.findall(dispute.topic)}
    shared = words(dispute.a) & words(dispute.b)
    return {w for w in (shared | topic) if w not in _STOP and len(w) > 2} | set(STANCE_WORDS)


def dispute_row(dispute: Contradiction) -> Text:
    row = Text()
    row.append("⚡ ", style="bold")
    row.append(one_line(dispute.topic), style="bold")
    row.append(
        f"  ({len(dispute.a)} vs {len(dispute.b)} statements, confidence {dispute.confidence:.2f})",
        style="dim",
    )
    return row


class DisputeList(VimOptionList):
    """The brief's disputes; option id is the contradiction id."""


class SideList(VimOptionList):
    """One side of a dispute: speaker headers and their statements."""


class ContradictionsPane(Vertical):
    DEFAULT_CSS = """
    ContradictionsPane DisputeList { height: auto; max-height: 7; border: none; }
    ContradictionsPane #dispute-detail { height: auto; padding: 0 1; }
    ContradictionsPane #sides { height: 1fr; }
    ContradictionsPane SideList { width: 1fr; height: 1fr; border: round $panel; }
    ContradictionsPane SideList:focus { border: round $accent; }
    ContradictionsPane #no-disputes { padding: 1 2; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="no-disputes")
        yield DisputeList(id="dispute-list")
        yield Static(id="dispute-detail")
        with Horizontal(id="sides"):
            yield SideList(id="side-a")
            yield SideList(id="side-b")

    def show(self, brief: Brief | None) -> None:
        self.brief = brief
        disputes = brief.contradictions if brief else ()
        self.query_one("#no-disputes").display = not disputes
        for widget_id in ("#dispute-list", "#dispute-detail", "#sides"):
            self.query_one(widget_id).display = bool(disputes)
        if not disputes:
            self.query_one("#no-disputes", Static).update(
                Text(
                    "No contradictions: the statements in this article do not dispute each other."
                    if brief
                    else "No brief selected.",
                    style="dim",
                )
            )
            return
        dispute_list = self.query_one(DisputeList)
        dispute_list.set_options(Option(dispute_row(c), id=c.id) for c in disputes)
        dispute_list.highlighted = 0
        self.show_dispute(disputes[0])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if isinstance(event.option_list, DisputeList) and self.brief and event.option.id:
            event.stop()
            for dispute in self.brief.contradictions:
                if dispute.id == event.option.id:
                    self.show_dispute(dispute)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option_list, DisputeList):
            self.query_one("#side-a", SideList).focus()
        elif event.option.id is not None:
            self.post_message(JumpToSource(event.option.id))

    def show_dispute(self, dispute: Contradiction) -> None:
        assert self.brief is not None
        brief = self.brief
        highlight = clash_words(brief, dispute)
        detail = Text()
        detail.append("Topic: ", style="bold")
        detail.append(one_line(dispute.topic))
        detail.append(f"   Confidence: {dispute.confidence:.2f}\n", style="dim")
        detail.append("Why: ", style="bold")
        detail.append(one_line(dispute.reason))
        self.query_one("#dispute-detail", Static).update(detail)
        for side_id, label, ids in (
            ("#side-a", "Side A", dispute.a),
            ("#side-b", "Side B", dispute.b),
        ):
            side = self.query_one(side_id, SideList)
            side.border_title = label
            options: list[Option | None] = []
            last_speaker = None
            for sid in ids:
                statement = brief.statement(sid)
                if statement is None:
                    continue
                if statement.speaker != last_speaker:
                    speaker = brief.speaker(statement.speaker)
                    header = Text(
                        one_line(speaker.name) if speaker else statement.speaker, style="bold"
                    )
                    if speaker and speaker.role:
                        header.append(f" — {one_line(speaker.role)}", style="dim")
                    options.append(Option(header, disabled=True))
                    last_speaker = statement.speaker
                options.append(Option(statement_line(statement, highlight), id=statement.id))
            side.set_options(options)
            side.highlighted = next((i for i, o in enumerate(side.options) if not o.disabled), None)

    @property
    def selected_statement_id(self) -> str | None:
        focused = self.screen.focused
        if isinstance(focused, SideList):
            return focused.highlighted_id
        return None

    def select_statement(self, statement_id: str) -> bool:
        for side in self.query(SideList):
            if side.highlight_id(statement_id):
                side.focus()
                return True
        return False
