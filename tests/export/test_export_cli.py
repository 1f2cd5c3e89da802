"""``briefing export``: stdout, -o FILE, --all, and one-line errors with exit status 1."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from export_helpers import bridge_brief

from briefing import export
from briefing.cli import main
from briefing.export import brief_to_markdown


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["export", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def _one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("briefing: ")
    assert "Traceback" not in err
    return lines[0]


def test_id_exports_to_stdout(briefs_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "bridge", "--dir", str(briefs_folder))
    assert status == 0
    assert out == brief_to_markdown(bridge_brief())


def test_dash_output_is_stdout(briefs_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", "-")
    assert status == 0
    assert out == brief_to_markdown(bridge_brief())


def test_id_is_found_even_when_the_file_is_named_otherwise(
    briefs_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "bridge-followup", "--dir", str(briefs_folder))
    assert status == 0
    assert out.startswith("# Bridge: a week later\n")


def test_brief_file_path_is_accepted(
    briefs_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, str(briefs_folder / "bridge.yaml"))
    assert status == 0
    assert out == brief_to_markdown(bridge_brief())


def test_output_file_is_written(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bridge.md"
    status, out, err = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", str(target))
    assert status == 0
    assert out == ""
    assert str(target) in err
    assert target.read_text(encoding="utf-8") == brief_to_markdown(bridge_brief())


def test_output_folder_gets_id_dot_md(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    status, _, _ = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", str(folder))
    assert status == 0
    assert (folder / "bridge.md").is_file()


def test_existing_output_file_is_refused_without_force(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bridge.md"
    target.write_text("mine", encoding="utf-8")
    status, _, err = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", str(target))
    assert status == 1
    assert "--force" in _one_error_line(err)
    assert target.read_text(encoding="utf-8") == "mine"


def test_force_overwrites_the_output_file(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bridge.md"
    target.write_text("mine", encoding="utf-8")
    argv = ("bridge", "--dir", str(briefs_folder), "-o", str(target), "--force")
    status, _, _ = _run(capsys, *argv)
    assert status == 0
    assert target.read_text(encoding="utf-8") == brief_to_markdown(bridge_brief())


def test_all_writes_every_brief_into_exports_by_default(
    briefs_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = _run(capsys, "--all", "--dir", str(briefs_folder))
    assert status == 0
    assert sorted(os.listdir(tmp_path / "exports")) == ["bridge-followup.md", "bridge.md"]
    assert "exported 2 briefs" in err


def test_all_writes_into_the_output_folder(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "md"
    status, _, _ = _run(capsys, "--all", "--dir", str(briefs_folder), "-o", str(folder))
    assert status == 0
    assert (folder / "bridge.md").read_text(encoding="utf-8") == brief_to_markdown(bridge_brief())


def test_all_refuses_before_writing_anything_if_one_file_exists(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "bridge.md").write_text("mine", encoding="utf-8")
    status, _, err = _run(capsys, "--all", "--dir", str(briefs_folder), "-o", str(folder))
    assert status == 1
    assert "--force" in _one_error_line(err)
    assert os.listdir(folder) == ["bridge.md"]
    assert (folder / "bridge.md").read_text(encoding="utf-8") == "mine"


def test_all_with_force_overwrites(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "bridge.md").write_text("mine", encoding="utf-8")
    argv = ("--all", "--dir", str(briefs_folder), "-o", str(folder), "--force")
    assert _run(capsys, *argv)[0] == 0
    assert (folder / "bridge.md").read_text(encoding="utf-8") == brief_to_markdown(bridge_brief())


def test_all_to_stdout_is_refused(briefs_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, "--all", "--dir", str(briefs_folder), "-o", "-")
    assert status == 1
    _one_error_line(err)


def test_unknown_id_exits_1_and_suggests_close_ids(
    briefs_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "brigde", "--dir", str(briefs_folder))
    assert status == 1
    assert out == ""
    line = _one_error_line(err)
    assert "'brigde'" in line and "did you mean bridge" in line


def test_hostile_id_is_not_looked_up_as_a_path(
    briefs_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "../../nowhere/passwd", "--dir", str(briefs_folder))
    assert status == 1
    assert out == ""
    _one_error_line(err)


def test_bad_brief_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: [\n", encoding="utf-8")
    status, _, err = _run(capsys, str(bad))
    assert status == 1
    assert str(bad) in _one_error_line(err)


@pytest.mark.parametrize(
    ("code", "words"), [(errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full")]
)
def test_write_failure_is_one_line_not_a_traceback(
    briefs_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    words: str,
) -> None:
    def fail(path: Path, text: str) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export, "atomic_write_text", fail)
    target = tmp_path / "bridge.md"
    status, _, err = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", str(target))
    assert status == 1
    assert words in _one_error_line(err)
    assert not target.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_one_line(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        status, _, err = _run(capsys, "--all", "--dir", str(briefs_folder), "-o", str(folder))
    finally:
        folder.chmod(0o755)
    assert status == 1
    assert "cannot write" in _one_error_line(err)


def test_missing_brief_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys)
    assert status == 2
    _one_error_line(err)


def test_output_under_a_file_is_one_line(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    target = tmp_path / "plain.txt" / "bridge.md"
    status, _, err = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", str(target))
    assert status == 1
    assert "cannot write" in _one_error_line(err)


def test_missing_output_folder_is_an_error_not_created(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nonexist" / "dir" / "x.md"
    status, _, err = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", str(target))
    assert status == 1
    line = _one_error_line(err)
    assert str(target) in line and "does not exist" in line
    assert not (tmp_path / "nonexist").exists()


def test_output_ending_in_a_slash_must_be_an_existing_folder(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wanted = f"{tmp_path / 'newdir'}/"
    status, _, err = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", wanted)
    assert status == 1
    assert "newdir" in _one_error_line(err)
    assert not (tmp_path / "newdir").exists()


def test_output_path_is_used_as_given_even_outside_the_working_folder(
    briefs_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # -o is the user's own path, like `pandoc -o` or `cp`; the folder rule is for names
    # made from brief ids (see docs/export.md).
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    status, _, _ = _run(capsys, "bridge", "--dir", str(briefs_folder), "-o", "../up.md")
    assert status == 0
    assert (tmp_path / "up.md").read_text(encoding="utf-8") == brief_to_markdown(bridge_brief())


def test_help_says_where_output_goes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "used as given" in help_text
    assert "folder must exist" in help_text


def test_all_creates_its_output_folder_but_not_missing_parents(
    briefs_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nonexist" / "md"
    status, _, err = _run(capsys, "--all", "--dir", str(briefs_folder), "-o", str(folder))
    assert status == 1
    line = _one_error_line(err)
    assert str(tmp_path / "nonexist") in line and "does not exist" in line
    assert not (tmp_path / "nonexist").exists()
