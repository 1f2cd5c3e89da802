"""`briefing check`: one `file:line: message` per problem, non-zero exit on any bad brief."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import dump_brief
from briefing.cli import main


def _check_bad_file(path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Write ``text`` to ``path``, check it, and return the problem lines (exit status 1)."""
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    return capsys.readouterr().out.splitlines()


def test_good_briefs_pass(briefs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(briefs_dir)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "checked 2 briefs: 2 ok, 0 with problems" in captured.err


def test_a_bad_brief_is_reported_with_file_and_line_and_fails(
    briefs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = briefs_dir / "bad.yaml"
    bad.write_text("format: 1\nid: bad\ntitle: [oops\n", encoding="utf-8")
    assert main(["check", str(briefs_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0].startswith(f"{bad}:")
    assert "invalid YAML" in out[0]


def test_missing_fields_each_get_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "thin.yaml"
    out = _check_bad_file(bad, "format: 1\nid: thin\n", capsys)
    assert f"{bad}:1: missing field 'title'" in out
    assert f"{bad}:1: missing field 'source'" in out


def test_a_type_error_does_not_hide_an_unknown_speaker_in_the_same_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        dump_brief(make_brief())
        .replace("  sentence: 2", "  sentence: two")
        .replace("speaker: ana-ruiz", "speaker: nobody")
    )
    out = _check_bad_file(tmp_path / "two.yaml", text, capsys)
    assert len(out) == 2, out
    assert "'statements[2].sentence' must be an integer, not a string" in out[0]
    assert "statement 's3' names unknown speaker 'nobody'" in out[1]


def test_a_file_holding_only_a_string_says_what_it_got(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "scalar.yaml"
    assert _check_bad_file(bad, "just some words\n", capsys) == [
        f"{bad}:1: a brief must be a mapping of fields, not a string"
    ]


def test_an_error_at_the_end_of_a_file_names_its_last_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "short.yaml"
    (line,) = _check_bad_file(bad, 'format: 1\nid: short\ntitle: "never closed\n', capsys)
    assert line.startswith(f"{bad}:3: invalid YAML")


def test_missing_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_committed_briefs_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    repo_briefs = Path(__file__).resolve().parent.parent / "briefs"
    assert main(["check", str(repo_briefs)]) == 0, capsys.readouterr().out


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("briefing ")
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    for command in ("open", "build", "check"):
        assert command in help_text


def test_a_folder_without_a_command_opens_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path] = []

    def fake_run(args: object) -> int:
        opened.append(args.folder)  # type: ignore[attr-defined]
        return 0

    from briefing.commands import open as open_command

    monkeypatch.setattr(open_command, "run", fake_run)
    assert main([str(tmp_path)]) == 0
    assert main([]) == 0
    assert opened == [tmp_path, None]


def test_an_unknown_word_is_a_usage_error_not_an_empty_reader(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["nonsense"])
    assert done.value.code == 2
    assert "'nonsense' is neither a command" in capsys.readouterr().err
