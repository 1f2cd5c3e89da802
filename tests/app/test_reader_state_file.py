"""The state file: kept between runs, and anything odd in it ignored with one problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.reader_state import (
    MAX_STATE_BYTES,
    ReaderState,
    load_state,
    save_state,
    state_path,
    write_crash_log,
)


def test_state_round_trips_through_the_xdg_state_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    state = ReaderState("nord", "harbour", "quotes", "esper", "title").with_read("a")
    assert save_state(state.with_read("b").with_read("a")) is None
    assert state_path() == tmp_path / "briefing" / "state.json"
    loaded, problem = load_state()
    assert problem is None
    assert loaded == ReaderState("nord", "harbour", "quotes", "esper", "title", ("a", "b"))


def test_no_state_file_is_a_fresh_start_without_a_problem(tmp_path: Path) -> None:
    assert load_state(tmp_path / "missing.json") == (ReaderState(), None)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "Expecting property name"),
        (b"\xff\xfe", "codec"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"read": "abc"}', "unexpected values"),
        (b'{"sort": "[bold]x"}', "unexpected values"),
        (b'{"theme": "' + b"x" * 2000 + b'"}', "unexpected values"),
        (b"[" * 100_000 + b"]" * 100_000, "recursion"),
        (b" " * (MAX_STATE_BYTES + 1), "bigger than"),
    ],
    ids=[
        "not-json",
        "not-utf8",
        "a-list",
        "read-not-list",
        "bad-sort",
        "huge-field",
        "deep",
        "huge",
    ],
)
def test_a_broken_state_file_is_ignored_with_one_problem(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    state, problem = load_state(path)
    assert state == ReaderState()
    assert problem is not None and problem.path == str(path)
    assert reason.lower() in problem.message.lower()


def test_a_folder_or_a_fifo_in_place_of_the_state_file_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "state.json"
    folder.mkdir()
    assert load_state(folder)[1] is not None
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    state, problem = load_state(fifo)  # returns at once: nobody writes the FIFO
    assert state == ReaderState() and problem is not None
    assert "not a regular file" in problem.message


def test_an_unreadable_state_file_is_ignored(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "state.json"
    path.write_text("{}")
    path.chmod(0)
    assert load_state(path)[1] is not None


def test_an_unwritable_state_folder_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    problem = save_state(ReaderState(), blocker / "state.json")
    assert problem is not None and "cannot save" in problem.message


def test_a_crash_log_holds_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    try:
        raise ValueError("boom")
    except ValueError as error:
        log = write_crash_log(error)
    assert log.parent == tmp_path / "briefing"
    text = log.read_text()
    assert "Traceback" in text and "ValueError: boom" in text
