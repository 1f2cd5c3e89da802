"""Extractive summaries: 3–5 whole sentences, exact spans, article order, no quote fragments."""

from __future__ import annotations

from pathlib import Path

from briefing.builder import build_brief
from briefing.builder.sentences import split_sentences
from briefing.builder.summary import summarize
from briefing.seeds import read_seed

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_948dd29d5ac78b5f.txt"

ARTICLE = (
    "The city council voted on Tuesday to close the old library on the high street. "
    "The library has served the town for more than a century and was loved by readers. "
    "Council leaders said the library building needs repairs the town cannot afford. "
    '"We looked at every option to keep it open. '
    'In the end there was no money left," the council leader said. '
    "Readers plan a protest outside the library on Saturday morning. "
    "Scroll down for video of the library and its readers. "
    "The weather on Saturday is expected to be fine and dry across the region."
)


def test_summary_spans_are_exact_and_in_article_order() -> None:
    summary = summarize(ARTICLE, split_sentences(ARTICLE), [])
    assert 3 <= len(summary) <= 5
    for sentence in summary:
        assert ARTICLE[sentence.span[0] : sentence.span[1]] == sentence.text
    starts = [s.span[0] for s in summary]
    assert starts == sorted(starts)


def test_summary_skips_sentences_that_are_only_part_of_a_quote() -> None:
    texts = [s.text for s in summarize(ARTICLE, split_sentences(ARTICLE), [])]
    assert not any(t.startswith('"We looked') or t.startswith("In the end") for t in texts)


def test_summary_skips_page_furniture() -> None:
    texts = [s.text for s in summarize(ARTICLE, split_sentences(ARTICLE), [])]
    assert not any("Scroll down" in t for t in texts)


def test_summary_opens_with_the_lead() -> None:
    summary = summarize(ARTICLE, split_sentences(ARTICLE), [])
    assert summary[0].text.startswith("The city council voted")


def test_short_article_is_summarized_whole() -> None:
    text = "A bridge opened. It is long."
    assert [s.text for s in summarize(text, split_sentences(text), [])] == [
        "A bridge opened.",
        "It is long.",
    ]


def test_no_sentences_no_summary() -> None:
    assert summarize("", [], []) == []


def test_seed_summary_has_the_denial_and_whole_sentences() -> None:
    brief = build_brief(read_seed(SEED))
    assert 3 <= len(brief.summary) <= 5
    joined = " ".join(s.text for s in brief.summary)
    assert "no plans to pull out of Iraq" in joined
    for sentence in brief.summary:
        assert brief.source.text[sentence.span[0] : sentence.span[1]] == sentence.text


def test_summary_skips_a_photo_caption_before_the_lead() -> None:
    text = (
        "Ann Lee outside the county court yesterday, where she was fined "
        "The 71-year-old, who kept 40 cats in a two-room flat, has been banned from keeping "
        "animals. "
        "Ann Lee, 71, told magistrates she had rescued every one of them from the streets. "
        "Neighbours had complained about the smell for more than two years. "
        "The RSPCA said the cats were now being cared for at a shelter in the town."
    )
    texts = [s.text for s in summarize(text, split_sentences(text), [])]
    assert texts[0].startswith("The 71-year-old, who kept 40 cats")
    assert not any("outside the county court" in t for t in texts)
