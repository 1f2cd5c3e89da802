"""The Stories view: stories of the loaded briefs, one story's parts, each leading to Source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import make_brief
from textual.pilot import Pilot
from textual.widgets import OptionList

from briefing.app import stories_screen
from briefing.app.app import BriefingApp
from briefing.app.brief_list import BriefList
from briefing.app.main_screen import MainScreen
from briefing.app.source_pane import SourcePane
from briefing.app.stories_screen import StoriesScreen, StoryScreen
from briefing.brief_yaml import write_brief
from briefing.model import Brief
from briefing.stories.story import Story

BEAR = (
    "A fisherman in Yakutia, Igor Vorozhbitsyn, was attacked by a brown bear near the Kolyma "
    "river. His Justin Bieber ringtone went off and the bear fled into the taiga."
)
BEAR_HOAX = (
    "The Justin Bieber ringtone bear story from Yakutia is a hoax. Igor Vorozhbitsyn was "
    "mauled by a brown bear near the Kolyma, but no ringtone scared it off."
)


def folder(tmp_path: Path) -> Path:
    briefs: list[Brief] = [
        make_brief("bear", dt.date(2014, 8, 19), "Bieber ringtone saves fisherman", BEAR),
        make_brief("hoax", dt.date(2014, 8, 20), "The ringtone story is a hoax", BEAR_HOAX),
        make_brief("memo"),  # the sample brief, another event, with statements
    ]
    tmp_path.mkdir(parents=True, exist_ok=True)
    for brief in briefs:
        write_brief(brief, tmp_path / f"{brief.id}.yaml")
    return tmp_path


def highlight(screen: StoryScreen, target: int) -> None:
    items = screen.query_one("#story-items", OptionList)
    items.highlighted = items.get_option_index(str(target))


async def open_stories(app: BriefingApp, pilot: Pilot[None]) -> StoriesScreen:
    """Press s once the briefs are loaded, and wait for the stories to be grouped."""
    await app.workers.wait_for_complete()
    await pilot.press("S")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, StoriesScreen)
    return app.screen


async def test_stories_list_then_a_story_then_its_denial_in_source(tmp_path: Path) -> None:
    app = BriefingApp(folder(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        assert [len(s.briefs) for s in screen.stories] == [2, 1]
        await pilot.press("enter")
        await pilot.pause()
        story_screen = app.screen
        assert isinstance(story_screen, StoryScreen)
        story: Story = story_screen.story
        assert [b.id for b in story.briefs] == ["bear", "hoax"]
        assert story.disputes[0].b[0].brief_id == "hoax"
        denier = next(i for i, t in enumerate(story_screen.targets) if t.brief_id == "hoax")
        highlight(story_screen, denier)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(BriefList).highlighted_id == "hoax"
        assert isinstance(app.focused, SourcePane)


async def test_a_speakers_statement_opens_selected_in_source(tmp_path: Path) -> None:
    app = BriefingApp(folder(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        app.action_stories()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoriesScreen)
        memo = next(n for n, s in enumerate(screen.stories) if s.briefs[0].id == "memo")
        app.push_screen(StoryScreen(screen.stories[memo]))
        await pilot.pause()
        story_screen = app.screen
        assert isinstance(story_screen, StoryScreen)
        ruiz = next(i for i, t in enumerate(story_screen.targets) if t.statement_id == "s3")
        highlight(story_screen, ruiz)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(SourcePane).selected == "s3"


async def test_e_exports_a_story_as_markdown_once(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    app = BriefingApp(folder(tmp_path / "briefs"), export_dir=exports)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_stories(app, pilot)
        await pilot.press("e")  # the highlighted story, from the list
        await pilot.pause()
        assert (exports / "st-bear.md").exists()
        (exports / "st-bear.md").unlink()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        text = (exports / "st-bear.md").read_text(encoding="utf-8")
        assert text.startswith("# ")
        assert "## Disputes across sources" in text
        await pilot.press("e")  # a second time: the file is kept, and the user told
        await pilot.pause()
        assert any("already exists" in n.message for n in app._notifications)


async def test_a_reload_that_changed_nothing_reuses_the_stories_and_a_change_regroups(
    tmp_path: Path,
) -> None:
    briefs_dir = folder(tmp_path)
    app = BriefingApp(briefs_dir)
    async with app.run_test(size=(80, 24)) as pilot:

        async def stories_shown() -> list[Story]:
            shown = (await open_stories(app, pilot)).stories
            await pilot.press("escape")
            return shown

        first = await stories_shown()
        await pilot.press("r")
        again = await stories_shown()
        assert again is first  # same briefs after the reload: not computed again
        write_brief(make_brief("bear2", None, "Ringtone scares bear", BEAR), briefs_dir / "b2.yaml")
        await pilot.press("r")
        changed = await stories_shown()
        assert [len(s.briefs) for s in changed] == [3, 1]


async def first_story_lines(app: BriefingApp, pilot: Pilot[None]) -> list[str]:
    """Open the first story and read the lines of it on screen, as a person sees them."""
    await open_stories(app, pilot)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()
    items = app.screen.query_one("#story-items", OptionList)
    return [items.render_line(y).text.rstrip() for y in range(items.size.height)]


LONG_LEAD = (
    "A fisherman in Yakutia, Igor Vorozhbitsyn, was attacked by a brown bear near the Kolyma "
    "river on Tuesday while he sat fishing alone at dawn, and the bear fled into the taiga "
    "when his Justin Bieber ringtone went off, which saved his life, locals in Yakutia say."
)


async def test_a_long_side_of_a_dispute_wraps_beside_its_label_and_shows_its_last_words(
    tmp_path: Path,
) -> None:
    # enough outlets for the story to scroll: the scrollbar must not eat a side's last line
    briefs = [
        make_brief(f"bear{n}", dt.date(2014, 8, 19), "Bieber ringtone saves fisherman", LONG_LEAD)
        for n in range(6)
    ] + [make_brief("hoax", dt.date(2014, 8, 20), "The ringtone story is a hoax", BEAR_HOAX)]
    for one in briefs:
        write_brief(one, tmp_path / f"{one.id}.yaml")
    app = BriefingApp(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        lines = await first_story_lines(app, pilot)
        first, second = [n for n, line in enumerate(lines) if line.startswith("asserts")][:2]
        column = lines[first].index("bear0.txt")
        assert lines[second].index("bear1.txt") == column  # every side's words line up
        # the lines of a side after its first start where its words do, not at the edge
        rest = lines[first + 1 : second]
        assert len(rest) >= 2
        assert all(line[:column] == " " * column for line in rest)
        assert " ".join(line.strip() for line in rest).endswith("locals in Yakutia say.")


async def test_the_sides_of_a_dispute_line_up_whatever_their_verb(tmp_path: Path) -> None:
    app = BriefingApp(folder(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        lines = await first_story_lines(app, pilot)
        asserts = next(line for line in lines if line.startswith("asserts"))
        denies = next(line for line in lines if line.startswith("denies"))
        assert asserts.index("bear.txt") == denies.index("hoax.txt")


async def test_the_stories_view_of_a_restarted_reader_reads_no_unchanged_brief_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.stories import terms

    briefs_dir = folder(tmp_path)
    monkeypatch.setattr(stories_screen, "_computed", {})  # nothing of an earlier test
    app = BriefingApp(briefs_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        first = [s.id for s in (await open_stories(app, pilot)).stories]
    terms._read.clear()  # what a new process starts with
    stories_screen._computed.clear()
    read: list[str] = []
    real = terms.read_words

    def read_words(text: str) -> tuple[dict[str, float], frozenset[str]]:
        if "\n" in text:  # a brief's title and article, not one sentence of a dispute rule
            read.append(text)
        return real(text)

    monkeypatch.setattr(terms, "read_words", read_words)
    write_brief(make_brief("bear2", None, "Ringtone scares bear", BEAR), briefs_dir / "b2.yaml")
    app = BriefingApp(briefs_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stories(app, pilot)
        assert [len(s.briefs) for s in screen.stories] == [3, 1]
        assert [s.id for s in screen.stories] == first
        assert read == [terms.brief_text(make_brief("bear2", None, "Ringtone scares bear", BEAR))]
