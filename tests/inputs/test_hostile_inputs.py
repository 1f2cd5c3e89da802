"""Whatever bytes a page or feed holds, reading it gives an article or one InputError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from local_web import article_html

from briefing.errors import InputError
from briefing.inputs.feeds import html_to_text, read_feed
from briefing.inputs.web_page import read_page

TAGS = st.sampled_from(["<p>", "</p>", "<div>", "<article>", "<!--", "<script>", "&amp;", "\x00"])
MARKUP = st.lists(st.one_of(TAGS, st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=60, deadline=None)
@given(MARKUP, st.binary(max_size=200))
def test_any_page_gives_an_article_or_one_input_error(markup: str, noise: bytes) -> None:
    raw = article_html().encode()[: len(markup) * 7] + markup.encode("utf-8", "replace") + noise
    try:
        seed = read_page(raw, "page.html")
    except InputError as exc:
        assert len(exc.problems) == 1
        assert exc.problems[0].path == "page.html"
    else:
        assert seed.body.strip()


@settings(max_examples=60, deadline=None)
@given(MARKUP)
def test_any_feed_gives_entries_or_one_input_error(markup: str) -> None:
    raw = f'<?xml version="1.0"?><rss version="2.0"><channel><item>{markup}'.encode()
    try:
        entries = read_feed(raw, "feed.rss")
    except InputError as exc:
        assert [p.path for p in exc.problems] == ["feed.rss"]
    else:
        assert all(isinstance(e.text, str) for e in entries)


@given(MARKUP)
def test_entry_html_becomes_plain_text(markup: str) -> None:
    text = html_to_text(markup)
    assert "<p>" not in text
    assert "\n\n\n" not in text
