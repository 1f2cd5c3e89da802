"""The Contradictions pane: the disputes, and the selected one's two sides side by side."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..model import Brief, Contradiction, CrossBriefContradiction, Statement
from ..safe_text import one_line
from .brief_list import plural
from .messages import JumpToSource, ShowStatement, WeakDisputesToggled
from .statement_view import statement_line
from .vim_list import VimOptionList

if TYPE_CHECKING:
    # The dispute rules are imported when a brief is first shown, after the first frame.
    from ..disputes.view import Explained

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
    return row


def weak_note(count: int, shown: bool, key: str = "w") -> Text:
    """The line above the dispute list that says weak disputes are folded away (or shown)."""
    if not count:
        return Text()
    if shown:
        verb = "is" if count == 1 else "are"
        return Text(
            f"{plural(count, 'weak dispute')} {verb} shown, marked — press {key} to hide",
            style="dim italic",
        )
    return Text(f"{plural(count, 'weak dispute')} hidden — press {key} to show", style="dim italic")


def dispute_row(dispute: Contradiction) -> Text:
    row = Text()
    row.append("⚡ ", style="bold")
    row.append(one_line(dispute.topic), style="bold")
    if dispute.weak:
        row.append("  weak evidence: check the source", style="italic")
    row.append(f"  ({len(dispute.a)} vs {len(dispute.b)} statements)", style="dim")
    return row


def side_sources(brief: Brief, statement_ids: tuple[str, ...]) -> Text:
    """Who speaks on one side: each source's name and role, once, in order, one line each
    (a long role ends in "…", so the statements keep their room)."""
    text = Text(no_wrap=True, overflow="ellipsis")
    seen: list[str] = []
    for sid in statement_ids:
        statement = brief.statement(sid)
        if statement is None or statement.speaker in seen:
            continue
        seen.append(statement.speaker)
        speaker = brief.speaker(statement.speaker)
        if text:
            text.append("\n")
        text.append(one_line(speaker.name) if speaker else statement.speaker, style="bold")
        if speaker and speaker.role:
            text.append(f" — {one_line(speaker.role)}", style="dim")
    return text


def side_row(statement: Statement, words: Iterable[str], own_cue: str = "") -> Text:
    """A statement on a side, its conflict words highlighted; a statement whose cue rejects
    ("denied", "dismissed") says so first, so that "any role in the leak" never reads as an
    affirmation."""
    row = Text()
    if own_cue:
        row.append(f"{one_line(own_cue)}: ", style="bold reverse")
    row.append_text(statement_line(statement, words))
    return row


class DisputeList(VimOptionList):
    """The brief's disputes; option id is the contradiction id."""


class SideList(VimOptionList):
    """One side of a dispute: speaker headers and their statements."""


