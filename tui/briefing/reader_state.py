"""What the reader remembers between runs, and where it writes crash logs.

Both live in the XDG state folder (``$XDG_STATE_HOME/briefing``, else
``~/.local/state/briefing``). The state file is the user's to break: anything odd in it
(unreadable, a folder, not JSON, huge, wrong types) is ignored with one problem, and the
reader starts fresh.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import tempfile
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path

from .atomic import atomic_write_text
from .errors import Problem

#: A state file bigger than this is not ours: it is read no further.
MAX_STATE_BYTES = 1 << 20
#: Read ids kept at most (the oldest are forgotten first).
MAX_READ_IDS = 10_000
#: Longest text field kept (a search query, a brief id).
MAX_FIELD_CHARS = 1_000

SORT_ORDERS = ("date", "title", "disputes")


def state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "briefing"


def state_path() -> Path:
    return state_dir() / "state.json"


@dataclass(frozen=True, slots=True)
class ReaderState:
    """The reader as the user left it."""

    theme: str | None = None
    last_brief: str | None = None
    pane: str | None = None
    search: str = ""
    sort: str = "date"
    #: Ids of briefs opened, oldest first.
    read: tuple[str, ...] = field(default_factory=tuple)

    def with_read(self, brief_id: str) -> ReaderState:
        if brief_id in self.read:
            return self
        return replace(self, read=(*self.read, brief_id)[-MAX_READ_IDS:])

    def to_json(self) -> str:
        return json.dumps(
            {
                "theme": self.theme,
                "last_brief": self.last_brief,
                "pane": self.pane,
                "search": self.search,
                "sort": self.sort,
                "read": list(self.read),
            },
            indent=1,
        )


def read_capped(path: Path, limit: int = MAX_STATE_BYTES) -> bytes:
    """The file's bytes, refusing anything but a regular file, capped while reading (a
    ``stat`` size can lie: /proc files, a file growing)."""
    # Non-blocking, so a FIFO put in the file's place cannot hang the open.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise OSError(0, f"bigger than {limit >> 10} KB")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _text(value: object) -> str | None:
    if isinstance(value, str) and len(value) <= MAX_FIELD_CHARS:
        return value
    return None


def load_state(path: Path | None = None) -> tuple[ReaderState, Problem | None]:
    """The saved state, or a fresh one and the problem that made the file unusable."""
    path = path or state_path()
    if not os.path.lexists(path):
        return ReaderState(), None
    try:
        data = json.loads(read_capped(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return ReaderState(), Problem(str(path), f"state file ignored: {reason}")
    if not isinstance(data, dict):
        return ReaderState(), Problem(str(path), "state file ignored: not a JSON object")
    read = data.get("read", [])
    sort = data.get("sort", "date")
    fields = {
        "theme": data.get("theme"),
        "last_brief": data.get("last_brief"),
        "pane": data.get("pane"),
        "search": data.get("search", ""),
    }
    if (
        not all(value is None or _text(value) is not None for value in fields.values())
        or not isinstance(fields["search"], str)
        or sort not in SORT_ORDERS
        or not isinstance(read, list)
        or not all(_text(item) is not None for item in read)
    ):
        return ReaderState(), Problem(str(path), "state file ignored: unexpected values")
    return (
        ReaderState(
            theme=fields["theme"],
            last_brief=fields["last_brief"],
            pane=fields["pane"],
            search=fields["search"] or "",
            sort=sort,
            read=tuple(read[-MAX_READ_IDS:]),
        ),
        None,
    )


def save_state(state: ReaderState, path: Path | None = None) -> Problem | None:
    """Write the state atomically; a problem (not an exception) if the folder is unwritable."""
    path = path or state_path()
    try:
        atomic_write_text(path, state.to_json() + "\n", durable=False)
    except OSError as exc:
        return Problem(str(path), f"cannot save the reader's state: {exc.strerror or exc}")
    return None


def write_crash_log(error: BaseException) -> Path:
    """Write ``error``'s traceback to a new log in the state folder (or the temp folder if
    that is unwritable) and return its path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = "".join(traceback.format_exception(error))
    for folder in (state_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=folder, prefix=f"crash-{stamp}-", suffix=".log")
            with os.fdopen(fd, "w", encoding="utf-8") as log:
                log.write(text)
            return Path(name)
        except OSError:
            continue
    raise OSError("no folder to write a crash log to")
