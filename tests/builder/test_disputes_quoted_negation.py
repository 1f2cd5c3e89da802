"""A negation whose denied words are quoted ('do not “fit with …”') still denies them (#15,
eleventh round): the opening quote mark had ended the negation's clause, so a speaker who said
the comments "do not fit" was read as affirming that they fit, against another who said the
same thing in plain words."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.language.polarity import analyze


def test_a_quote_mark_after_not_keeps_the_quoted_word_denied() -> None:
    said = analyze("His comments do not “fit with what I thought I knew about him.”")
    assert said.polarity("fit") is False


def test_a_closing_quote_mark_still_ends_the_negations_reach() -> None:
    said = analyze('He answered "no" and the deal passed on Monday.')
    assert said.polarity("pass") is True


def test_two_speakers_who_both_deny_the_fit_are_no_dispute() -> None:
    article = Article(
        "Mika Lane said the comments do not “fit with what I thought I knew about him.” "
        "Ann Roe said the comments he made don’t fit with what I thought I knew about him."
    )
    article.said("Mika Lane", "the comments do not “fit with what I thought I knew about him.”")
    article.said("Ann Roe", "the comments he made don’t fit with what I thought I knew about him")
    assert article.disputes() == []
