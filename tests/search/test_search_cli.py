"""`briefing search`: ranked lines or JSON lines, exit 1 when nothing matches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from search_corpus import iraq_brief, memo_brief

from briefing.brief_yaml import write_brief
from briefing.cli import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_brief(iraq_brief(), tmp_path / "iraq.yaml")
    write_brief(memo_brief(), tmp_path / "memo.yaml")
    return tmp_path


def test_hits_print_score_match_brief_statement_speaker_and_words(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "withdrawal", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[1:5] == ["exact", "1/1", "iraq", "m1"]
    assert "Mark Milley: Poorly worded, implies withdrawal." in lines[0]


def test_a_hit_says_how_many_query_words_it_matched(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "esper leave", str(folder)]) == 0
    columns = [line.split()[1:3] for line in capsys.readouterr().out.splitlines()]
    assert columns[0] == ["exact", "2/2"]
    assert ["exact", "1/2"] in columns


def test_only_near_misses_exit_1_and_name_them(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "withdrawl", str(folder)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert "near misses: withdrawal" in line
    assert "--fuzzy" in line


def test_fuzzy_shows_near_misses_marked_near(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "withdrawl", "--fuzzy", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[1:5] for line in lines] == [
        ["near", "1/1", "iraq", "m1"],
        ["near", "1/1", "iraq", "m2"],
    ]


def test_a_word_being_typed_is_a_prefix_match(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "withdr", str(folder)]) == 0
    assert capsys.readouterr().out.split()[1] == "prefix"


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("kind:foo leave", "unknown filter 'kind:foo'"),
        ("kind: leave", "unknown filter 'kind:'"),
        ("site:cnn leave", "unknown filter 'site:cnn'"),
        ('"no decision', "unclosed quote"),
        ('@"mark esper leave', "unclosed quote"),
    ],
)
def test_a_bad_filter_or_an_unclosed_quote_is_a_one_line_usage_error(
    folder: Path, capsys: pytest.CaptureFixture[str], query: str, says: str
) -> None:
    assert says in usage_error(folder, capsys, query)


def test_json_lines_carry_every_field(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "esper leave", "--json", str(folder)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    first = records[0]
    assert (first["brief_id"], first["statement_id"], first["speaker"]) == (
        "iraq",
        "e1",
        "Mark Esper",
    )
    assert first["kind"] == "direct"
    assert (first["match"], first["words_matched"], first["query_words"]) == ("exact", 2, 2)
    assert first["brief_date"] == "2020-01-06"
    assert 0 < first["score"] <= 100
    assert "".join(first["text"][p] for p in first["positions"]) == "leave"
    assert [r["score"] for r in records] == sorted((r["score"] for r in records), reverse=True)


def test_limit_caps_the_lines(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "leave", "--limit", "1", str(folder)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_no_match_exits_1_and_prints_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "zyxwvut", str(folder)]) == 1
    assert capsys.readouterr().out == ""


def test_odd_queries_exit_1_without_a_traceback(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "[bold red]x[/]", str(folder)]) == 1
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("query", ["", "   ", "!!!"])
def test_a_query_with_nothing_to_look_for_is_a_usage_error_with_a_hint(
    folder: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    assert 'briefing search "' in usage_error(folder, capsys, query)


def usage_error(folder: Path, capsys: pytest.CaptureFixture[str], query: str) -> str:
    """The one stderr line of a search that exits 2 and prints no hit."""
    assert main(["search", query, str(folder)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("briefing: ")
    return line


def test_a_bad_limit_is_a_usage_error(folder: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "leave", "--limit", "0", str(folder)])
    assert exit_info.value.code == 2


def test_bad_briefs_are_reported_and_the_rest_searched(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "broken.yaml").write_text("format: 1\nid: [unclosed\n", encoding="utf-8")
    assert main(["search", "withdrawal", str(folder)]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert captured.err.startswith(f"{folder / 'broken.yaml'}:")


def test_a_missing_folder_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "leave", str(tmp_path / "nowhere")]) == 1
    assert "nowhere: no such folder" in capsys.readouterr().err


def test_control_characters_in_briefs_do_not_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from search_corpus import D, brief_of

    speakers = iraq_brief().speakers[:1]
    brief = brief_of("evil", None, "t", speakers, (("s1", "esper", D, "leave \x1b[2Jnow"),))
    write_brief(brief, tmp_path / "evil.yaml")
    assert main(["search", "leave", str(tmp_path)]) == 0
    assert "\x1b" not in capsys.readouterr().out
