"""User key remapping: ``$XDG_CONFIG_HOME/briefing/keys.toml`` maps binding ids to keys.

[keys]
"app.quit" = "ctrl+q"
"list.down" = "j,down,ctrl+n"
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import Problem
from .reader_state import read_capped
from .safe_text import one_line

#: A key file bigger than this is not one a person wrote.
MAX_KEYS_BYTES = 256 * 1024
#: Key names as Textual spells them ("ctrl+q", "question_mark", "j"), comma-separated;
#: control characters and escapes are not keys.
KEYS_PATTERN = re.compile(r"[!-~]{1,40}(?:,[!-~]{1,40}){0,15}")


def keymap_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "briefing" / "keys.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[Problem]]:
    """The user's remappings, and any problems with the file (a bad file remaps nothing)."""
    path = path or keymap_path()
    if not os.path.lexists(path):
        return {}, []
    import tomllib  # only with a key file: most readers start without one

    try:
        # A regular file of sane size only: a FIFO or /dev/zero here must not hang the reader.
        data = tomllib.loads(read_capped(path, MAX_KEYS_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return {}, [Problem(str(path), f"cannot read key file: {reason}")]
    except RecursionError:
        return {}, [Problem(str(path), "cannot read key file: nested too deeply")]
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
        if not isinstance(value, str) or not KEYS_PATTERN.fullmatch(value.replace(" ", "")):
            problems.append(
                Problem(
                    str(path),
                    f'keys.{one_line(str(binding_id))[:80]} must be a string such as "ctrl+q"',
                )
            )
            continue
        keymap[binding_id] = value.replace(" ", "")
    return keymap, problems
