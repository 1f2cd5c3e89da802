"""``briefing build [SEED ...] [-o DIR]``: turn seed articles into briefs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build briefs from seed articles (default: seeds/ into briefs/)",
        description="Build one brief per seed article. Each SEED is a file or a folder of "
        "*.txt seeds. A brief that was edited by hand is never overwritten: the new build is "
        "written beside it as <id>.new.yaml unless --force.",
    )
    parser.add_argument(
        "seeds",
        nargs="*",
        type=Path,
        metavar="SEED",
        help="seed files or folders (default: seeds/)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("briefs"),
        metavar="DIR",
        help="where briefs go (default: briefs/)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default: 1); output is the same for any N",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite briefs even if they were edited by hand"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..build_runner import Outcome, SeedResult, build
    from ..seeds import seed_files

    if args.jobs < 1:
        print("briefing: --jobs must be at least 1", file=sys.stderr)
        return 2
    from ..builder.learned.model import ModelError, tagger

    try:
        tagger()  # weights that cannot be read would fail every seed: say so once
    except ModelError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    inputs: list[Path] = args.seeds or [Path("seeds")]
    missing = [p for p in inputs if not p.exists()]
    for path in missing:
        print(f"{path}: no such seed file or folder", file=sys.stderr)
    seeds = seed_files([p for p in inputs if p.exists()])
    if not seeds:
        if not missing:
            print(
                f"briefing: no seed files (*.txt) in {', '.join(map(str, inputs))}", file=sys.stderr
            )
        return 1

    def report(result: SeedResult) -> None:
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for problem in result.problems:
            print(problem, file=sys.stderr)
        if result.outcome is Outcome.KEPT:
            print(f"kept: {result.message}", file=sys.stderr)

    show_progress = sys.stderr.isatty() and len(seeds) > 1 and not args.quiet
    if show_progress:
        from rich.progress import Progress

        with Progress(transient=True) as progress:
            task = progress.add_task("Building briefs", total=len(seeds))

            def advance(result: SeedResult) -> None:
                report(result)
                progress.advance(task)

            outcome = build(seeds, args.output, jobs=args.jobs, force=args.force, on_result=advance)
    else:
        outcome = build(seeds, args.output, jobs=args.jobs, force=args.force, on_result=report)
    if not args.quiet:
        print(f"{outcome.summary_line()} → {args.output}", file=sys.stderr)
    return 0 if outcome.ok and not missing else 1
