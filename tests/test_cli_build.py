"""`briefing build`: seeds to briefs, safe rebuilds, bad seeds reported, same output for any -j."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factories import SEED

from briefing.brief_yaml import read_brief
from briefing.cli import main


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / "plain.txt").write_text("date 2021-02-03\nA quiet day. Nothing was said.\n")
    return folder


def build(*args: str) -> int:
    return main(["build", *args])


def test_build_writes_one_valid_brief_per_seed(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "briefs"
    assert build(str(seeds), "-o", str(out)) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["000_948dd29d5ac78b5f.yaml", "plain.yaml"]
    brief = read_brief(out / "000_948dd29d5ac78b5f.yaml")
    assert brief.source.text == SEED.read_text(encoding="utf-8").split("2020-01-06 ", 1)[1]
    assert str(brief.date) == "2020-01-06"
    assert "built 2, unchanged 0, kept 0 (edited by hand), failed 0" in capsys.readouterr().err


def test_rebuilding_unchanged_seeds_rewrites_nothing(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "briefs"
    build(str(seeds), "-o", str(out))
    before = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    assert build(str(seeds), "-o", str(out)) == 0
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert "built 0, unchanged 2" in capsys.readouterr().err


def test_a_hand_edited_brief_is_kept_and_the_new_build_goes_beside_it(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "briefs"
    build(str(seeds), "-o", str(out))
    target = out / "plain.yaml"
    edited = target.read_text(encoding="utf-8").replace("title: ", "title: My title — ", 1)
    target.write_text(edited, encoding="utf-8")
    assert build(str(seeds), "-o", str(out)) == 0
    assert target.read_text(encoding="utf-8") == edited
    assert (out / "plain.new.yaml").exists()
    err = capsys.readouterr().err
    assert "edited by hand" in err
    assert "kept 1" in err
    assert build(str(seeds), "-o", str(out), "--force") == 0
    assert "My title" not in target.read_text(encoding="utf-8")


def test_bad_seeds_are_reported_and_the_rest_still_build(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (seeds / "latin1.txt").write_bytes(b"date 2020-01-01\nd\xe9j\xe0 vu")
    out = tmp_path / "briefs"
    assert build(str(seeds), "-o", str(out)) == 1
    err = capsys.readouterr().err.splitlines()
    assert any(line.endswith("empty.txt: seed is empty") for line in err)
    assert any("binary.txt: seed is a binary file" in line for line in err)
    assert any("latin1.txt:2: seed is not UTF-8" in line for line in err)
    assert "failed 3" in err[-1]
    assert sorted(p.name for p in out.iterdir()) == ["000_948dd29d5ac78b5f.yaml", "plain.yaml"]


def test_a_seed_with_only_a_date_line_says_no_article_text_and_writes_no_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = tmp_path / "dateonly.txt"
    seed.write_text("date 2020-05-05\n\n  \n")
    (tmp_path / "other.txt").write_text("date 2020-05-05\nThe mayor said the bridge will open.\n")
    out = tmp_path / "out"
    assert build(str(seed), str(tmp_path / "other.txt"), "-o", str(out)) == 1
    assert f"{seed}: no article text" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["other.yaml"]


def test_parallel_build_writes_identical_briefs(seeds: Path, tmp_path: Path) -> None:
    build(str(seeds), "-o", str(tmp_path / "one"), "-j", "1")
    build(str(seeds), "-o", str(tmp_path / "two"), "-j", "2")
    for path in (tmp_path / "one").iterdir():
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()


def test_missing_seed_path_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build(str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")) == 1
    assert f"{tmp_path / 'nope.txt'}: no such file, folder or URL" in capsys.readouterr().err


def test_briefs_get_ordinary_file_permissions(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    build(str(seeds), "-o", str(out))
    for path in out.iterdir():
        assert path.stat().st_mode & 0o044 == 0o044, "others should be able to read a brief"


def test_a_builder_bug_on_one_seed_is_one_line_and_the_rest_still_build(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.build_runner as build_runner

    real = build_runner.build_brief

    def fails_on_plain(seed):  # type: ignore[no-untyped-def]
        if "quiet day" in seed.body:
            raise TypeError("unsupported operand type(s) for |: 'dict' and 'frozenset'")
        return real(seed)

    monkeypatch.setattr(build_runner, "build_brief", fails_on_plain)
    out = tmp_path / "briefs"
    assert build(str(seeds), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    line = next(line for line in err.splitlines() if "plain.txt" in line)
    assert "could not build this article (internal error TypeError" in line
    assert sorted(p.name for p in out.iterdir()) == ["000_948dd29d5ac78b5f.yaml"]
