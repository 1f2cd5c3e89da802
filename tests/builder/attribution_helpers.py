"""What the attribution tests call: the statements of a small text, as a reader sees them."""

from __future__ import annotations

from briefing.builder.attribution import extract_statements
from briefing.builder.sentences import split_sentences
from briefing.model import Speaker, Statement


def extract(text: str) -> tuple[list[Speaker], list[Statement]]:
    return extract_statements(text, split_sentences(text))


def by_speaker(text: str) -> list[tuple[str, str, str]]:
    """(speaker's name, kind, statement text) for each statement, in text order."""
    speakers, statements = extract(text)
    names = {s.id: s.name for s in speakers}
    return [(names[st.speaker], st.kind.value, st.text) for st in statements]
