"""``briefing open [DIR]`` (and plain ``briefing``): start the reader."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .paths import reading_dir


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open the reader (the default command)",
        description="Open the terminal reader on a folder of briefs (default: ./briefs if it "
        "exists, else the briefs bundled with briefing).",
    )
    parser.add_argument("folder", nargs="?", type=Path, metavar="DIR", help="folder of briefs")
    parser.add_argument(
        "--export-dir",
        type=Path,
        default=Path("exports"),
        metavar="DIR",
        help="where `e` writes Markdown exports (default: ./exports)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..app.app import BriefingApp

    app = BriefingApp(reading_dir(args.folder), export_dir=args.export_dir)
    app.run()
    return 0
