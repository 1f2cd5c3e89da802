"""Sentence boundaries in news text, as exact character spans."""

from __future__ import annotations

import re

from ..model import Span

_END = re.compile(r"[.!?][\"”’)]*(?=\s|$)")


def split_sentences(text: str) -> list[Span]:
    """Provisional splitter (the builder issue replaces it): ends at . ! ? before a space."""
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        _append(spans, text, start, match.end())
        start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
