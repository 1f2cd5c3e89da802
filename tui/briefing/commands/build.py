"""``briefing build [INPUT ...] [-o DIR]``: turn seed articles, web pages and feeds into briefs."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from .output import warn


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build briefs from seed articles, web pages, URLs and feeds (default: seeds/)",
        description="Build one brief per article. Each INPUT is a seed (*.txt), a saved web "
        "page (*.html, *.htm), an RSS/Atom feed (*.rss, *.atom, *.xml: one brief per entry), "
        "a folder holding them, or an http(s) URL of a page or feed. Only URLs you name, and "
        "the entries of feeds you name, are fetched. A brief that was edited by hand is never "
        "overwritten: the new build is written beside it as <id>.new.yaml unless --force.",
    )
    parser.add_argument(
        "seeds",
        nargs="*",
        metavar="INPUT",
        help="seed files, web pages, feeds, folders or URLs (default: seeds/)",
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
        "--force",
        action="store_true",
        help="overwrite briefs even if they were edited by hand, and fetch feed entries again",
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help="fetch nothing: feed entries are built from the text the feed carries",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="give up on a URL that sends nothing for this long (default: 20)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..build_runner import Outcome, SeedResult, build
    from ..inputs.gather import Gatherer
    from ..safe_text import one_line

    if args.jobs < 1:
        warn("briefing: --jobs must be at least 1")
        return 2
    from ..builder.learned.model import ModelError, tagger

    try:
        tagger()  # weights that cannot be read would fail every seed: say so once
    except ModelError as exc:
        warn(f"briefing: {exc}")
        return 1
    if not args.timeout > 0:
        warn("briefing: --timeout must be more than 0 seconds")
        return 2
    specs: list[str] = args.seeds or ["seeds"]
    with contextlib.ExitStack() as stack:
        on_fetch = None
        if sys.stderr.isatty() and not args.quiet:
            from rich.console import Console
            from rich.text import Text

            status = stack.enter_context(Console(stderr=True).status("Reading inputs"))

            def on_fetch(url: str) -> None:
                status.update(Text(f"Fetching {one_line(url)}"))  # a URL is not markup

        gatherer = Gatherer(
            args.output,
            offline=args.offline,
            timeout=args.timeout,
            refetch=args.force,
            on_fetch=on_fetch,
        )
        with gatherer:
            items = list(gatherer.gather(specs))
    if not items:
        warn(f"briefing: no seeds, pages or feeds in {', '.join(specs)}")
        return 1

    def report(result: SeedResult) -> None:
        for warning in result.warnings:
            warn(f"warning: {warning}")
        for problem in result.problems:
            warn(problem)
        if result.outcome is Outcome.KEPT:
            warn(f"kept: {result.message}")

    show_progress = sys.stderr.isatty() and len(items) > 1 and not args.quiet
    if show_progress:
        from rich.progress import Progress

        with Progress(transient=True) as progress:
            task = progress.add_task("Building briefs", total=len(items))

            def advance(result: SeedResult) -> None:
                report(result)
                progress.advance(task)

            outcome = build(items, args.output, jobs=args.jobs, force=args.force, on_result=advance)
    else:
        outcome = build(items, args.output, jobs=args.jobs, force=args.force, on_result=report)
    if not args.quiet:
        warn(f"{outcome.summary_line()} → {args.output}")
    return 0 if outcome.ok else 1
