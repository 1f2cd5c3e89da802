"""The Markdown layout of an exported brief, read back with a CommonMark parser."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from export_helpers import bridge_brief, flat_tokens, inline_text, parse_markdown

from briefing.builder import build_brief
from briefing.export import brief_to_markdown
from briefing.model import Brief
from briefing.seeds import Seed


def _headings(markdown: str) -> list[tuple[str, str]]:
    tokens = parse_markdown(markdown)
    return [
        (token.tag, inline_text(tokens[i + 1]))
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _table_rows(markdown: str) -> list[list[str]]:
    tokens = parse_markdown(markdown)
    rows: list[list[str]] = []
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            rows[-1].append(inline_text(tokens[i + 1]))
    return rows


def _blockquotes(markdown: str) -> list[list[str]]:
    """The paragraphs of each block quote, as text."""
    quotes: list[list[str]] = []
    depth = 0
    tokens = parse_markdown(markdown)
    for i, token in enumerate(tokens):
        if token.type == "blockquote_open":
            depth += 1
            quotes.append([])
        elif token.type == "blockquote_close":
            depth -= 1
        elif depth and token.type == "paragraph_open":
            quotes[-1].append(inline_text(tokens[i + 1]))
    return quotes


def _paragraphs(markdown: str) -> list[str]:
    tokens = parse_markdown(markdown)
    return [inline_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "paragraph_open"]


def test_headings_are_title_then_sections_then_speakers_and_topics(brief: Brief) -> None:
    assert _headings(brief_to_markdown(brief)) == [
        ("h1", "Bridge reopening disputed"),
        ("h2", "Summary"),
        ("h2", "Speakers"),
        ("h2", "Statements"),
        ("h3", "Ana Ruiz"),
        ("h3", "The city council"),
        ("h3", "Tom Lee"),
        ("h2", "Contradictions"),
        ("h3", "bridge reopening"),
    ]


def test_date_and_source_follow_the_title(brief: Brief) -> None:
    assert _paragraphs(brief_to_markdown(brief))[0] == "Date: 2024-03-01 · Source: bridge.txt"


def test_undated_brief_says_undated(brief: Brief) -> None:
    undated = dataclasses.replace(brief, date=None)
    assert _paragraphs(brief_to_markdown(undated))[0].startswith("Date: undated")


def test_summary_is_the_summary_sentences(brief: Brief) -> None:
    assert "Minister Ana Ruiz said the bridge will reopen in May." in _paragraphs(
        brief_to_markdown(brief)
    )


def test_speakers_table_has_a_row_per_speaker_in_brief_order(brief: Brief) -> None:
    assert _table_rows(brief_to_markdown(brief)) == [
        ["Speaker", "Role", "Kind", "Statements"],
        ["Ana Ruiz", "Minister", "person", "2"],
        ["The city council", "—", "organization", "1"],
        ["Tom Lee", "council spokesman", "person", "1"],
        ["A silent observer", "—", "unnamed", "0"],
    ]


def test_direct_quotes_are_block_quotes_with_their_cue(brief: Brief) -> None:
    assert _blockquotes(brief_to_markdown(brief)) == [
        ["We are on schedule,", "— Quoted (cue: said)"],
        ["Nothing is on schedule,", "— Quoted (cue: said)"],
    ]


def test_reported_speech_is_marked_reported_with_its_cue(brief: Brief) -> None:
    paragraphs = _paragraphs(brief_to_markdown(brief))
    assert "Reported (cue: said): the bridge will reopen in May" in paragraphs
    assert "Reported (cue: said): the bridge will stay closed until autumn" in paragraphs


def test_a_speakers_statements_come_in_article_order(brief: Brief) -> None:
    # The summary's lead line quotes a dispute's words too: look at the statements.
    markdown = brief_to_markdown(brief).split("## Statements", 1)[1]
    assert markdown.index("reopen in May") < markdown.index("We are on schedule")


def test_statement_without_cue_has_no_cue_note(brief: Brief) -> None:
    no_cues = dataclasses.replace(
        brief, statements=tuple(dataclasses.replace(s, cue=None) for s in brief.statements)
    )
    markdown = brief_to_markdown(no_cues)
    assert "cue:" not in markdown
    assert "Reported: the bridge will reopen in May" in _paragraphs(markdown)


def test_contradiction_lists_both_sides_and_reason_without_a_confidence(brief: Brief) -> None:
    tokens = parse_markdown(brief_to_markdown(brief))
    items = [inline_text(tokens[i + 2]) for i, t in enumerate(tokens) if t.type == "list_item_open"]
    assert items == [
        "Side A: Ana Ruiz (reported): the bridge will reopen in May",
        "Side A: Ana Ruiz: “We are on schedule,”",
        "Side B: The city council (reported): the bridge will stay closed until autumn",
        "Reason: reopens in May vs stays closed until autumn",
    ]
    assert "0.80" not in brief_to_markdown(brief)


def test_a_contradiction_on_weak_evidence_says_so_in_its_heading_when_included(
    brief: Brief,
) -> None:
    headings = [h for h in brief_to_markdown(brief).splitlines() if h.startswith("### ")]
    assert not any("weak evidence" in h for h in headings)
    weak = dataclasses.replace(
        brief,
        contradictions=tuple(dataclasses.replace(c, confidence=0.12) for c in brief.contradictions),
    )
    markdown = brief_to_markdown(weak, weak_disputes=True)
    headings = [h for h in markdown.splitlines() if h.startswith("### ")]
    contradiction_headings = headings[-len(brief.contradictions) :]
    assert all(h.endswith("(weak evidence: check the source)") for h in contradiction_headings)


def test_footer_names_source_file_and_sha256(brief: Brief) -> None:
    markdown = brief_to_markdown(brief)
    tokens = parse_markdown(markdown)
    assert [t.type for t in tokens][-4:] == [
        "hr",
        "paragraph_open",
        "inline",
        "paragraph_close",
    ]
    assert inline_text(tokens[-2]) == (f"Source file: bridge.txt · sha256: {brief.source.sha256}")


def test_empty_sections_say_so_instead_of_vanishing() -> None:
    empty = dataclasses.replace(
        bridge_brief(), summary=(), speakers=(), statements=(), contradictions=()
    )
    paragraphs = _paragraphs(brief_to_markdown(empty))
    for line in ("No summary.", "No speakers.", "No statements.", "No contradictions found."):
        assert line in paragraphs


def test_statement_of_an_unlisted_speaker_is_kept_under_its_id(brief: Brief) -> None:
    orphaned = dataclasses.replace(brief, speakers=brief.speakers[1:])
    assert ("h3", "ana-ruiz") in _headings(brief_to_markdown(orphaned))


def test_contradiction_naming_a_missing_statement_says_so(brief: Brief) -> None:
    broken = dataclasses.replace(
        brief, contradictions=(dataclasses.replace(brief.contradictions[0], b=("s9",)),)
    )
    assert "statement s9 (not in this brief)" in brief_to_markdown(broken)


def test_export_ends_with_one_newline_and_no_trailing_spaces(brief: Brief) -> None:
    markdown = brief_to_markdown(brief)
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")
    assert all(line == line.rstrip() for line in markdown.splitlines())


def test_markdown_is_the_same_every_time(brief: Brief) -> None:
    assert brief_to_markdown(brief) == brief_to_markdown(bridge_brief())


def test_every_token_is_closed(brief: Brief) -> None:
    nesting = sum(t.nesting for t in flat_tokens(parse_markdown(brief_to_markdown(brief))))
    assert nesting == 0


def test_a_quote_broken_by_its_attribution_shows_the_break() -> None:
    text = '"The port will reopen on Monday," Ann Lee said, "and every crane is checked."\n'
    brief = build_brief(Seed(Path("port.txt"), dt.date(2020, 1, 6), text, "0" * 64))
    (statement,) = brief.statements
    assert statement.text == "The port will reopen on Monday and every crane is checked."
    # the pieces no longer run together: the reader sees where the attribution was
    quote = _blockquotes(brief_to_markdown(brief))[0][0]
    assert quote == "The port will reopen on Monday … and every crane is checked."
