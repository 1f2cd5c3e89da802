"""The Contradictions pane: the disputes, and the selected one's two sides side by side."""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..model import Brief, Contradiction, CrossBriefContradiction
from ..safe_text import one_line
from .messages import JumpToSource, ShowStatement
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


CROSS_PREFIX = "cross:"


def cross_row(conflict: CrossBriefContradiction) -> Text:
    row = Text()
    row.append("⇄ ", style="bold")
    row.append(one_line(conflict.speaker), style="bold")
    row.append(f" contradicts themselves across briefs: {one_line(conflict.topic)}")
    row.append(f"  (confidence {conflict.confidence:.2f})", style="dim")
    return row


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
        #: Conflicts between this brief's speakers and their own words in other briefs.
        self.cross: list[CrossBriefContradiction] = []
        self.find_brief: Callable[[str], Brief | None] = lambda _id: None

    def compose(self) -> ComposeResult:
        yield Static(id="no-disputes")
        yield DisputeList(id="dispute-list")
        yield Static(id="dispute-detail")
        with Horizontal(id="sides"):
            yield SideList(id="side-a")
            yield SideList(id="side-b")

    def show(self, brief: Brief | None, cross: list[CrossBriefContradiction] | None = None) -> None:
        self.brief = brief
        self.cross = cross or []
        disputes = brief.contradictions if brief else ()
        anything = bool(disputes or self.cross)
        self.query_one("#no-disputes").display = not anything
        for widget_id in ("#dispute-list", "#dispute-detail", "#sides"):
            self.query_one(widget_id).display = anything
        if not anything:
            self.query_one("#no-disputes", Static).update(
                Text(
                    "No contradictions found between the statements of this brief."
                    if brief
                    else "No brief selected.",
                    style="dim",
                )
            )
            return
        dispute_list = self.query_one(DisputeList)
        options = [Option(dispute_row(c), id=c.id) for c in disputes]
        options += [Option(cross_row(c), id=f"{CROSS_PREFIX}{n}") for n, c in enumerate(self.cross)]
        dispute_list.set_options(options)
        dispute_list.highlighted = 0
        if disputes:
            self.show_dispute(disputes[0])
        else:
            self.show_cross(self.cross[0])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if isinstance(event.option_list, DisputeList) and self.brief and event.option.id:
            event.stop()
            option_id = event.option.id
            if option_id.startswith(CROSS_PREFIX):
                self.show_cross(self.cross[int(option_id.removeprefix(CROSS_PREFIX))])
                return
            for dispute in self.brief.contradictions:
                if dispute.id == option_id:
                    self.show_dispute(dispute)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if isinstance(event.option_list, DisputeList):
            self.query_one("#side-a", SideList).focus()
        elif option_id is not None and "/" in option_id:
            brief_id, statement_id = option_id.split("/", 1)
            if self.brief is not None and brief_id == self.brief.id:
                self.post_message(JumpToSource(statement_id))
            else:
                self.post_message(ShowStatement(brief_id, statement_id))
        elif option_id is not None:
            self.post_message(JumpToSource(option_id))

    def _show_detail(self, label: str, subject: str, confidence: float, reason: str) -> None:
        detail = Text()
        detail.append(f"{label}: ", style="bold")
        detail.append(one_line(subject))
        detail.append(f"   Confidence: {confidence:.2f}\n", style="dim")
        detail.append("Why: ", style="bold")
        detail.append(one_line(reason))
        self.query_one("#dispute-detail", Static).update(detail)

    def show_cross(self, conflict: CrossBriefContradiction) -> None:
        """One speaker against their own words in another brief: earlier left, later right."""
        self._show_detail("Across briefs", conflict.speaker, conflict.confidence, conflict.reason)
        for side_id, label, ref in (
            ("#side-a", "Earlier", conflict.earlier),
            ("#side-b", "Later", conflict.later),
        ):
            side = self.query_one(side_id, SideList)
            side.border_title = label
            brief = self.find_brief(ref.brief_id)
            statement = brief.statement(ref.statement_id) if brief else None
            date = ref.date.isoformat() if ref.date else "undated"
            header = Text(one_line(conflict.speaker), style="bold")
            header.append(f" — {date}", style="dim")
            if brief is not None:
                header.append(f" · {one_line(brief.title)}", style="dim")
            row = statement_line(statement) if statement else Text(one_line(ref.text))
            side.set_options(
                [
                    Option(header, disabled=True),
                    Option(row, id=f"{ref.brief_id}/{ref.statement_id}"),
                ]
            )
            side.highlighted = 1

    def show_dispute(self, dispute: Contradiction) -> None:
        assert self.brief is not None
        brief = self.brief
        highlight = clash_words(brief, dispute)
        self._show_detail("Topic", dispute.topic, dispute.confidence, dispute.reason)
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
