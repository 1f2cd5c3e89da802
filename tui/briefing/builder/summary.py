"""An extractive summary: a few sentences of the article, in article order."""

from __future__ import annotations

from ..model import Span, Statement, SummarySentence


def summarize(text: str, sentences: list[Span], statements: list[Statement]) -> list[SummarySentence]:
    """Placeholder until the summary issue: no summary."""
    return []
