"""The article's own headline, when its first line is one.

An editor's headline beats any built title ("Lopez: Ratification of the …" once replaced "Old
Hands Help Russia Navigate U.S. Media"), and it is not a sentence of the story: the summary
leaves it out and nobody "said" it.
"""

from __future__ import annotations

import re

from ..model import Span
from .furniture import has_credit, is_boilerplate

#: a first line longer than this is a paragraph, not a headline
_MAX_HEADLINE = 140
#: a sentence-case first line this short, standing alone, is a headline too
_MAX_PLAIN_HEADLINE_WORDS = 15
_QUOTE_CHARS = "\"“”‘’'"
_NOT_SPACE = re.compile(r"\S")
_BLANK_REST_OF_LINE = re.compile(r"[ \t]*\n")


def headline_span(text: str) -> Span | None:
    """Where the headline is: a short first line set apart, in title case or short."""
    # Found by search, not by stripping copies of the whole text (asked by three stages).
    first = _NOT_SPACE.search(text)
    start = first.start() if first is not None else len(text)
    end = text.find("\n", start)
    if end < 0 or _NOT_SPACE.search(text, end) is None:
        return None
    # A headline stands apart: a blank line, then the story, or ";" and a deck line under it
    apart = _BLANK_REST_OF_LINE.match(text, end + 1) is not None
    if not apart and not text[start:end].rstrip().endswith(";"):
        return None
    line = " ".join(text[start:end].split()).rstrip(" .;")
    words = line.split()
    if len(line) > _MAX_HEADLINE or len(words) < 3 or line[0] in _QUOTE_CHARS:
        return None
    if has_credit(line) or is_boilerplate(line):  # "… on Friday. Photo: AP", "**Update**"
        return None
    if line.endswith(":"):
        return None  # "Here are your Apple rumors for today:" leads into what follows
    long_words = [w for w in words if len(w.strip(_QUOTE_CHARS + "(,:;")) >= 4]
    capitalised = sum(w.strip(_QUOTE_CHARS + "(")[:1].isupper() for w in long_words)
    title_case = bool(long_words) and capitalised >= 0.6 * len(long_words)
    if not (title_case or len(words) <= _MAX_PLAIN_HEADLINE_WORDS):
        return None
    return (start, len(text[:end].rstrip()))
