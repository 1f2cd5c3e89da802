"""A cache of parsed briefs, so opening a folder of thousands of briefs is fast the second time.

Parsing YAML costs ~1.8 ms of CPU a brief (PyYAML builds ~400 nodes even with the C parser);
reading the same data back as JSON costs ~0.1 ms. Entries live one file per brief under
``$XDG_CACHE_HOME/briefing/<folder hash>/`` and are used only while the brief file's content
hash is the one they were made from (an edit that keeps size and mtime is still seen). Each
entry is sealed with a key kept in the cache folder, so an edited entry is not used, and an
entry far larger than its brief is not even read. Cached data is validated exactly like
YAML, so nothing in the cache can produce an invalid brief. Cleanup deletes only sealed
entries, in a real folder of ours, never through a symlink.
Set ``BRIEFING_NO_CACHE=1`` to disable.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import atomic_write_text
from .cache_dir import CacheUnusable, cache_root, owned_folder

__all__ = ["LoadCache", "cache_root"]

#: First line of every entry: what marks a file as one this cache wrote.
_MAGIC = "briefing-load-cache 2"
#: An entry may be this many times its brief's size (JSON of the parsed data is about as
#: long as the YAML), plus some slack; a larger one is not read.
_ENTRY_FACTOR = 4
_ENTRY_SLACK = 64 * 1024
#: A brief file larger than this is not hashed for the cache (the loader refuses it anyway).
_MAX_HASHED = 128 * 1024 * 1024


class LoadCache:
    """Parsed brief data for one folder of briefs, keyed by file name and content hash."""

    def __init__(self, folder: Path, root: Path | None = None) -> None:
        root = root if root is not None else cache_root()
        self.dir: Path | None = None
        self._key = b""
        #: File name → the content hash ``get`` saw, for the ``put`` that follows a miss.
        self._hashes: dict[str, str] = {}
        if root is None:
            return
        key = hashlib.sha256(f"{__version__}\0{folder.resolve()}".encode()).hexdigest()[:24]
        try:
            owned_folder(root)
            self._key = _seal_key(root)
            self.dir = owned_folder(root / key)
        except (CacheUnusable, OSError):
            self.dir = None  # a cache we cannot trust costs speed, never a brief

    def _entry_path(self, brief_file: Path) -> Path:
        assert self.dir is not None
        return self.dir / (brief_file.name + ".json")

    def get(self, brief_file: Path, stat_result: os.stat_result) -> Any | None:
        """The cached data for ``brief_file`` if made from its current content, else None."""
        if self.dir is None:
            return None
        content_hash = _file_hash(brief_file, stat_result)
        if content_hash is None:
            return None
        self._hashes[brief_file.name] = content_hash
        limit = _ENTRY_FACTOR * stat_result.st_size + _ENTRY_SLACK
        text = _read_own_file(self._entry_path(brief_file), limit)
        if text is None:
            return None
        header, _, body = text.partition("\n")
        try:
            magic, stored_hash, seal = json.loads(header)
        except (ValueError, TypeError):
            return None
        if magic != _MAGIC or stored_hash != content_hash:
            return None
        if not hmac.compare_digest(seal, self._seal(content_hash, body)):
            return None  # edited by someone else
        try:
            return json.loads(body)
        except ValueError:
            return None

    def put(self, brief_file: Path, stat_result: os.stat_result, data: Any) -> None:
        """Keep ``data``, parsed from ``brief_file`` after a ``get`` that missed.

        The entry carries the hash ``get`` saw before the parse: if the file changed in
        between, the next ``get`` sees another hash and parses again."""
        content_hash = self._hashes.pop(brief_file.name, None)
        if self.dir is None or content_hash is None:
            return
        with contextlib.suppress(OSError, TypeError, ValueError):
            body = json.dumps(data, ensure_ascii=False, default=str)
            header = json.dumps([_MAGIC, content_hash, self._seal(content_hash, body)])
            # A read-only or full cache only costs speed, never a brief.
            atomic_write_text(self._entry_path(brief_file), f"{header}\n{body}", durable=False)

    def _seal(self, content_hash: str, body: str) -> str:
        message = content_hash.encode() + b"\0" + body.encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def prune(self, keep: set[str]) -> None:
        """Drop entries for brief files that are gone: only files this cache wrote."""
        if self.dir is None:
            return
        try:
            folder = owned_folder(self.dir)
            names = os.listdir(folder)
        except (CacheUnusable, OSError):
            return
        for name in names:
            if not name.endswith(".json") or name.removesuffix(".json") in keep:
                continue
            path = folder / name
            text = _read_own_file(path, len(_MAGIC) + 4, prefix=True)
            if text is not None and text.startswith(f'["{_MAGIC}"'):
                with contextlib.suppress(OSError):
                    path.unlink()


def _seal_key(root: Path) -> bytes:
    """The cache's secret (made once, readable by the user only)."""
    path = root / "seal.key"
    key = _read_own_file(path, 200)
    if key is not None and len(key) == 64:
        return key.encode()
    fresh = secrets.token_hex(32)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path.with_name(f".seal.key.{os.getpid()}"), flags, 0o600)
    except OSError as exc:
        raise CacheUnusable(f"cannot write {path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(fresh)
    os.replace(path.with_name(f".seal.key.{os.getpid()}"), path)
    return fresh.encode()


def _file_hash(path: Path, stat_result: os.stat_result) -> str | None:
    if stat_result.st_size > _MAX_HASHED or not stat.S_ISREG(stat_result.st_mode):
        return None
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _read_own_file(path: Path, limit: int, *, prefix: bool = False) -> str | None:
    """The text of a regular file (never through a symlink), or None if it is missing,
    something else, or larger than ``limit`` bytes (then it is not read at all);
    ``prefix``: its first ``limit`` bytes, whatever its size."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or (info.st_size > limit and not prefix):
            return None
        try:
            return handle.read(limit).decode("utf-8", errors="strict" if not prefix else "replace")
        except (OSError, UnicodeDecodeError):
            return None
