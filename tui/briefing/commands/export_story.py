"""``briefing export --story ID [-o FILE|-]``: one story of the folder's briefs as Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

from .output import warn


def export_story(story_id: str, folder: Path, output: str | None, *, force: bool) -> int:
    """Exit status 0 when written, 1 with one line on stderr when it cannot be."""
    from ..export import ExportError, describe_os_error
    from ..export_story import story_to_markdown, write_story
    from .stories import stories_of

    stories = stories_of([folder])
    story = next((s for s in stories if s.id == story_id), None)
    if story is None:
        known = ", ".join(s.id for s in stories[:3])
        hint = f"; `briefing stories` lists them (e.g. {known})" if known else ""
        warn(f"briefing: no story {story_id!r} in {folder}{hint}")
        return 1
    if output is None or output == "-":
        sys.stdout.write(story_to_markdown(story))
        return 0
    target = Path(output)
    try:
        written = write_story(story, target, overwrite=force)
    except ExportError as exc:
        hint = "; use --force to overwrite" if "already exists" in str(exc) else ""
        warn(f"briefing: {exc}{hint}")
        return 1
    except OSError as exc:
        warn(f"briefing: {describe_os_error(exc, target)}")
        return 1
    warn(f"exported {story.id} → {written}")
    return 0
