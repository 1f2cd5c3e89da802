"""A cache of parsed briefs, so opening a folder of thousands of briefs is fast the second time.

Parsing YAML costs ~1.8 ms of CPU a brief (PyYAML builds ~400 nodes even with the C parser);
reading the same data back as JSON costs ~0.1 ms. Entries live one file per brief under
``$XDG_CACHE_HOME/briefing/<folder hash>/`` and are used only while the brief file's size and
modification time are unchanged. Cached data is validated exactly like YAML, so a stale or
tampered entry can never produce an invalid brief. Set ``BRIEFING_NO_CACHE=1`` to disable.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import atomic_write_text


def cache_root() -> Path | None:
    if os.environ.get("BRIEFING_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing"


class LoadCache:
    """Parsed brief data for one folder of briefs, keyed by file name, size and mtime."""

    def __init__(self, folder: Path, root: Path | None = None) -> None:
        root = root if root is not None else cache_root()
        if root is None:
            self.dir: Path | None = None
            return
        key = hashlib.sha256(f"{__version__}\0{folder.resolve()}".encode()).hexdigest()[:24]
        self.dir = root / key

    def _entry_path(self, brief_file: Path) -> Path:
        assert self.dir is not None
        return self.dir / (brief_file.name + ".json")

    @staticmethod
    def _stamp(stat: os.stat_result) -> list[int]:
        return [stat.st_size, stat.st_mtime_ns]

    def get(self, brief_file: Path, stat: os.stat_result) -> Any | None:
        """The cached data for ``brief_file`` if it is still current, else None."""
        if self.dir is None:
            return None
        try:
            entry = json.loads(self._entry_path(brief_file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("stamp") != self._stamp(stat):
            return None
        return entry.get("data")

    def put(self, brief_file: Path, stat: os.stat_result, data: Any) -> None:
        if self.dir is None:
            return
        entry = {"stamp": self._stamp(stat), "data": data}
        with contextlib.suppress(OSError, TypeError, ValueError):
            # A read-only or full cache only costs speed, never a brief.
            atomic_write_text(
                self._entry_path(brief_file),
                json.dumps(entry, ensure_ascii=False, default=str),
                durable=False,
            )

    def prune(self, keep: set[str]) -> None:
        """Drop entries for brief files that are gone."""
        if self.dir is None or not self.dir.is_dir():
            return
        for entry in self.dir.glob("*.json"):
            if entry.name.removesuffix(".json") not in keep:
                with contextlib.suppress(OSError):
                    entry.unlink()
