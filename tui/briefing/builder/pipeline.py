"""Seed → sentences → statements and speakers → title, summary, contradictions → Brief.

Each stage is a plain function over plain data, testable alone with a tiny text.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Brief, Source
from ..seeds import Seed, seed_id
from .attribution import extract_statements
from .contradictions import find_contradictions
from .sentences import split_sentences
from .summary import summarize
from .title import make_title


def brief_id_for(seed_path: Path) -> str:
    """A file-name-safe slug from the seed's file name (see ``seeds.seed_id``)."""
    return seed_id(seed_path)


def build_brief(seed: Seed) -> Brief:
    text = seed.body
    sentences = split_sentences(text)
    speakers, statements = extract_statements(text, sentences)
    return Brief(
        id=brief_id_for(seed.path),
        title=make_title(text, sentences, speakers, statements),
        date=seed.date,
        source=Source(file=seed.path.name, sha256=seed.sha256, text=text),
        summary=tuple(summarize(text, sentences, statements)),
        speakers=tuple(speakers),
        statements=tuple(statements),
        contradictions=tuple(find_contradictions(text, speakers, statements)),
    )
