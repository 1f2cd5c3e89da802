"""``briefing export BRIEF [-o FILE|-]`` and ``briefing export --all``: briefs as Markdown."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import warn

if TYPE_CHECKING:
    from ..errors import InputError
    from ..model import Brief

DEFAULT_EXPORT_DIR = Path("exports")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a brief (or every brief) as Markdown",
        description="Export a brief as Markdown, to stdout by default. BRIEF is a brief id "
        "or the start of one (looked up in --dir), or the path of a brief file. With --all, "
        "every brief in --dir is written to a folder as <id>.md. Existing files are never "
        "overwritten without --force. -o is used as given, like cp's target: it may point "
        "anywhere you can write, but its folder must exist; nothing but --all's own folder is "
        "ever created.",
    )
    parser.add_argument(
        "brief", nargs="?", metavar="BRIEF", help="brief id, a unique start of one, or a brief file"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE|-",
        help="where to write: a file, an existing folder (gets <id>.md), or - for stdout "
        "(default: stdout). The path is used as given; its folder must exist. With --all, a "
        "folder (default ./exports), created if only its last part is missing",
    )
    parser.add_argument(
        "--dir",
        type=Path,
        metavar="DIR",
        help="folder of briefs (default: ./briefs, else the bundled briefs)",
    )
    parser.add_argument("--all", action="store_true", help="export every brief in --dir")
    parser.add_argument(
        "--story", metavar="ID", help="export one story of --dir (ids: `briefing stories`)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.add_argument(
        "--weak-disputes",
        action="store_true",
        help="include the disputes resting on weak evidence (confidence below 0.3: opposite "
        "words or differing figures, right about 1 time in 19 on unseen news); left out by "
        "default, with one line saying how many",
    )
    parser.set_defaults(func=run)


class _Refused(Exception):
    """A reason to stop, already worded as the one line the user sees."""


def run(args: argparse.Namespace) -> int:
    from .paths import reading_dir

    folder = reading_dir(args.dir)
    if args.story is not None:
        from .export_story import export_story

        return export_story(args.story, folder, args.output, force=args.force)
    try:
        if args.all:
            if args.brief is not None:
                warn("briefing: give either BRIEF or --all, not both")
                return 2
            return _export_all(folder, args.output, force=args.force, weak=args.weak_disputes)
        if args.brief is None:
            warn("briefing: export needs a BRIEF id or file, or --all")
            return 2
        brief = _find_brief(args.brief, folder)
        return _export_one(brief, args.output, force=args.force, weak=args.weak_disputes)
    except _Refused as exc:
        warn(f"briefing: {exc}")
        return 1
    except BrokenPipeError:
        raise  # `briefing export … | head` is fine; cli.main handles it
    except OSError as exc:
        # Looking at a path can fail too (a folder we may not enter); still one line.
        where = f"{exc.filename}: " if exc.filename else ""
        warn(f"briefing: {where}{exc.strerror or exc}")
        return 1


def _export_one(brief: Brief, output: str | None, *, force: bool, weak: bool = False) -> int:
    from ..export import brief_to_markdown

    if output is None or output == "-":
        sys.stdout.write(brief_to_markdown(brief, weak_disputes=weak))
        sys.stdout.flush()
        _say_weak_left_out([brief], weak)
        return 0
    target = Path(output)
    if target.is_dir():
        target = _target_in(target, brief)
    elif output.endswith(("/", os.sep)):
        # A trailing slash says "a folder"; without this it would become a file's name.
        what = "not a folder" if target.exists() else "no such folder"
        raise _Refused(f"{output}: {what}")
    _write(brief, target, force=force, weak=weak)
    warn(f"exported {brief.id} → {target}")
    _say_weak_left_out([brief], weak)
    return 0


def _export_all(folder: Path, output: str | None, *, force: bool, weak: bool = False) -> int:
    from ..store import load_briefs

    if output == "-":
        raise _Refused("--all writes one file per brief; -o must be a folder, not -")
    out_dir = Path(output) if output else DEFAULT_EXPORT_DIR
    if out_dir.exists() and not out_dir.is_dir():
        raise _Refused(f"{out_dir} is a file; --all needs a folder")
    if not out_dir.exists():
        _require_folder(out_dir.parent, f"cannot create {out_dir}")
    result = load_briefs(folder)
    for problem in result.problems:
        warn(problem)
    if not result.briefs:
        raise _Refused(f"no briefs to export in {folder}")
    targets: dict[Path, Brief] = {}
    for brief in result.briefs:
        target = _target_in(out_dir, brief)
        if target in targets:
            raise _Refused(f"briefs {targets[target].id!r} and {brief.id!r} share {target.name}")
        targets[target] = brief
    # Refuse before writing anything, so a refused run leaves the folder as it was.
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        more = f" and {len(existing) - 1} more files" if len(existing) > 1 else ""
        verb = "exist" if more else "exists"
        raise _Refused(f"{existing[0]}{more} already {verb}; use --force to overwrite")
    out_dir.mkdir(exist_ok=True)  # only the last part: its parent was checked above
    for target, brief in targets.items():
        _write(brief, target, force=True, weak=weak)
    count = len(targets)
    warn(f"exported {count} brief{'s' if count != 1 else ''} → {out_dir}")
    _say_weak_left_out(list(targets.values()), weak)
    return 1 if result.problems else 0


def _say_weak_left_out(briefs: list[Brief], weak: bool) -> None:
    """Tell the person exporting (not the document's readers) how to include the weak
    disputes the export left out."""
    if weak:
        return
    from ..disputes.view import hide_weak

    count = sum(hide_weak(brief)[1] for brief in briefs)
    if count:
        them = "it" if count == 1 else "them"
        disputes = f"{count} weak dispute{'s' if count != 1 else ''}"
        warn(f"{disputes} left out; --weak-disputes includes {them}")


def _write(brief: Brief, target: Path, *, force: bool, weak: bool = False) -> None:
    from ..export import ExportError, describe_os_error, write_export

    try:
        write_export(brief, target, overwrite=force, create_folders=False, weak_disputes=weak)
    except ExportError as exc:
        hint = "; use --force to overwrite" if target.exists() and not force else ""
        raise _Refused(f"{exc}{hint}") from None
    except OSError as exc:
        raise _Refused(describe_os_error(exc, target)) from None


def _require_folder(folder: Path, doing: str) -> None:
    from ..export import ExportError, require_folder

    try:
        require_folder(folder, doing)
    except ExportError as exc:
        raise _Refused(str(exc)) from None


def _target_in(out_dir: Path, brief: Brief) -> Path:
    from ..export import ExportError, export_path

    try:
        return export_path(out_dir, brief)
    except (ExportError, OSError) as exc:
        raise _Refused(str(exc)) from None


def _find_brief(wanted: str, folder: Path) -> Brief:
    """The brief ``wanted`` names: a brief file if one exists at that path, else an id, else
    the one brief whose id starts with ``wanted``."""
    from ..brief_yaml import ID_PATTERN, read_brief
    from ..errors import InputError
    from ..store import iter_load

    as_path = Path(wanted)
    if as_path.is_file():
        try:
            return read_brief(as_path)
        except InputError as exc:
            raise _Refused(_problems_line(exc)) from None
    if not ID_PATTERN.match(wanted):
        raise _Refused(f"{wanted}: no such brief file, and not a brief id")
    # Briefs are normally stored as <id>.yaml; try that before reading the whole folder.
    for suffix in (".yaml", ".yml"):
        candidate = folder / f"{wanted}{suffix}"
        if candidate.is_file():
            try:
                brief = read_brief(candidate)
            except InputError as exc:
                raise _Refused(_problems_line(exc)) from None
            if brief.id == wanted:
                return brief
    known: list[str] = []
    starting: list[Brief] = []  # briefs whose id starts with ``wanted``: it may be a prefix
    for _path, item in iter_load(folder):
        if isinstance(item, list):
            continue
        if item.id == wanted:
            return item
        known.append(item.id)
        if item.id.startswith(wanted):
            starting.append(item)
    if len(starting) == 1:
        return starting[0]
    if starting:
        ids = sorted(b.id for b in starting)
        more = f" and {len(ids) - 3} more" if len(ids) > 3 else ""
        raise _Refused(
            f"{wanted!r} is the start of {len(ids)} brief ids ({', '.join(ids[:3])}{more}); "
            "type more of the id"
        )
    raise _Refused(_unknown_id_line(wanted, folder, known))


def _unknown_id_line(wanted: str, folder: Path, known: list[str]) -> str:
    import difflib

    if not known:
        return f"no brief with id {wanted!r}: {folder} has no readable briefs"
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.5)
    if not close:
        # Ids are long and often differ only after a shared prefix; offer those too.
        close = [k for k in sorted(known) if k.startswith(wanted[:3])][:3]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return f"no brief with id {wanted!r} in {folder}{hint}"


def _problems_line(exc: InputError) -> str:
    problems = exc.problems
    more = f" (and {len(problems) - 1} more; see `briefing check`)" if len(problems) > 1 else ""
    return f"{problems[0]}{more}"
