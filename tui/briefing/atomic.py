"""Atomic file writes: a reader sees the old file or the new one, never half of either.

Only a regular file or a new path is ever replaced: a FIFO, a device or a socket at the
target is refused rather than swapped for a file. Each temp file is locked (``flock``) from
creation to rename, so a cleanup of files left by a killed writer (``remove_stale_temp_files``)
never deletes the temp file of a writer that is still running, such as a second build into
the same folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock; stale files go by age alone
    fcntl = None  # type: ignore[assignment]

from .bounded_read import describe_kind

#: Without locks, a temp file this old cannot belong to a writer that is still running.
_UNLOCKED_STALE_AFTER_S = 3600.0


class NotARegularFile(OSError):
    """The write target exists and is a FIFO, a device, a socket or a folder."""


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: mkstemp makes 0600 files; a brief or export should get the mode any new file would.
_NEW_FILE_MODE = 0o666 & ~_current_umask()


def refuse_special_target(path: Path) -> None:
    """Raise NotARegularFile unless ``path`` is missing or (after symlinks) a regular file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # the write itself will say what is wrong
    if not stat.S_ISREG(mode):
        raise NotARegularFile(
            0, f"{describe_kind(mode)}, not a regular file; refusing to replace it", str(path)
        )


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Write ``text`` to ``path`` via a temp file in the same folder, fsync, then rename.

    ``durable=False`` skips the fsync: still never a half-written file, but a power cut may
    lose the write, which is fine for caches.
    """
    refuse_special_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = _locked_temp_file(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as tmp:
            tmp.write(text)
            tmp.flush()
            os.fchmod(tmp.fileno(), _NEW_FILE_MODE)
            if durable:
                os.fsync(tmp.fileno())
            # Renamed while still open, so the lock covers the whole life of the temp name.
            os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _locked_temp_file(path: Path) -> tuple[int, str]:
    """A new temp file beside ``path``, locked, and still linked under its name.

    Between ``mkstemp`` and ``flock`` a cleanup could lock and delete the file; then it is
    no longer at its name, and a fresh one is made.
    """
    for _ in range(8):
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        if fcntl is None:
            return fd, tmp_name
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            linked = os.stat(tmp_name, follow_symlinks=False).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            linked = False
        if linked:
            return fd, tmp_name
        os.close(fd)
    raise OSError(0, "temp files keep disappearing; is another program deleting them?", str(path))


def remove_stale_temp_files(folder: Path, pattern: str) -> None:
    """Delete temp files matching ``pattern`` that no running writer holds: the leftovers of
    a writer that was killed before its rename. Never a whole file, never one in use."""
    for stale in folder.glob(pattern):
        with contextlib.suppress(OSError):
            _remove_if_stale(stale)


def _remove_if_stale(stale: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(stale, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return
        if fcntl is None:
            if time.time() - info.st_mtime < _UNLOCKED_STALE_AFTER_S:
                return
        else:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # a live writer holds it
        if os.stat(stale, follow_symlinks=False).st_ino == info.st_ino:
            os.unlink(stale)
    finally:
        os.close(fd)
