"""``briefing check [DIR|FILE ...]``: validate briefs, one ``file:line: problem`` per line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..brief_yaml import read_brief
from ..errors import InputError, Problem
from ..store import brief_files, unexpected_problem
from .output import say, warn
from .paths import default_briefs_dir


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate briefs and report every problem as file:line: message",
        description="Validate brief files. Prints one line per problem and exits 1 if any "
        "brief is bad.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="DIR|FILE",
        help="briefs or folders (default: ./briefs)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    targets: list[Path] = args.paths or [default_briefs_dir()]
    files: list[Path] = []
    problems: list[Problem] = []
    for target in targets:
        if target.is_dir():
            files.extend(brief_files(target))
        elif target.exists():
            files.append(target)
        else:
            problems.append(Problem(str(target), "no such file or folder"))
    bad_files = 0
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
        good = len(files) - bad_files
        warn(
            f"checked {len(files)} brief{'s' if len(files) != 1 else ''}: "
            f"{good} ok, {bad_files} with problems"
        )
    return 1 if problems else 0
