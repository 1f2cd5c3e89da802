"""The Stories view: every story of the loaded briefs, and one story's timeline, speakers across
outlets and disputes across sources, each line leading to its statement in the Source pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..corpus.stories_store import open_stories_cache
from ..export import ExportError, describe_os_error
from ..export_story import story_file_name, write_story
from ..model import Brief
from ..safe_text import clip, one_line
from ..stories import DisputeSide, Story, find_stories
from .brief_list import BriefList, plural
from .messages import JumpToSource
from .vim_list import VimOptionList

if TYPE_CHECKING:
    from .main_screen import MainScreen

#: The last stories computed, with the list of briefs they were computed from: reopening
#: the view on the same load costs nothing, and a reload that changed no brief (equal
#: briefs, compared in the worker) reuses them; any change computes them again.
_computed: dict[str, tuple[Sequence[Brief], list[Story]]] = {}

_CSS = """
StoriesScreen, StoryScreen { layout: vertical; }
StoriesScreen > #stories-status, StoryScreen > #story-head {
    height: auto; max-height: 4; padding: 0 1; background: $boost;
}
StoriesScreen > OptionList, StoryScreen > OptionList { height: 1fr; border: none; }
StoriesScreen > OptionList { text-wrap: nowrap; text-overflow: ellipsis; }
/* The scrollbar's room is kept from the start: lines wrapped before it appeared would
   otherwise lose their last words when it takes two columns. */
StoryScreen > OptionList { scrollbar-gutter: stable; }
"""


def _row(*parts: tuple[str, str]) -> Text:
    """One line that never wraps: words from briefs are shown as text, never as markup."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    for words, style in parts:
        # one_line folds whitespace away; the padding that lines columns up is kept.
        lead = " " * (len(words) - len(words.lstrip(" ")))
        trail = " " * (len(words) - len(words.rstrip(" ")))
        text.append(f"{lead}{one_line(words)}{trail}", style)
    return text


#: Characters of a statement or title shown in a story's line: a long one is cut, so that
#: one line of the story cannot fill the screen (Enter shows it whole in Source).
_SHOWN = 280


#: A brief id longer than this is cut in the label column of a story's lines.
_ID_SHOWN = 24


