"""Read an input file only if it is a regular file, and never more than a size limit.

A brief or seed path may name a FIFO (opening it for reading blocks until a writer comes),
a device (``/dev/zero`` never ends), a folder, or a symlink to any of these. The file is
opened without blocking, checked with ``fstat`` on the opened descriptor (so a swap after
the check cannot fool it), and read up to the limit plus one byte: ``stat`` sizes are not
trusted, because ``/proc`` files and growing files report sizes that are not what a read
returns.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1 << 20


class NotReadable(Exception):
    """Why a path could not be read, worded as the end of one line: ``path: <reason>``."""


def describe_kind(mode: int) -> str:
    """What a non-regular file is, for a message ("a FIFO", "a folder", …)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``; raise NotReadable if it is not a regular file or is over ``limit``.

    ``what`` names the file in messages ("brief", "seed").
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise NotReadable(f"cannot read {what}: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotReadable(f"{what} is {describe_kind(mode)}, not a regular file; skipped")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise NotReadable(f"{what} is over the {_mib(limit)} limit; skipped")
        return b"".join(chunks)
    except OSError as exc:
        raise NotReadable(f"cannot read {what}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def is_regular_file(path: Path) -> bool:
    """Whether ``path`` (following symlinks) is a regular file; False if it cannot be seen."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _mib(limit: int) -> str:
    return f"{limit / 2**20:g} MiB" if limit >= 2**20 else f"{limit:,} bytes"
