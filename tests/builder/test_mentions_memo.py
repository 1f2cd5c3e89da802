"""``phrase_before`` remembers its answers for one sentence's tokens: asking about another
sentence, or the same words in another text, must never get the first one's answer."""

from __future__ import annotations

from briefing.builder.mentions import phrase_before
from briefing.builder.tokens import Tok, tokens


def _before_said(text: str, toks: list[Tok]) -> str | None:
    said = next(k for k, t in enumerate(toks) if t.lower == "said")
    phrase = phrase_before(text, toks, said - 1)
    return None if phrase is None else phrase.text


def test_each_sentence_gets_its_own_speaker_when_asked_in_turn() -> None:
    text = "The harbour master said the gates were shut. Mayor Ann Lee said they were open."
    first = tokens(text, 0, 44)
    second = tokens(text, 45, len(text))
    for _ in range(2):
        assert _before_said(text, first) == "The harbour master"
        assert _before_said(text, second) == "Mayor Ann Lee"


def test_the_same_offsets_in_another_text_are_read_again() -> None:
    one = "Ann Lee said the gates were shut."
    other = "Bob Roe said the gates were shut."
    assert _before_said(one, tokens(one, 0, len(one))) == "Ann Lee"
    assert _before_said(other, tokens(other, 0, len(other))) == "Bob Roe"


def test_a_list_made_afresh_with_other_tokens_is_read_again() -> None:
    text = "Ann Lee said the gates were shut."
    toks = tokens(text, 0, len(text))
    assert _before_said(text, toks) == "Ann Lee"
    # the same words without the given name, as a new list
    assert _before_said(text, [t for t in toks if t.text != "Ann"]) == "Lee"
