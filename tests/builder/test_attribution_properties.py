"""Any text at all: extraction never fails, and every span points back into the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.builder.attribution import extract_statements
from briefing.builder.quotes import find_quotes
from briefing.builder.sentences import split_sentences
from briefing.model import StatementKind, join_spans

_PIECES = [
    "Ann Lee",
    "Mr.",
    "Gen.",
    "he",
    "it",
    "the letter",
    "said",
    "told reporters",
    "according to",
    "adding",
    "that",
    "and",
    ",",
    ".",
    "?",
    ":",
    ";",
    '"',
    "“",
    "”",
    "''",
    "―",
    "--",
    "(R-Ind.)",
    "'",
    "‘",
    "’",
    "\n",
    " ",
    "the plan works",
    "U.S.",
    "5,000",
    "was signed by",
    "Monday",
    "who",
    "called for",
    "Guilty:",
    "John Smith, 45,",
    "was jailed",
    "(",
    ")",
    "which",
    "Feb. 27",
    "Claim That",
    "1,769",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_news_like_text_extracts_with_exact_spans(pieces: list[str]) -> None:
    text = " ".join(pieces)
    speakers, statements = extract_statements(text, split_sentences(text))
    ids = {s.id for s in speakers}
    for statement in statements:
        assert join_spans(text, statement.spans) == statement.text
        assert statement.speaker in ids
        for start, end in statement.spans:
            assert 0 <= start < end <= len(text)
        for mention in (statement.cue, statement.source_mention):
            if mention is not None:
                assert text[mention.span[0] : mention.span[1]] == mention.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_a_statement_never_runs_past_its_paragraph_or_its_sentence(pieces: list[str]) -> None:
    # a caption's label once spoke a whole article: only a quotation, or an interview turn,
    # may run on past its sentence, and nothing runs past its paragraph
    text = " ".join(pieces)
    sentences = split_sentences(text)
    _, statements = extract_statements(text, sentences)
    for statement in statements:
        for start, end in statement.spans:
            assert "\n" not in text[start:end]
            turn = statement.cue is not None and statement.cue.text == ":"
            if statement.kind is StatementKind.REPORTED and not turn:
                assert any(s <= start and end <= e for s, e in sentences) or _quotation_runs_on(
                    text, sentences, start, end
                )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_fails(text: str) -> None:
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)
    extract_statements(text, split_sentences(text))


def _quotation_runs_on(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether reported words from ``start`` run past their sentence only inside one
    quotation that opens in that sentence and closes at ``end`` ('said the makers “do a
    fantastic job. And it's so important.”')."""
    sentence_end = next(e for s, e in sentences if s <= start < e)
    return any(start <= q.open < sentence_end and q.inner[1] == end for q in find_quotes(text))
