"""Writes never replace what they must not: a FIFO or device target is refused, two builds
into one folder both succeed, a killed build leaves no workers behind, colliding seed ids
never replace each other, a comment is a hand edit, and --force leaves no stale copy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from factories import SEED, make_brief
from tmux_driver import briefing_command

from briefing.atomic import NotARegularFile, atomic_write_text, remove_stale_temp_files
from briefing.brief_yaml import read_brief, write_brief
from briefing.cli import main

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, flock and SIGKILL")


def _seed(folder: Path, name: str, words: str = "We are leaving") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f'date 2021-03-04\n"{words}," Ana Ruiz said.\n', encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- special targets


@posix_only
def test_export_onto_a_fifo_or_a_device_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefs"
    write_brief(make_brief("sample"), folder / "sample.yaml")
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    null = tmp_path / "null.md"
    null.symlink_to("/dev/null")
    for target in (fifo, null):
        assert main(["export", "sample", "--dir", str(folder), "-o", str(target), "--force"]) == 1
        err = capsys.readouterr().err
        assert "not a regular file; refusing to replace it" in err, err
        assert len(err.splitlines()) == 1
    assert fifo.exists() and not fifo.is_file()
    assert null.is_symlink() and os.readlink(null) == "/dev/null"


@posix_only
def test_an_atomic_write_replaces_only_a_regular_file_or_a_new_path(tmp_path: Path) -> None:
    atomic_write_text(tmp_path / "new.txt", "a")
    atomic_write_text(tmp_path / "new.txt", "b")
    assert (tmp_path / "new.txt").read_text() == "b"
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(NotARegularFile, match="FIFO"):
        atomic_write_text(tmp_path / "pipe", "x")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@posix_only
def test_build_never_reads_or_replaces_a_fifo_where_a_brief_goes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = _seed(tmp_path / "seeds", "story.txt")
    out = tmp_path / "briefs"
    out.mkdir()
    os.mkfifo(out / "story.yaml")
    assert main(["build", str(seed), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "story.yaml is a FIFO (named pipe); not replaced" in err
    assert not (out / "story.yaml").is_file()


# ---------------------------------------------------------------------------- concurrency


@posix_only
def test_cleanup_never_deletes_a_temp_file_a_live_writer_holds(tmp_path: Path) -> None:
    """The race behind "two builds into one folder": one build starts (and cleans up) while
    the other is between creating its temp file and renaming it."""
    import briefing.atomic as atomic

    target = tmp_path / "brief.yaml"
    writing = threading.Event()
    cleaned = threading.Event()
    real_fdopen = os.fdopen

    def slow_fdopen(fd: int, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        writing.set()
        assert cleaned.wait(10)
        return real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]

    errors: list[BaseException] = []

    def write() -> None:
        try:
            atomic.atomic_write_text(target, "whole\n")
        except BaseException as exc:
            errors.append(exc)

    stale = tmp_path / ".brief.yaml.killed.tmp"
    stale.write_text("half")  # what a killed build leaves
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomic.os, "fdopen", slow_fdopen)
        writer = threading.Thread(target=write)
        writer.start()
        assert writing.wait(10)
        remove_stale_temp_files(tmp_path, ".*.yaml.*.tmp")
        cleaned.set()
        writer.join(10)
    assert errors == []
    assert target.read_text() == "whole\n"
    assert not stale.exists()


@posix_only
def test_two_builds_into_one_folder_both_succeed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    for i in range(60):
        _seed(seeds, f"s{i:02d}.txt", f"Statement {i} is here")
    out = tmp_path / "briefs"
    command = [briefing_command(), "build", str(seeds), "-o", str(out), "-q"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    results = [(p.wait(60), p.stderr.read() if p.stderr else "") for p in (first, second)]
    assert results == [(0, ""), (0, "")]
    assert len(list(out.glob("*.yaml"))) == 60
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_a_brief_another_build_writes_mid_placement_is_not_a_hand_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same race, made certain: the target is absent when the id is checked and written
    by the other build before this one looks at it again."""
    import briefing.build_runner as build_runner

    rendered = build_runner.render_seed(_seed(tmp_path / "seeds", "story.txt"))
    out = tmp_path / "briefs"
    out.mkdir()
    real_state = build_runner._on_disk_state

    def other_build_writes_first(target: Path, disk: object) -> str:
        atomic_write_text(target, rendered.yaml_text)
        return real_state(target, disk)  # type: ignore[arg-type]

    monkeypatch.setattr(build_runner, "_on_disk_state", other_build_writes_first)
    result = build_runner._place(rendered, out, False, {})
    assert result.outcome is build_runner.Outcome.UNCHANGED
    assert sorted(p.name for p in out.iterdir()) == ["story.yaml"]


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_killing_a_parallel_build_leaves_no_workers(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    text = SEED.read_text(encoding="utf-8")
    seeds.mkdir()
    for i in range(400):
        (seeds / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    build = subprocess.Popen(
        [briefing_command(), "build", str(seeds), "-o", str(tmp_path / "out"), "-j", "2", "-q"]
    )
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.05)
        workers = _children(build.pid)
    assert len(workers) >= 2, "the build never started its workers"
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "workers outlived their build"


# ---------------------------------------------------------------------------- ids


def test_seeds_whose_names_slug_alike_in_one_run_all_get_briefs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    names = ["Новости.txt", "新闻.txt", "أخبار.txt", "US News.txt", "us-news.txt", "Café.txt"]
    for n, name in enumerate(names):
        _seed(seeds, name, f"Statement number {n}")
    out = tmp_path / "briefs"
    assert main(["build", str(seeds), "-o", str(out)]) == 0
    briefs = [read_brief(p) for p in out.glob("*.yaml")]
    assert sorted(b.source.file for b in briefs) == sorted(names)
    ids = {b.source.file: b.id for b in briefs}
    assert len(set(ids.values())) == len(names)
    assert ids["Café.txt"] == "cafe"
    assert ids["us-news.txt"] == "us-news" or ids["US News.txt"] == "us-news"
    assert all(i.startswith("brief-") for f, i in ids.items() if not f[0].isascii())
    assert "is taken by" in capsys.readouterr().err


def test_a_seed_whose_id_was_built_from_another_seed_in_an_earlier_run_gets_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "briefs"
    first = _seed(tmp_path / "one", "us-news.txt", "First story")
    second = _seed(tmp_path / "two", "US News.txt", "Second story")
    assert main(["build", str(first), "-o", str(out)]) == 0
    assert main(["build", str(second), "-o", str(out)]) == 0
    assert read_brief(out / "us-news.yaml").source.file == "us-news.txt"
    (other,) = [p for p in out.glob("us-news-*.yaml")]
    assert read_brief(other).source.file == "US News.txt"
    # The same run again changes nothing: the suffix comes from the name, not the order.
    capsys.readouterr()
    assert main(["build", str(first), str(second), "-o", str(out)]) == 0
    assert "built 0, unchanged 2" in capsys.readouterr().err
    assert len(list(out.glob("*.yaml"))) == 2


# ---------------------------------------------------------------------------- hand edits


def test_a_hand_edit_that_only_adds_a_comment_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = _seed(tmp_path / "seeds", "story.txt")
    out = tmp_path / "briefs"
    assert main(["build", str(seed), "-o", str(out)]) == 0
    target = out / "story.yaml"
    commented = target.read_text(encoding="utf-8").replace(
        "\ntitle:", "\n# checked against the paper edition\ntitle:", 1
    )
    target.write_text(commented, encoding="utf-8")
    _seed(tmp_path / "seeds", "story.txt", "We are staying")
    assert main(["build", str(seed), "-o", str(out)]) == 0
    assert target.read_text(encoding="utf-8") == commented
    assert (out / "story.new.yaml").is_file()
    assert "kept: " in capsys.readouterr().err


def test_force_leaves_no_stale_new_copy(tmp_path: Path) -> None:
    seed = _seed(tmp_path / "seeds", "story.txt")
    out = tmp_path / "briefs"
    assert main(["build", str(seed), "-o", str(out)]) == 0
    target = out / "story.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    assert main(["build", str(seed), "-o", str(out)]) == 0
    assert (out / "story.new.yaml").is_file()
    assert main(["build", str(seed), "-o", str(out), "--force"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["story.yaml"]
    assert "# mine" not in target.read_text(encoding="utf-8")
