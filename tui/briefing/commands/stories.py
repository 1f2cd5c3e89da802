"""``briefing stories [DIR ...] [--json]``: briefs grouped into stories; where outlets disagree."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import json_line, say, warn
from .paths import reading_dir

if TYPE_CHECKING:
    from ..model import Brief
    from ..stories import Story, StoryDispute


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stories",
        help="group briefs into stories and list disputes across outlets",
        description="Group the briefs that report one event into a story (shared names and "
        "words, dates when known) and print each story: id, number of briefs, dates, "
        "disputes between outlets, title. Biggest stories first. With several folders, "
        "briefs of one id in two folders are two briefs. What a run finds is kept in the "
        "cache (BRIEFING_NO_CACHE=1 turns it off): the next run reads again only the briefs "
        "and stories that changed, and prints the same stories.",
    )
    parser.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        metavar="DIR",
        help="folders of briefs (default: ./briefs, else the bundled briefs)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='one story a line: {"id", "title", "briefs": [ids], "disputes": [{"topic", '
        '"a": [{"brief", "statement"}], "b": [...]}]}',
    )
    parser.set_defaults(func=run)


def load_all(dirs: list[Path]) -> list[Brief]:
    """Every brief of the folders, problems printed to stderr, none stopping the rest.

    Through each folder's corpus store: a brief whose file did not change is not parsed."""
    from ..corpus.shelf import open_shelf

    briefs: list[Brief] = []
    for folder in dirs:
        shelf = open_shelf(folder)
        try:
            if shelf.notice:
                warn(shelf.notice)
            for problem in shelf.problems:
                warn(problem)
            briefs.extend(shelf.iter_briefs())
        finally:
            shelf.close()
    return briefs


def stories_of(dirs: list[Path]) -> list[Story]:
    """The stories of the folders' briefs (none when there are no briefs), with what the
    last run on the same folders kept: only changed briefs and stories are read again."""
    from ..corpus.stories_store import open_stories_cache
    from ..stories import find_stories

    folders = dirs or [reading_dir(None)]
    briefs = load_all(folders)
    if not briefs:
        return []
    cache = open_stories_cache(folders)
    try:
        stories = find_stories(briefs, cache=cache)
    finally:
        cache.close()
    if cache.notice:
        warn(cache.notice)
    return stories


def run(args: argparse.Namespace) -> int:
    from ..safe_text import one_line

    stories = stories_of(args.dirs)
    if not stories:
        warn("briefing: no briefs to group into stories")
        return 1
    width = max((len(s.id) for s in stories), default=0)
    for story in stories:
        if args.json:
            json_line(story_record(story))
        else:
            say(
                f"{story.id:<{width}}  {_count(len(story.briefs), 'brief'):>11}  "
                f"{story.dates_text:23}  {_count(len(story.disputes), 'dispute'):>10}  "
                f"{one_line(story.title)}"
            )
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def story_record(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "briefs": [b.id for b in story.briefs],
        "disputes": [_dispute_record(d) for d in story.disputes],
    }


def _dispute_record(dispute: StoryDispute) -> dict[str, Any]:
    return {
        "topic": dispute.topic,
        "a": [{"brief": s.brief_id, "statement": s.statement_id} for s in dispute.a],
        "b": [{"brief": s.brief_id, "statement": s.statement_id} for s in dispute.b],
    }
