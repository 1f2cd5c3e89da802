"""British quotes whose paragraphs were run together on one line (#15, ninth round): each
paragraph reopens the quote with a mark and none closes it until the last, with photo
captions glued in between."""

from __future__ import annotations

from attribution_helpers import by_speaker

from briefing.builder.quotes import find_quotes


def _inner(text: str) -> list[str]:
    return [text[q.inner[0] : q.inner[1]] for q in find_quotes(text)]


_TRAINER = (
    "Bill Marsh told the Racing Post: 'The colt is in great form. I could not be happier with "
    "him. 'We did think about running him at Ascot but decided not to. He is better on a flat "
    "track. 'He is a clean-winded horse. He was ready to run first time out. The colt is "
    "pictured on the gallops on Monday 'Hopefully the public will back him.' Marsh has won "
    "the race twice."
)


def test_a_colons_quote_runs_on_through_the_paragraphs_it_reopens() -> None:
    found = _inner(_TRAINER)
    assert found[0].startswith("The colt is in great form. I could not be happier")
    assert "'We did think about running him" in found[0]
    assert found[0].endswith("'He is a clean-winded horse.")


def test_the_trainers_we_paragraphs_are_his() -> None:
    said = [(name, words) for name, _, words in by_speaker(_TRAINER)]
    assert any(name == "Bill Marsh" and "We did think" in words for name, words in said)


def test_a_quote_reopened_after_a_caption_glued_before_it_is_still_found() -> None:
    text = (
        "Ann Roe is pictured at the ground on Monday 'He is a great coach, I like him a lot. "
        "'We do not have an obsession with them. Our aim is the final. The coach shares a "
        "joke at training 'It is not that interesting.' Roe added."
    )
    assert _inner(text)[0].startswith("He is a great coach, I like him a lot. 'We do not")


def test_a_single_quote_opened_once_without_a_colon_is_no_run_of_paragraphs() -> None:
    # the caption's quoted words end at their own mark; nothing reopens them
    text = "Fans call him 'the king' on the terraces. The club said he would stay."
    assert _inner(text) == ["the king"]


def test_a_stray_double_mark_leaves_a_single_quoted_article_single_quoted() -> None:
    text = (
        "Tom Hale said the event was a 'disgrace'. 'Everything was great until the music "
        "started,' he told reporters. 'I can tell you a thousand people were disgusted by it.\" "
        "The venue said: 'We apologise.' 'It will not happen again,' a spokesman added."
    )
    found = _inner(text)
    assert "Everything was great until the music started" in found
    assert "It will not happen again" in found


def test_an_article_quoting_with_double_marks_keeps_its_single_marks_as_words() -> None:
    text = (
        "\"We won,\" she said. \"It was hard.\" He called it 'a fluke' and 'luck' and "
        "'chance' and 'nothing more'."
    )
    assert _inner(text) == ["We won", "It was hard."]