class ContradictionsPane(Vertical):
    """The brief's disputes; the highlighted one's two sides side by side, each headed by its
    sources (name and role), which stay in view while the side's statements scroll."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "close_calls", "Close calls", id="contradictions.close_calls"),
        Binding("w", "toggle_weak", "Weak disputes", id="contradictions.weak"),
    ]

    DEFAULT_CSS = """
    ContradictionsPane DisputeList { height: auto; max-height: 7; border: none; }
    ContradictionsPane #weak-note { height: auto; padding: 0 1; }
    ContradictionsPane #dispute-detail { height: auto; max-height: 4; padding: 0 1; }
    ContradictionsPane #sides { height: 1fr; }
    ContradictionsPane .side { width: 1fr; height: 1fr; border: round $panel; }
    ContradictionsPane .side:focus-within { border: round $accent; }
    ContradictionsPane .side-sources {
        height: auto; max-height: 3; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis;
    }
    ContradictionsPane SideList { height: 1fr; border: none; }
    ContradictionsPane #no-disputes { height: auto; padding: 1 2; }
    ContradictionsPane:focus #no-disputes { text-style: bold; }
    ContradictionsPane #close-calls { height: auto; max-height: 12; padding: 0 2; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None
        #: Conflicts between this brief's speakers and their own words in other briefs.
        self.cross: list[CrossBriefContradiction] = []
        self.find_brief: Callable[[str], Brief | None] = lambda _id: None
        #: The disputes shown: those whose two sides name statements the brief holds, and
        #: the weak ones only while `show_weak` is on.
        self.disputes: list[Contradiction] = []
        #: Show the weak disputes too (`w`); off by default, kept from brief to brief.
        self.show_weak = False
        #: How many usable weak disputes the brief holds (listed or folded away).
        self.weak_count = 0
        self.showing_close_calls = False
        #: The dispute or cross-brief conflict whose sides are shown. The highlight that
        #: show() sets comes back as an event; drawing the same sides again doubled the
        #: work of every brief the list passes (explain() reads each side's words).
        self._detail_shown: Contradiction | CrossBriefContradiction | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="no-disputes")
        yield Static(id="weak-note")
        yield DisputeList(id="dispute-list")
        yield Static(id="dispute-detail")
        yield Static(id="close-calls")
        with Horizontal(id="sides"):
            for side in ("a", "b"):
                with Vertical(id=f"side-{side}-box", classes="side"):
                    yield Static(id=f"side-{side}-sources", classes="side-sources")
                    yield SideList(id=f"side-{side}")

    def show(self, brief: Brief | None, cross: list[CrossBriefContradiction] | None = None) -> None:
        self.brief = brief
        self.cross = cross or []
        self._detail_shown = None
        from ..disputes.view import hide_weak, usable

        self.weak_count, self.disputes = 0, []
        if brief is not None:
            shown, self.weak_count = hide_weak(brief, self.show_weak)
            self.disputes = [c for c in shown.contradictions if usable(brief, c)]
        self.showing_close_calls = False
        self.query_one("#close-calls").display = False
        anything = bool(self.disputes or self.cross)
        # With nothing to list, the pane itself takes the focus, so that `c` reaches it.
        self.can_focus = not anything
        self.query_one("#no-disputes").display = not anything
        note = self.query_one("#weak-note", Static)
        note.display = anything and self.weak_count > 0
        note.update(weak_note(self.weak_count, self.show_weak, self._weak_key()))
        for widget_id in ("#dispute-list", "#dispute-detail", "#sides"):
            self.query_one(widget_id).display = anything
        if not anything:
            self.query_one("#no-disputes", Static).update(
                self._nothing_text(brief, self.weak_count, self._weak_key())
            )
            return
        dispute_list = self.query_one(DisputeList)
        options = [Option(dispute_row(c), id=c.id) for c in self.disputes]
        options += [Option(cross_row(c), id=f"{CROSS_PREFIX}{n}") for n, c in enumerate(self.cross)]
        dispute_list.set_options(options)
        dispute_list.highlighted = 0
        if self.disputes:
            self.show_dispute(self.disputes[0])
        else:
            self.show_cross(self.cross[0])

    @staticmethod
    def _nothing_text(brief: Brief | None, weak_count: int = 0, weak_key: str = "w") -> Text:
        if brief is None:
            return Text("No brief selected.", style="dim")
        if weak_count:
            # The brief holds disputes, only weak ones: never say there are none.
            ones = "weak one" if weak_count == 1 else "weak ones"
            text = Text(
                f"No contradictions found but {weak_count} {ones}, hidden: opposite words or "
                "differing figures, rarely a real dispute."
            )
            them = "it" if weak_count == 1 else "them"
            text.append(f"\n{weak_key} shows {them}, marked for checking.", style="bold")
            text.append("\nc shows the close calls that were left out, and why.", style="dim")
            return text
        # Only what the builder knows: it found no dispute, not that there is none.
        text = Text("No contradictions found between the statements of this brief.")
        text.append("\nc shows the close calls that were left out, and why.", style="dim")
        return text

    def _weak_key(self) -> str:
        """The key that toggles the weak disputes, as the user mapped it."""
        from .help_screen import key_label

        keymap: dict[str, str] = getattr(self.app, "user_keymap", None) or {}
        return key_label(keymap.get("contradictions.weak", "w"))

    def action_toggle_weak(self) -> None:
        """Show or hide the weak disputes, in this brief and the next ones."""
        self.show_weak = not self.show_weak
        self.post_message(WeakDisputesToggled(self.show_weak))
        if self.brief is None:
            return
        listed = self.query_one(DisputeList)
        had_focus = self.has_focus_within
        keep = listed.highlighted_option.id if listed.highlighted_option else None
        self.show(self.brief, self.cross)
        if keep is not None and not keep.startswith(CROSS_PREFIX):
            index = next((i for i, c in enumerate(self.disputes) if c.id == keep), None)
            if index is not None:
                listed.highlighted = index
        if had_focus:
            (listed if listed.display else self).focus()

    def _explained(self, dispute: Contradiction) -> Explained:
        from ..disputes.view import explain

        assert self.brief is not None
        return explain(self.brief, dispute)

    def action_close_calls(self) -> None:
        """Show or hide the pairs that came close to a dispute, each with why it was left out."""
        panel = self.query_one("#close-calls", Static)
        self.showing_close_calls = not self.showing_close_calls
        panel.display = self.showing_close_calls
        if not self.showing_close_calls or self.brief is None:
            return
        panel.update(Text("Looking for close calls…", style="dim"))
        self._find_close_calls(self.brief)

    @work(thread=True, exclusive=True, exit_on_error=False, group="close-calls")
    def _find_close_calls(self, brief: Brief) -> None:
        # A long brief takes a second or two: the reader stays responsive meanwhile.
        from ..disputes.view import close_calls

        calls = close_calls(brief)
        self.app.call_from_thread(self._show_close_calls, brief, calls)

    def _show_close_calls(self, brief: Brief, calls: list[str]) -> None:
        if brief is not self.brief or not self.showing_close_calls:
            return  # the reader moved on to another brief meanwhile
        text = Text("Close calls left out", style="bold underline")
        if not calls:
            text.append("\nNone: no pair of statements came close to a dispute.", style="dim")
        for call in calls:
            text.append("\n• ")
            text.append(one_line(call))
        self.query_one("#close-calls", Static).update(text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if isinstance(event.option_list, DisputeList) and self.brief and event.option.id:
            event.stop()
            option_id = event.option.id
            if option_id.startswith(CROSS_PREFIX):
                conflict = self.cross[int(option_id.removeprefix(CROSS_PREFIX))]
                if conflict is not self._detail_shown:
                    self.show_cross(conflict)
                return
            for dispute in self.disputes:
                if dispute.id == option_id and dispute is not self._detail_shown:
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

    def _show_detail(self, label: str, subject: str, reason: str, evidence: str = "") -> None:
        detail = Text()
        detail.append(f"{label}: ", style="bold")
        detail.append(one_line(subject))
        if evidence:
            detail.append(f" · {evidence}", style="italic")
        detail.append("\nWhy: ", style="bold")
        detail.append(one_line(reason))
        self.query_one("#dispute-detail", Static).update(detail)

    def show_cross(self, conflict: CrossBriefContradiction) -> None:
        """One speaker against their own words in another brief: earlier left, later right."""
        self._detail_shown = conflict
        self._show_detail("Across briefs", conflict.speaker, conflict.reason)
        for side, label, ref in (
            ("a", "Earlier", conflict.earlier),
            ("b", "Later", conflict.later),
        ):
            self.query_one(f"#side-{side}-box").border_title = label
            brief = self.find_brief(ref.brief_id)
            statement = brief.statement(ref.statement_id) if brief else None
            date = ref.date.isoformat() if ref.date else "undated"
            header = Text(one_line(conflict.speaker), style="bold")
            header.append(f" — {date}", style="dim")
            if brief is not None:
                header.append(f" · {one_line(brief.title)}", style="dim")
            self.query_one(f"#side-{side}-sources", Static).update(header)
            row = statement_line(statement) if statement else Text(one_line(ref.text))
            side_list = self.query_one(f"#side-{side}", SideList)
            side_list.set_options([Option(row, id=f"{ref.brief_id}/{ref.statement_id}")])
            side_list.highlighted = 0

    def show_dispute(self, dispute: Contradiction) -> None:
        assert self.brief is not None
        self._detail_shown = dispute
        brief = self.brief
        explained = self._explained(dispute)
        fallback = clash_words(brief, dispute)
        self._show_detail("Topic", dispute.topic, dispute.reason, explained.evidence)
        for side, label, ids in (("a", "Side A", dispute.a), ("b", "Side B", dispute.b)):
            self.query_one(f"#side-{side}-box").border_title = label
            self.query_one(f"#side-{side}-sources", Static).update(side_sources(brief, ids))
            speakers = {s.speaker for sid in ids if (s := brief.statement(sid)) is not None}
            options: list[Option | None] = []
            last_speaker = None
            for sid in ids:
                statement = brief.statement(sid)
                if statement is None:
                    continue
                if len(speakers) > 1 and statement.speaker != last_speaker:
                    speaker = brief.speaker(statement.speaker)
                    name = one_line(speaker.name) if speaker else statement.speaker
                    options.append(Option(Text(name, style="bold"), disabled=True))
                    last_speaker = statement.speaker
                words = explained.words.get(sid) or tuple(fallback)
                options.append(
                    Option(side_row(statement, words, explained.own_cue.get(sid, "")), id=sid)
                )
            side_list = self.query_one(f"#side-{side}", SideList)
            side_list.set_options(options)
            side_list.highlighted = next(
                (i for i, o in enumerate(side_list.options) if not o.disabled), None
            )

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
