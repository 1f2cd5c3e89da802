"""Disputes: statements that cannot both be true, grouped into two sides."""

from __future__ import annotations

from ..model import Contradiction, Speaker, Statement


def find_contradictions(
    text: str, speakers: list[Speaker], statements: list[Statement]
) -> list[Contradiction]:
    """Placeholder until the contradictions issue: none found."""
    return []
