"""Statements (direct quotes and reported speech) and the speakers they belong to."""

from __future__ import annotations

from ..model import Span, Speaker, Statement


def extract_statements(text: str, sentences: list[Span]) -> tuple[list[Speaker], list[Statement]]:
    """Placeholder until the builder issue: no statements."""
    return [], []
