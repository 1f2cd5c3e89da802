"""The user's cache folder for briefing, and the check that keeps writes and cleanup in it.

Every folder from ``$XDG_CACHE_HOME/briefing`` down is one this program makes: each must be
a real folder owned by the user, never a symlink, so nothing written or deleted there can
land in a folder the cache does not own.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class CacheUnusable(Exception):
    """The cache cannot be used now; the message is the one line to tell the user."""


def cache_root() -> Path | None:
    """``$XDG_CACHE_HOME/briefing`` (``~/.cache/briefing``), or None when turned off with
    ``BRIEFING_NO_CACHE=1``."""
    if os.environ.get("BRIEFING_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing"


def owned_folder(path: Path) -> Path:
    """``path``, made if missing (0700), after checking it is a real folder of ours."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(path)
    except OSError as exc:
        raise CacheUnusable(f"cannot make {path}: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        raise CacheUnusable(f"{path} is a symlink; the cache is never used through one")
    if not stat.S_ISDIR(info.st_mode):
        raise CacheUnusable(f"{path} is not a folder")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise CacheUnusable(f"{path} belongs to another user")
    return path
