"""A story as Markdown: its briefs in date order, its speakers across outlets, its disputes."""

from __future__ import annotations

import re
from pathlib import Path

from .atomic import atomic_write_text
from .export import ExportError, md_text, require_folder
from .stories import DisputeSide, Story

_FILE_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def story_to_markdown(story: Story) -> str:
    lines = [f"# {md_text(story.title) or 'Untitled story'}", ""]
    lines.append(
        f"{len(story.briefs)} briefs, {md_text(story.dates_text)}. Story {md_text(story.id)}."
    )
    lines += ["", "## Timeline", ""]
    for brief in story.briefs:
        lines.append(f"- {brief.date_text} — {md_text(brief.title)} ({md_text(brief.id)})")
    if story.speakers:
        lines += ["", "## Speakers across outlets", ""]
        for speaker in story.speakers:
            outlets = len(speaker.brief_ids)
            lines.append(
                f"### {md_text(speaker.name)} ({outlets} brief{'s' if outlets != 1 else ''})"
            )
            lines.append("")
            for ref in speaker.statements:
                lines.append(
                    f"- {md_text(ref.brief_id)} {md_text(ref.statement_id)}: {md_text(ref.text)}"
                )
            lines.append("")
    if story.disputes:
        lines += ["", "## Disputes across sources", ""]
        for dispute in story.disputes:
            lines += [f"### {md_text(dispute.topic)}", "", md_text(dispute.reason), ""]
            lines += ["Reported as fact:", ""] + [_side(s) for s in dispute.a]
            lines += ["", "Called untrue:", ""] + [_side(s) for s in dispute.b] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _side(side: DisputeSide) -> str:
    where = md_text(side.brief_id) + (f" {md_text(side.statement_id)}" if side.statement_id else "")
    return f"- {where}, {md_text(side.source)}: {md_text(side.text)}"


def story_file_name(story: Story) -> str:
    """``<id>.md`` with nothing but letters, digits, ``-`` and ``_``: it cannot leave its
    folder."""
    stem = _FILE_NAME_UNSAFE.sub("-", story.id).strip("-_")[:120]
    return f"{stem or 'story'}.md"


def write_story(story: Story, path: Path, *, overwrite: bool = False) -> Path:
    """Write the story's Markdown atomically; refuses an existing file unless ``overwrite``
    and a missing folder (ExportError), and raises OSError when the disk says no."""
    if path.is_dir():
        path = path / story_file_name(story)
    require_folder(path.parent, f"cannot write {path}")
    if not overwrite and path.exists():
        raise ExportError(f"{path} already exists")
    atomic_write_text(path, story_to_markdown(story))
    return path
