"""Article text can hold anything; the export must show it literally and stay well-formed.

Each hostile string is put into every text field of a brief. The parsed document must have
exactly the structure the same brief has with plain words, and show the string as text.
"""

from __future__ import annotations

import dataclasses

import pytest
from export_helpers import bridge_brief, flat_tokens, inline_text, parse_markdown

from briefing.export import brief_to_markdown, md_text
from briefing.model import Brief

HOSTILE = {
    "asterisk emphasis": "*not emphasis* and **not strong**",
    "underscore emphasis": "_not emphasis_ and __not strong__ snake_case_name",
    "heading": "# not a heading ##",
    "pipe": "a | b | c",
    "backticks": "`not code` and ```not a fence",
    "script tag": "<script>alert(1)</script>",
    "html comment": "<!-- hidden --> and <b>bold</b>",
    "inline link": "[click me](http://evil.example/)",
    "javascript link": "[x](javascript:alert(1)) and <javascript:alert(1)>",
    "image": "![pixel](http://evil.example/p.png)",
    "autolink": "<http://evil.example/>",
    "reference link": "[ref]: http://evil.example/",
    "entity": "&amp; &#x41; &copy;",
    "strikethrough": "~~not struck~~",
    "math": "$x^2$ costs $5",
    "block quote start": "> not a quote",
    "bullet start": "- not a list",
    "plus start": "+ not a list",
    "ordered start": "1. not a list",
    "ordered paren start": "2) not a list",
    "thematic break": "---",
    "setext underline": "===",
    "backslash": "C:\\path\\ and a trailing \\",
    "newlines": "first line\nsecond line\n\n# third",
    "indented code": "    not code",
    "hard break": "two spaces  \nthen more",
}

CONTROL = {
    "ansi colour": ("\x1b[31mred\x1b[0m text", "red text"),
    "osc hyperlink": ("\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"),
    "bell and backspace": ("ding\x07 back\x08space", "ding backspace"),
    "bidi override": ("abc\u202edcba", "abcdcba"),
    "carriage return": ("line\r\noverwrite\rme", "line overwriteme"),
}

FORBIDDEN = {
    "link_open",
    "image",
    "html_inline",
    "html_block",
    "em_open",
    "s_open",
    "code_inline",
    "code_block",
    "fence",
    "hardbreak",
    "bullet_list_open",
    "ordered_list_open",
    "blockquote_open",
    "hr",
    "heading_open",
    "table_open",
}


def _with_text_everywhere(words: str) -> Brief:
    brief = bridge_brief()
    return dataclasses.replace(
        brief,
        title=words,
        source=dataclasses.replace(brief.source, file=words, sha256=words),
        summary=tuple(dataclasses.replace(s, text=words) for s in brief.summary),
        speakers=tuple(dataclasses.replace(s, name=words, role=words) for s in brief.speakers),
        statements=tuple(
            dataclasses.replace(
                s, text=words, cue=dataclasses.replace(s.cue, text=words) if s.cue else None
            )
            for s in brief.statements
        ),
        contradictions=tuple(
            dataclasses.replace(c, topic=words, reason=words) for c in brief.contradictions
        ),
    )


def _shape(markdown: str) -> list[tuple[str, str]]:
    return [(t.type, t.tag) for t in flat_tokens(parse_markdown(markdown)) if t.type != "text"]


PLAIN_SHAPE = _shape(brief_to_markdown(_with_text_everywhere("plain words")))


@pytest.mark.parametrize("words", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_leaves_the_document_structure_unchanged(words: str) -> None:
    assert _shape(brief_to_markdown(_with_text_everywhere(words))) == PLAIN_SHAPE


@pytest.mark.parametrize("words", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_shows_literally_on_one_line(words: str) -> None:
    tokens = parse_markdown(brief_to_markdown(_with_text_everywhere(words)))
    title = inline_text(tokens[1])
    assert title == " ".join(words.split())


@pytest.mark.parametrize("words", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_alone_makes_no_markup(words: str) -> None:
    tokens = flat_tokens(parse_markdown(md_text(words)))
    assert {t.type for t in tokens} & FORBIDDEN == set()
    assert [t.type for t in tokens if t.type != "text"] == [
        "paragraph_open",
        "inline",
        "paragraph_close",
    ]


@pytest.mark.parametrize("words", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_in_a_table_cell_stays_in_its_cell(words: str) -> None:
    markdown = f"| h |\n| --- |\n| {md_text(words)} |\n"
    tokens = parse_markdown(markdown)
    cells = [inline_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "td_open"]
    assert cells == [" ".join(words.split())]


@pytest.mark.parametrize(("raw", "shown"), CONTROL.values(), ids=CONTROL.keys())
def test_terminal_controls_are_stripped(raw: str, shown: str) -> None:
    markdown = brief_to_markdown(_with_text_everywhere(raw))
    assert "\x1b" not in markdown and "\r" not in markdown and "\x07" not in markdown
    assert "\u202e" not in markdown
    assert inline_text(parse_markdown(markdown)[1]) == shown


def test_plain_prose_stays_readable_in_the_markdown_file() -> None:
    # Only characters that mean something are escaped; ordinary punctuation is left alone.
    prose = "He said: \"It's fine (really), isn't it?\" - no; 5,000 troops."
    assert md_text(prose) == prose
