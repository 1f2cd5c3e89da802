"""User key remapping: ``$XDG_CONFIG_HOME/briefing/keys.toml`` maps binding ids to keys.

[keys]
"app.quit" = "ctrl+q"
"list.down" = "j,down,ctrl+n"
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .errors import Problem


def keymap_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "briefing" / "keys.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[Problem]]:
    """The user's remappings, and any problems with the file (a bad file remaps nothing)."""
    path = path or keymap_path()
    if not path.exists():
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [Problem(str(path), f"cannot read key file: {exc}")]
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        return {}, [Problem(str(path), f"invalid TOML: {exc.args[0] if exc.args else exc}", line)]
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, [Problem(str(path), '[keys] must be a table of binding id = "keys"')]
    keymap: dict[str, str] = {}
    problems: list[Problem] = []
    for binding_id, value in keys.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ",".join(value)
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(str(path), f'keys.{binding_id} must be a string such as "ctrl+q"')
            )
            continue
        keymap[binding_id] = value.replace(" ", "")
    return keymap, problems
