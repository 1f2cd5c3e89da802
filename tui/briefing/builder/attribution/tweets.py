"""Embedded tweets: a post's words, then the signature a web page prints under a tweet it
embeds ("— Crystal Hefner (@crystalhefner) December 29, 2014"). No cue word says who
wrote them: the signature does."""

from __future__ import annotations

import re

from ...model import Span, StatementKind
from ..draft import Draft
from ..mentions import phrase_from_words
from ..tokens import tokens
from .sentence import trim

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: "— Name (@handle) Month D, YYYY": the name, its handle and the day it was posted
_SIGNATURE = re.compile(
    r"[—–―]\s*(?P<name>[^\s—–―(@][^\n—–―(@]{0,59}?)\s*\(@\w{1,15}\)\s*"
    rf"{_MONTH} \d{{1,2}}, \d{{4}}"
)
#: what a page leaves at a tweet's end: its links and the picture's address, not its words
_TRAILING_LINK = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
#: a page's own markup around an embed: "<tweet id=… author=…>"
_OPEN_TAG = re.compile(r"<tweet\b[^>]*>")


def embedded_tweets(text: str) -> list[Draft]:
    """A direct statement for each tweet a signature closes, by the one it names."""
    found: list[Draft] = []
    if "(@" not in text:
        return found
    for signature in _SIGNATURE.finditer(text):
        body = _body(text, signature.start())
        if body is None:
            continue
        name_start, name_end = signature.span("name")
        words = tokens(text, name_start, name_end)
        if not any(c.isalpha() for c in signature.group("name")):
            continue  # "— . (@handle) …": a page's stray mark, no name
        phrase = phrase_from_words(text, words, "name")
        found.append(Draft(StatementKind.DIRECT, [body], None, phrase))
    return found


def _body(text: str, dash: int) -> Span | None:
    """The tweet's words before its signature: the line the dash closes, or the paragraph
    above when the signature stands on a line of its own."""
    line_start = text.rfind("\n", 0, dash) + 1
    if text[line_start:dash].strip():
        start, end = line_start, dash
    else:
        end = len(text[:line_start].rstrip())
        start = text.rfind("\n", 0, end) + 1
    tags = list(_OPEN_TAG.finditer(text, start, end))
    if tags:
        start = tags[-1].end()
    words = text[start:end]
    link = _TRAILING_LINK.search(words)
    if link is not None:
        end = start + link.start()
    return trim(text, start, end)


def without_inner(drafts: list[Draft], tweets: list[Draft], text: str) -> list[Draft]:
    """The drafts that do not start inside a tweet or its signature: what a tweet says is its
    author's ("Trump reportedly has …" in Gideon Resnick's post is his statement)."""
    if not tweets:
        return drafts
    covered = []
    for tweet in tweets:
        if tweet.phrase is None:
            continue
        signature_end = text.find("\n", tweet.phrase.span[1])
        covered.append((tweet.start, len(text) if signature_end < 0 else signature_end))
    return [d for d in drafts if not any(s <= d.start < e for s, e in covered)]