def _hanging(label: tuple[str, str], *parts: tuple[str, str], width: int = 0) -> Table:
    """A label and words that wrap beside it, never under it: at 80 columns a statement
    takes several lines, and each stays in its column so that where it starts shows.
    ``width``: the label column's width, the same for the lines of one section."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, min_width=width)
    grid.add_column(ratio=1, overflow="fold")
    words = Text(end="")
    for text, style in parts:
        trail = " " * (len(text) - len(text.rstrip(" ")))  # "source: " keeps its space
        words.append(clip(one_line(text), _SHOWN) + trail, style)
    grid.add_row(Text(one_line(label[0]), label[1], end=""), words)
    return grid


class StoriesScreen(Screen[None]):
    """Stories biggest first: brief count, dates, disputes, title. Enter opens one."""

    DEFAULT_CSS = _CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="stories.back"),
        Binding("e", "export_story", "Export story", id="stories.export"),
    ]

    def __init__(self, briefs: Sequence[Brief], folder: Path | None = None) -> None:
        super().__init__()
        self.briefs = briefs
        #: Where the briefs were loaded from: its stories store keeps what the last
        #: computation found, so only briefs and stories that changed are read again.
        self.folder = folder
        self.stories: list[Story] = []

    def compose(self) -> ComposeResult:
        yield Static("Grouping briefs into stories…", id="stories-status")
        yield VimOptionList(id="story-list")
        yield Footer()

    def on_mount(self) -> None:
        last = _computed.get("last")
        if last is not None and last[0] is self.briefs:
            self.show_stories(last[1])
        else:
            self.compute(self.briefs)

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False, description="stories")
    def compute(self, briefs: Sequence[Brief]) -> None:
        worker = get_current_worker()
        previous = _computed.get("last")
        if previous is not None and previous[0] == briefs:
            stories = previous[1]
        else:
            stories = self._find(briefs, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            _computed["last"] = (briefs, stories)
            self.app.call_from_thread(self.show_stories, stories)

    def _find(self, briefs: Sequence[Brief], cancelled: Callable[[], bool]) -> list[Story]:
        if self.folder is None:
            return find_stories(briefs, cancelled=cancelled)
        cache = open_stories_cache([self.folder])
        try:
            stories = find_stories(briefs, cancelled=cancelled, cache=cache)
        finally:
            cache.close()
        if cache.notice:
            self.app.call_from_thread(
                self.app.notify, cache.notice, severity="warning", timeout=8, markup=False
            )
        return stories

    def show_stories(self, stories: list[Story]) -> None:
        self.stories = stories
        several = sum(1 for s in stories if len(s.briefs) > 1)
        disputed = sum(1 for s in stories if s.disputes)
        self.query_one("#stories-status", Static).update(
            f"{len(stories)} {'story' if len(stories) == 1 else 'stories'} of "
            f"{plural(len(self.briefs), 'brief')}: "
            f"{several} told by several outlets, {disputed} disputed (⚡). Enter opens a story."
            if stories
            else "No briefs loaded, so no stories."
        )
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(
            Option(
                _row(
                    (f"{len(s.briefs):>4} ", "bold"),
                    (f"{s.dates_text:<11} ", "dim"),
                    ("⚡ " if s.disputes else "  ", "bold red"),
                    (s.title or "(untitled)", ""),
                ),
                id=str(n),
            )
            for n, s in enumerate(stories)
        )
        options.highlighted = 0 if stories else None
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.app.push_screen(StoryScreen(self.stories[int(event.option.id)]))

    def action_export_story(self) -> None:
        """``e`` exports the highlighted story, as it does in a story."""
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is None or not self.stories:
            self.notify("No story to export yet.", timeout=3)
            return
        export_story(self, self.stories[highlighted])


@dataclass(frozen=True, slots=True)
class _Target:
    brief_id: str
    statement_id: str | None


class StoryScreen(Screen[None]):
    """One story: timeline of briefs, speakers across outlets, disputes across sources."""

    DEFAULT_CSS = _CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="story.back"),
        Binding("e", "export_story", "Export story", id="story.export"),
    ]

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story
        self.targets: list[_Target] = []

    def compose(self) -> ComposeResult:
        story = self.story
        yield Static(
            _row((story.title or "(untitled)", "bold"))
            + Text(
                f"\n{plural(len(story.briefs), 'brief')}, {story.dates_text}, "
                f"{plural(len(story.speakers), 'speaker')}, "
                f"{plural(len(story.disputes), 'dispute')}. Enter shows the words in Source.",
                style="dim",
            ),
            id="story-head",
        )
        yield VimOptionList(id="story-items")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        # The lines go in once the list has its width: a line measured before the layout
        # settles keeps that height, and a wrapped statement would lose its last words.
        self.call_after_refresh(self._fill)

    def _fill(self) -> None:
        items = self.query_one(OptionList)
        self.targets.clear()
        items.clear_options()
        items.add_options(self._options())
        if self.targets:
            items.highlighted = items.get_option_index("0")

    def _options(self) -> list[Option]:
        options: list[Option] = []

        def heading(words: str) -> None:
            options.append(Option(Text(words, style="bold underline"), disabled=True))

        def entry(
            target: _Target, label: tuple[str, str], *parts: tuple[str, str], width: int = 0
        ) -> None:
            self.targets.append(target)
            prompt = _hanging(label, *parts, width=width)
            options.append(Option(prompt, id=str(len(self.targets) - 1)))

        story = self.story
        id_width = min(max((len(b.id) for b in story.briefs), default=0), _ID_SHOWN)
        if story.disputes:
            heading("Disputes across sources")
            for dispute in story.disputes:
                options.append(Option(_row((dispute.reason, "italic")), disabled=True))
                for mark, sides in (("asserts", dispute.a), ("denies", dispute.b)):
                    for side in sides:
                        entry(*self._side(mark, side), width=len("asserts"))
        heading("Timeline")
        for brief in story.briefs:
            entry(
                _Target(brief.id, None),
                (f"{brief.date_text:<10}", "dim"),
                (f"{clip(brief.id, _ID_SHOWN)}  ", "dim"),
                (brief.title or brief.id, ""),
            )
        if story.speakers:
            heading("Speakers across outlets")
        for speaker in story.speakers:
            count = len(speaker.brief_ids)
            options.append(
                Option(_row((f"{speaker.name} ({plural(count, 'brief')})", "bold")), disabled=True)
            )
            for ref in speaker.statements:
                entry(
                    _Target(ref.brief_id, ref.statement_id),
                    (clip(ref.brief_id, _ID_SHOWN), "dim"),
                    (ref.text, ""),
                    width=id_width,
                )
        return options

    @staticmethod
    def _side(
        mark: str, side: DisputeSide
    ) -> tuple[_Target, tuple[str, str], tuple[str, str], tuple[str, str]]:
        style = "green" if mark.startswith("asserts") else "red"
        return (
            _Target(side.brief_id, side.statement_id),
            (mark, style),
            (f"{side.source}: ", "bold"),
            (side.text, ""),
        )

    def action_export_story(self) -> None:
        export_story(self, self.story)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            target = self.targets[int(event.option.id)]
            open_in_source(self, target.brief_id, target.statement_id)


def export_story(screen: Screen[None], story: Story) -> None:
    """Write the story as Markdown into the reader's export folder, never over a file."""
    folder = Path(getattr(screen.app, "export_dir", Path("exports")))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = write_story(story, folder / story_file_name(story))
    except ExportError as exc:
        screen.notify(str(exc), title="Story not exported", severity="error", markup=False)
    except OSError as exc:
        screen.notify(describe_os_error(exc, folder), severity="error", markup=False)
    else:
        screen.notify(f"Exported the story as Markdown to\n{path.resolve()}", markup=False)


def open_in_source(screen: Screen[None], brief_id: str, statement_id: str | None) -> None:
    """Back to the reader on ``brief_id``, its Source pane showing the statement."""
    from .main_screen import MainScreen

    app = screen.app
    main: MainScreen | None = next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)
    if main is None:
        return
    while app.screen is not main:
        app.pop_screen()
    if not main.query_one(BriefList).highlight_id(brief_id):
        app.notify("That brief is no longer loaded.", severity="warning", timeout=3)
        return
    main.show_selected()
    if statement_id is not None:
        main.post_message(JumpToSource(statement_id))
    else:
        main.action_pane("source")
