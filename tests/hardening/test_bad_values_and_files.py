"""One bad file never stops the rest: values YAML accepts but Python cannot build (a date off
the calendar, a 5,000-digit number) and files that are not regular files (FIFO, device,
folder, symlink to /dev/zero) are one `file:line` problem each in every command and the
reader, and every other brief is still used."""

from __future__ import annotations

import os
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import dump_brief, write_brief
from briefing.cli import main
from briefing.errors import InputError
from briefing.seeds import read_seed
from briefing.store import load_briefs

GOOD_IDS = ("good-one", "good-two")

#: (file name, what replaces a line of a good brief): each passes the YAML grammar.
BAD_VALUES = {
    "feb-30.yaml": ("date: '2021-03-04'", "date: 2020-02-30"),
    "month-13.yaml": ("date: '2021-03-04'", "date: 2020-13-01"),
    "year-0.yaml": ("date: '2021-03-04'", "date: 0000-01-01"),
    "long-int.yaml": ("sentence: 2", "sentence: " + "7" * 5000),
    "hex-int.yaml": ("sentence: 2", "sentence: 0x" + "f" * 5000),
    "long-format.yaml": ("format: 1", "format: " + "1" * 5000),
}


def _good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    for brief_id in GOOD_IDS:
        write_brief(make_brief(brief_id), folder / f"{brief_id}.yaml")
    return folder


def _add_bad_values(folder: Path) -> dict[Path, int]:
    """Write each bad-value brief; return where each bad line is."""
    where: dict[Path, int] = {}
    for name, (old, new) in BAD_VALUES.items():
        text = dump_brief(make_brief(name.removesuffix(".yaml")))
        assert old in text
        text = text.replace(old, new)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        where[path] = text.splitlines().index(next(x for x in text.splitlines() if new in x)) + 1
    return where


def _assert_one_line_each(lines: list[str], where: dict[Path, int]) -> None:
    for path, line in where.items():
        mine = [x for x in lines if x.startswith(f"{path}:")]
        assert mine == [mine[0]] and mine[0].startswith(f"{path}:{line}: "), (path, lines)
    assert not any("Traceback" in x for x in lines)


