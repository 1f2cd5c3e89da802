"""A headline for the brief, built from the article."""

from __future__ import annotations

from ..model import Span, Speaker, Statement


def make_title(
    text: str, sentences: list[Span], speakers: list[Speaker], statements: list[Statement]
) -> str:
    """Provisional: the first sentence, cut at a word boundary to 90 characters."""
    first = text[sentences[0][0] : sentences[0][1]] if sentences else text.strip()
    first = " ".join(first.split())
    if len(first) <= 90:
        return first or "Untitled"
    cut = first[:89].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
