"""The brief YAML format: round trips, and every validation error with its message and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import dump_brief, parse_brief, read_brief, write_brief
from briefing.errors import InputError
from briefing.model import Brief


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1


def problems(text: str) -> list[str]:
    with pytest.raises(InputError) as caught:
        parse_brief(text, "b.yaml")
    return [str(p) for p in caught.value.problems]


def test_dump_then_load_gives_an_equal_brief(sample_brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "sample.yaml"
    write_brief(sample_brief, path)
    loaded = read_brief(path)
    assert loaded == sample_brief
    assert loaded.fingerprint.startswith("sha256:")


def test_undated_brief_round_trips(tmp_path: Path) -> None:
    brief = make_brief(date=None)
    assert parse_brief(dump_brief(brief), "x") == brief


def test_text_with_control_characters_and_odd_whitespace_round_trips() -> None:
    text = 'Line one.  \n\t"Quoted\x1b[31m" said\r\nX.\u202e \n'
    brief = make_brief(text=text)
    assert parse_brief(dump_brief(brief), "x").source.text == text


def test_bad_yaml_names_the_line() -> None:
    text = dump_brief(make_brief()).replace("title: ", "title: [unclosed ", 1)
    (message,) = problems(text)
    assert message.startswith("b.yaml:")
    assert "invalid YAML" in message


@pytest.mark.parametrize(
    "text", ['a: 1\nb: "open\nc: 3\n', 'a: 1\nb: "open\nc: 3', "a: 1\nb: [1,\n\n\n"]
)
def test_bad_yaml_at_the_end_of_the_file_names_its_last_line(text: str) -> None:
    (message,) = problems(text)
    last_line = len(text.splitlines())
    assert message.startswith(f"b.yaml:{last_line}: invalid YAML"), message


def test_missing_field_is_reported_at_its_parent() -> None:
    text = dump_brief(make_brief())
    lines = [ln for ln in text.splitlines() if not ln.startswith("title:")]
    assert problems("\n".join(lines)) == ["b.yaml:2: missing field 'title'"]


def test_wrong_type_is_reported_at_the_field() -> None:
    text = dump_brief(make_brief()).replace("  sentence: 2", "  sentence: two")
    assert problems(text) == [
        f"b.yaml:{line_of(text, 'sentence: two')}: 'statements[2].sentence' must be an integer, "
        "not a string"
    ]


def test_unknown_speaker_id() -> None:
    text = dump_brief(make_brief()).replace("speaker: ana-ruiz", "speaker: nobody")
    assert problems(text) == [
        f"b.yaml:{line_of(text, 'speaker: nobody')}: statement 's3' names unknown speaker 'nobody'"
    ]


def test_unknown_statement_id_in_a_contradiction() -> None:
    text = dump_brief(make_brief()).replace("b: [s3]", "b: [s9]")
    assert problems(text) == [
        f"b.yaml:{line_of(text, 'b: [s9]')}: contradiction 'c1' names unknown statement 's9'"
    ]


def test_span_out_of_range() -> None:
    brief = make_brief()
    length = len(brief.source.text)
    text = dump_brief(brief).replace("- [44, 64]", f"- [44, {length + 5}]")
    assert problems(text) == [
        f"b.yaml:{line_of(text, '- [44, ')}: 'statements[1].spans[0]' [44, {length + 5}] is "
        f"out of range (source.text has {length} characters)"
    ]


def test_span_not_matching_its_text() -> None:
    text = dump_brief(make_brief()).replace("- [44, 64]", "- [45, 64]")
    assert problems(text) == [
        f"b.yaml:{line_of(text, 'text: We are leaving soon,')}: 'statements[1].text' does not "
        "match its spans (the fragments joined by one space)"
    ]


def test_duplicate_ids() -> None:
    text = dump_brief(make_brief()).replace("id: s2", "id: s1")
    duplicate = f"b.yaml:{line_of(text, 'id: s1', 2)}: duplicate id 's1' in statements"
    assert duplicate in problems(text)


def test_unknown_format_version() -> None:
    text = dump_brief(make_brief()).replace("format: 1", "format: 7")
    assert problems(text) == ["b.yaml:2: unknown format version 7; this briefing reads format 1"]


def test_wrong_kind_lists_the_allowed_kinds() -> None:
    text = dump_brief(make_brief()).replace("kind: person", "kind: robot")
    assert problems(text) == [
        f"b.yaml:{line_of(text, 'kind: robot')}: 'speakers[1].kind' is 'robot'; expected one of "
        "person, organization, document, group, unnamed"
    ]


def test_every_problem_in_a_brief_is_reported() -> None:
    text = (
        dump_brief(make_brief())
        .replace("kind: person", "kind: robot")
        .replace("speaker: ana-ruiz", "speaker: nobody")
    )
    assert len(problems(text)) == 2


def test_every_bad_span_of_a_statement_is_reported() -> None:
    brief = make_brief()
    text = dump_brief(brief).replace("- [14, 41]", "- [14, 41]\n  - [9999, 1]\n  - oops")
    assert problems(text) == [
        f"b.yaml:{line_of(text, '- [9999, 1]')}: 'statements[0].spans[1]' [9999, 1] is out "
        f"of range (source.text has {len(brief.source.text)} characters)",
        f"b.yaml:{line_of(text, '- oops')}: 'statements[0].spans[2]' must be a [start, end] pair "
        "of integers",
    ]


def test_a_duplicate_id_is_reported_at_its_own_line_after_a_bad_statement() -> None:
    text = (
        dump_brief(make_brief())
        .replace("  sentence: 0", "  sentence: zero")
        .replace("id: s3", "id: s2")
    )
    duplicate = f"b.yaml:{line_of(text, 'id: s2', 2)}: duplicate id 's2' in statements"
    assert duplicate in problems(text)


def test_a_bad_confidence_does_not_hide_an_unknown_statement() -> None:
    text = (
        dump_brief(make_brief())
        .replace("confidence: 0.8", "confidence: high")
        .replace("b: [s3]", "b: [s9]")
    )
    assert problems(text) == [
        f"b.yaml:{line_of(text, 'confidence: high')}: 'contradictions[0].confidence' must be a "
        "number from 0 to 1, not a string",
        f"b.yaml:{line_of(text, 'b: [s9]')}: contradiction 'c1' names unknown statement 's9'",
    ]


def test_python_object_tags_are_refused_not_constructed() -> None:
    text = "!!python/object/apply:os.system ['echo pwned']\n"
    (message,) = problems(text)
    assert message.startswith("b.yaml:1: invalid YAML")


def test_a_top_level_list_is_not_a_brief() -> None:
    assert problems("- 1\n- 2\n") == ["b.yaml:1: a brief must be a mapping of fields, not a list"]


def test_empty_file_is_not_a_brief() -> None:
    assert problems("") == ["b.yaml: brief is empty"]


def test_yaml_aliases_are_refused_so_alias_bombs_cannot_expand() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    (message,) = problems(bomb)
    assert message == "b.yaml:1: invalid YAML: aliases (*name) are not allowed in briefs"
