"""Hand-made briefs for the export tests, and a Markdown parser to read exports back.

A module of its own (not conftest) so test files can import it by a name no other
test folder uses.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.model import (
    Brief,
    Contradiction,
    Mention,
    Source,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
    SummarySentence,
)

ARTICLE = (
    'Minister Ana Ruiz said the bridge will reopen in May. "We are on schedule," Ruiz said. '
    "The city council said in a statement that the bridge will stay closed until autumn. "
    '"Nothing is on schedule," said council spokesman Tom Lee.'
)


def span_of(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return (start, start + len(words))


def mention(text: str, words: str, after: int = 0) -> Mention:
    return Mention(words, span_of(text, words, after))


def bridge_brief(brief_id: str = "bridge", title: str = "Bridge reopening disputed") -> Brief:
    """A small brief that read_brief accepts: every span matches the article."""
    text = ARTICLE
    second = text.index("The city")
    fourth = text.index('"Nothing')
    second_said = text.index("Ruiz said")

    def said(
        sid: str, speaker: str, kind: StatementKind, words: str, sentence: int, cue_after: int
    ) -> Statement:
        return Statement(
            sid,
            speaker,
            kind,
            words,
            (span_of(text, words),),
            sentence,
            cue=mention(text, "said", cue_after),
        )

    return Brief(
        id=brief_id,
        title=title,
        date=dt.date(2024, 3, 1),
        source=Source(
            file=f"{brief_id}.txt",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text,
        ),
        summary=(SummarySentence(text[: text.index(". ") + 1], (0, text.index(". ") + 1)),),
        speakers=(
            Speaker("ana-ruiz", "Ana Ruiz", SpeakerKind.PERSON, "Minister"),
            Speaker("city-council", "The city council", SpeakerKind.ORGANIZATION),
            Speaker("tom-lee", "Tom Lee", SpeakerKind.PERSON, "council spokesman"),
            Speaker("nobody", "A silent observer", SpeakerKind.UNNAMED),
        ),
        # Deliberately not in article order: export sorts each speaker's statements.
        statements=(
            said("s2", "ana-ruiz", StatementKind.DIRECT, "We are on schedule,", 1, second_said),
            said("s1", "ana-ruiz", StatementKind.REPORTED, "the bridge will reopen in May", 0, 0),
            said(
                "s3",
                "city-council",
                StatementKind.REPORTED,
                "the bridge will stay closed until autumn",
                2,
                second,
            ),
            said("s4", "tom-lee", StatementKind.DIRECT, "Nothing is on schedule,", 3, fourth),
        ),
        contradictions=(
            Contradiction(
                "c1",
                "bridge reopening",
                ("s1", "s2"),
                ("s3",),
                "reopens in May vs stays closed until autumn",
                0.8,
            ),
        ),
    )


def parse_markdown(text: str) -> list[Token]:
    """Tokens as a CommonMark renderer with raw HTML on (the hostile default) sees them."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)


def flat_tokens(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        if token.children:
            out.extend(flat_tokens(token.children))
    return out


def inline_text(token: Token) -> str:
    """What a reader sees of an inline token: its text, with escapes resolved."""
    assert token.type == "inline"
    return "".join(c.content for c in token.children or [] if c.type in ("text", "softbreak"))
