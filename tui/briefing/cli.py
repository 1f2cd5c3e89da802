"""The ``briefing`` command: a thin argparse front over one module per subcommand.

Subcommand modules register their parsers cheaply and import heavy things (Textual,
rapidfuzz) only when they run, so ``briefing check`` and ``--help`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__

#: Subcommand modules under ``briefing.commands``, in the order ``--help`` lists them.
COMMANDS = ("open", "build", "check", "search", "stories", "export")

EPILOG = """\
Running `briefing` with no command opens the reader on ./briefs (or the bundled briefs).
Errors are printed as `file:line: message`. Exit status: 0 ok, 1 problems found or nothing
matched, 2 usage error, 70 the reader crashed (the traceback is in a log under
$XDG_STATE_HOME/briefing, named on the last line).
"""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read news stories as structured briefs: what happened, who said what, "
        "and where the statements contradict each other.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError:
            continue  # a command still being written is simply not offered
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    words = list(argv if argv is not None else sys.argv[1:])
    # `briefing`, `briefing DIR` and `briefing --export-dir X` all mean `briefing open …`.
    if not words or (words[0] not in COMMANDS and words[0] not in ("-h", "--help", "--version")):
        if words and not words[0].startswith("-") and not Path(words[0]).exists():
            parser.error(f"{words[0]!r} is neither a command ({', '.join(COMMANDS)}) nor a folder")
        words = ["open", *words]
    args = parser.parse_args(words)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `briefing search … | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