def test_a_date_off_the_calendar_is_a_problem_at_its_line(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    where = _add_bad_values(folder)
    result = load_briefs(folder)
    assert sorted(b.id for b in result.briefs) == sorted(GOOD_IDS)
    _assert_one_line_each([str(p) for p in result.problems], where)
    messages = " ".join(str(p) for p in result.problems)
    assert "'2020-02-30' is not a real date" in messages
    assert "is too long (5,000 characters)" in messages


def test_check_reports_each_bad_value_and_checks_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _good_folder(tmp_path)
    where = _add_bad_values(folder)
    assert main(["check", str(folder)]) == 1
    captured = capsys.readouterr()
    _assert_one_line_each(captured.out.splitlines(), where)
    assert f"checked {len(where) + 2} briefs: 2 ok, {len(where)} with problems" in captured.err


def test_search_and_export_all_still_use_the_good_briefs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _good_folder(tmp_path)
    where = _add_bad_values(folder)
    assert main(["search", "leaving", str(folder)]) == 0
    captured = capsys.readouterr()
    assert {line.split()[3] for line in captured.out.splitlines()} == set(GOOD_IDS)
    _assert_one_line_each(captured.err.splitlines(), where)

    out = tmp_path / "md"
    assert main(["export", "--all", "--dir", str(folder), "-o", str(out)]) == 1
    _assert_one_line_each(capsys.readouterr().err.splitlines(), where)
    assert sorted(p.name for p in out.iterdir()) == ["good-one.md", "good-two.md"]


def test_build_over_a_brief_with_a_bad_date_keeps_it_as_a_hand_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = tmp_path / "story.txt"
    seed.write_text('date 2021-03-04\n"We are leaving," Ana Ruiz said.\n', encoding="utf-8")
    out = tmp_path / "briefs"
    out.mkdir()
    broken = dump_brief(make_brief("story")).replace("date: '2021-03-04'", "date: 2020-02-30")
    (out / "story.yaml").write_text(broken, encoding="utf-8")
    assert main(["build", str(seed), "-o", str(out)]) == 0
    assert (out / "story.yaml").read_text(encoding="utf-8") == broken
    assert (out / "story.new.yaml").is_file()
    assert "Traceback" not in capsys.readouterr().err


# ---------------------------------------------------------------------------- special files


def _add_special_files(folder: Path) -> list[Path]:
    made = []
    zero = folder / "zero.yaml"
    zero.symlink_to("/dev/zero")
    made.append(zero)
    fifo = folder / "pipe.yaml"
    os.mkfifo(fifo)
    made.append(fifo)
    null = folder / "null.yaml"
    null.symlink_to("/dev/null")
    made.append(null)
    sub = folder / "folder.yaml"
    sub.mkdir()
    made.append(sub)
    return made


special_files_supported = pytest.mark.skipif(
    sys.platform == "win32" or not Path("/dev/zero").exists(), reason="needs FIFOs and /dev/zero"
)


@special_files_supported
def test_special_files_are_skipped_in_one_line_each(tmp_path: Path, no_hang: None) -> None:
    folder = _good_folder(tmp_path)
    special = _add_special_files(folder)
    result = load_briefs(folder)
    assert sorted(b.id for b in result.briefs) == sorted(GOOD_IDS)
    by_path = {p.path: p.message for p in result.problems}
    assert set(by_path) == {str(p) for p in special}
    assert "character device" in by_path[str(folder / "zero.yaml")]
    assert "FIFO" in by_path[str(folder / "pipe.yaml")]
    assert "folder" in by_path[str(folder / "folder.yaml")]


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail (rather than hang the suite) if a read blocks on a FIFO or never ends."""

    def give_up(_signum: int, _frame: object) -> None:
        raise TimeoutError("a special file was read")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@special_files_supported
def test_check_given_special_files_by_name_never_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_hang: None
) -> None:
    folder = _good_folder(tmp_path)
    # A folder given by name is a folder to check, not a brief; the rest are named files.
    special = [p for p in _add_special_files(folder) if not p.is_dir()]
    assert main(["check", *map(str, special), str(folder / "good-one.yaml")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(special)
    assert all(re.match(r"^\S+\.yaml: brief is .*not a regular file; skipped$", x) for x in out)


@special_files_supported
def test_a_seed_that_is_a_fifo_or_a_device_is_refused(tmp_path: Path, no_hang: None) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero, Path("/dev/zero")):
        with pytest.raises(InputError, match="not a regular file"):
            read_seed(path)


def test_a_brief_over_the_limit_is_refused_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.brief_yaml as brief_yaml

    monkeypatch.setattr(brief_yaml, "MAX_BRIEF_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text(dump_brief(make_brief("big")) + "#" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="over the 1,000 bytes limit"):
        brief_yaml.read_brief(path)


# ---------------------------------------------------------------------------- the reader


@special_files_supported
async def test_the_reader_loads_the_rest_lists_each_bad_file_under_p_and_quits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_hang: None
) -> None:
    from briefing.app.app import BriefingApp
    from briefing.app.problems_screen import ProblemsScreen

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = _good_folder(tmp_path)
    where = _add_bad_values(folder)
    special = _add_special_files(folder)
    app = BriefingApp(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sorted(b.id for b in app.briefs) == sorted(GOOD_IDS)
        _assert_one_line_each([str(p) for p in app.problems], where)
        assert {p.path for p in app.problems} == {str(p) for p in [*where, *special]}
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("escape", "q")
    assert app.return_code == 0


@special_files_supported
def test_build_reports_special_files_in_a_seed_folder_and_builds_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_hang: None
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text('date 2021-03-04\n"We are leaving," Ana Ruiz said.\n')
    os.mkfifo(seeds / "pipe.txt")
    (seeds / "zero.txt").symlink_to("/dev/zero")
    (seeds / "folder.txt").mkdir()
    out = tmp_path / "briefs"
    assert main(["build", str(seeds), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    for name in ("pipe.txt", "zero.txt", "folder.txt"):
        (line,) = [x for x in err if x.startswith(str(seeds / name))]
        assert line.endswith("not a regular file; skipped"), line
    assert [p.name for p in out.iterdir()] == ["good.yaml"]


def test_an_error_no_check_foresaw_is_one_problem_and_the_rest_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import briefing.brief_yaml as brief_yaml
    import briefing.store as store

    folder = _good_folder(tmp_path)
    real = brief_yaml.read_brief_and_data

    def surprise(path: Path) -> object:
        if path.name == "good-one.yaml":
            raise LookupError("something nobody planned for")
        return real(path)

    monkeypatch.setattr(store, "read_brief_and_data", surprise)
    monkeypatch.setattr(brief_yaml, "read_brief_and_data", surprise)
    import briefing.corpus.briefs_store as briefs_store

    real_parse = briefs_store.parse_bytes

    def surprise_in_store(raw: bytes, path: Path) -> object:
        if path.name == "good-one.yaml":
            raise LookupError("something nobody planned for")
        return real_parse(raw, path)

    monkeypatch.setattr(briefs_store, "parse_bytes", surprise_in_store)
    result = load_briefs(folder)
    assert [b.id for b in result.briefs] == ["good-two"]
    expected = (
        f"{folder / 'good-one.yaml'}: cannot load brief (LookupError: something nobody "
        "planned for); please report"
    )
    assert [str(p) for p in result.problems] == [expected]
    assert main(["check", str(folder)]) == 1
    assert capsys.readouterr().out.splitlines() == [expected]
