"""``briefing open [DIR]`` (and plain ``briefing``): start the reader."""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import warn
from .paths import reading_dir

if TYPE_CHECKING:
    from ..app.app import BriefingApp

#: The exit status of a reader that stopped on an internal error (BSD's EX_SOFTWARE).
CRASH_STATUS = 70


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

    return run_reader(BriefingApp(reading_dir(args.folder), export_dir=args.export_dir))


def freeze_imports() -> None:
    """Leave what is loaded so far (modules, classes: all kept until exit) out of the
    garbage collector's full passes. Walking it cost 15-25 ms just before the reader's
    first frame, and as much again in each full pass while the briefs load."""
    gc.freeze()


def run_reader(app: BriefingApp) -> int:
    """Run the reader; on a crash, one line naming the log with the traceback, and
    `CRASH_STATUS`."""
    from ..reader_state import write_crash_log
    from ..safe_text import one_line

    freeze_imports()
    error: BaseException | None = None
    try:
        app.run()
    except Exception as exc:  # raised outside Textual's own handler (start-up, shut-down)
        error = exc
    if error is None and not app.return_code:
        return 0
    log = app.crash_log
    if log is None and error is not None:
        try:
            log = write_crash_log(error)
        except OSError:
            log = None
    cause = app.crash_error if error is None else error
    what = one_line(f"{type(cause).__name__}: {cause}")[:200] if cause else "an internal error"
    where = f"the details are in {log}" if log else "no log could be written"
    warn(
        f"briefing: the reader stopped on an internal error ({what}); {where}. "
        "Please report it with that file."
    )
    return CRASH_STATUS
