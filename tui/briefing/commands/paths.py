"""Where briefs and seeds live by default."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def default_briefs_dir() -> Path:
    return Path("briefs")


def bundled_briefs_dir() -> Path:
    """The briefs shipped inside the package, shown when ./briefs does not exist."""
    return Path(str(resources.files("briefing") / "bundled"))


def reading_dir(requested: Path | None) -> Path:
    """The folder the reader, search and export use: the one asked for, else ./briefs if it
    exists, else the bundled briefs."""
    if requested is not None:
        return requested
    local = default_briefs_dir()
    return local if local.is_dir() else bundled_briefs_dir()
