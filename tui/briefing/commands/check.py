"""``briefing check [DIR|FILE ...]``: validate briefs, one ``file:line: problem`` per line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem
from .output import say, warn
from .paths import default_briefs_dir


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate briefs and report every problem as file:line: message",
        description="Validate brief files. Prints one line per problem and exits 1 if any "
        "brief is bad. In a folder, a brief whose content (by hash) passed a check before "
        "is not parsed again; --all parses every brief.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="DIR|FILE",
        help="briefs or folders (default: ./briefs)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    parser.add_argument(
        "--all", action="store_true", help="parse every brief, even those unchanged since a check"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every command registers its parser, and only check needs the loader.
    from ..brief_yaml import read_brief
    from ..store import brief_files, unexpected_problem

    targets: list[Path] = args.paths or [default_briefs_dir()]
    files: list[Path] = []
    problems: list[Problem] = []
    stored = bad_files = unchanged = 0
    for target in targets:
        counts = None if args.all or not target.is_dir() else _check_through_store(target, problems)
        if counts is not None:
            stored, bad_files, unchanged = (
                a + b for a, b in zip((stored, bad_files, unchanged), counts, strict=True)
            )
        elif target.is_dir():
            files.extend(brief_files(target))
        elif target.exists():
            files.append(target)
        else:
            problems.append(Problem(str(target), "no such file or folder"))
    for path in files:
        try:
            read_brief(path)
        except InputError as exc:
            bad_files += 1
            problems.extend(exc.problems)
        except Exception as exc:  # one file's surprise never stops the rest
            bad_files += 1
            problems.append(unexpected_problem(path, exc))
    for problem in problems:
        say(problem)
    if not args.quiet:
        total = len(files) + stored
        skipped = f" ({unchanged} unchanged since a check, not parsed again)" if unchanged else ""
        warn(
            f"checked {total} brief{'s' if total != 1 else ''}: "
            f"{total - bad_files} ok, {bad_files} with problems{skipped}"
        )
    return 1 if problems else 0


def _check_through_store(folder: Path, problems: list[Problem]) -> tuple[int, int, int] | None:
    """Check a folder through its corpus store, which hashes every file and parses only
    content it has not seen. Returns (files, bad files, good files not parsed again), or
    None when the store cannot be used (the caller parses every file)."""
    from ..corpus.folder import open_corpus

    corpus = open_corpus(folder, verify=True)
    if not corpus.stored:
        warn(corpus.notice)
        return None
    entries = corpus.entries
    corpus.close()
    bad = unchanged = 0
    for entry in entries:
        if entry.problems:
            bad += 1
            problems.extend(
                Problem(str(folder / entry.name), message, line) for message, line in entry.problems
            )
        elif entry.sha256 not in corpus.fresh:
            unchanged += 1
    return len(entries), bad, unchanged
