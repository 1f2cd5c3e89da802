"""Any text at all comes back from a Markdown parser exactly as the words it was."""

from __future__ import annotations

from export_helpers import flat_tokens, inline_text, parse_markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.export import md_text
from briefing.safe_text import one_line

# Markdown's own alphabet, weighted in, so the fuzzer builds constructs and not only noise.
MARKDOWN_BITS = st.sampled_from(
    list("\\`*_[]()<>#|~&$!-+=.:;/ \n\t0123456789ab")
    + ["http://x.y", "<a href=x>", "&amp;", "&#65;", "```", "~~~", "    ", "1.", "1)", "\x1b["]
)
TEXT = st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=3)), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_any_text_parses_back_to_itself_as_plain_text(text: str) -> None:
    expected = one_line(text)
    tokens = parse_markdown(f"x {md_text(text)}")
    kinds = [t.type for t in flat_tokens(tokens)]
    assert kinds[:3] == ["paragraph_open", "inline", "text"]
    assert set(kinds) <= {"paragraph_open", "inline", "text", "paragraph_close"}
    assert inline_text(tokens[1]) == f"x {expected}".rstrip()


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_any_text_at_the_start_of_a_line_stays_a_paragraph(text: str) -> None:
    escaped = md_text(text)
    tokens = parse_markdown(escaped)
    if not escaped.strip():
        assert tokens == []
        return
    assert {t.type for t in flat_tokens(tokens)} <= {
        "paragraph_open",
        "inline",
        "text",
        "paragraph_close",
    }
    assert inline_text(tokens[1]) == one_line(text)
