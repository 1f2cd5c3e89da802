"""Where a folder's corpus store lives: ``$XDG_CACHE_HOME/briefing/corpus/``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..cache_dir import CacheUnusable, cache_root, owned_folder

#: The store cannot be used now (the message says why, in one line): read the YAML.
StoreUnusable = CacheUnusable


def store_paths(folder: Path, root: Path | None = None) -> tuple[Path, Path]:
    """The briefs store and the search index store of ``folder``.

    Named by a hash of the folder's real path, so two folders never share a store; each
    store also records its folder and is rebuilt if it names another."""
    base = root if root is not None else cache_root()
    if base is None:
        raise StoreUnusable("the cache is turned off (BRIEFING_NO_CACHE)")
    owned_folder(base)
    corpus = owned_folder(base / "corpus")
    key = folder_key(folder)
    return corpus / f"{key}.briefs.sqlite3", corpus / f"{key}.index.sqlite3"


def folder_key(folder: Path) -> str:
    return hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
