"""One error type for bad input, rendered as ``path:line: message`` by the CLI and the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .safe_text import one_line, terminal_line


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input file, at a line when one is known (1-based)."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        # One problem, one line, safe for a terminal: a file name or a message quoting the
        # brief may hold newlines or escape sequences.
        path = terminal_line(self.path)
        where = f"{path}:{self.line}" if self.line else path
        return f"{where}: {one_line(self.message)}"


class InputError(Exception):
    """A seed or brief that cannot be used; carries the problems that say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @classmethod
    def single(cls, path: str | Path, message: str, line: int | None = None) -> InputError:
        return cls([Problem(str(path), message, line)])
