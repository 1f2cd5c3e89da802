"""`briefing check` parses a brief again only when its content changed, unless --all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.corpus import briefs_store


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = briefs_store.parse_bytes

    def counting(raw: bytes, path: Path):  # type: ignore[no-untyped-def]
        parsed.append(path)
        return real(raw, path)

    monkeypatch.setattr(briefs_store, "parse_bytes", counting)
    return parsed


def test_a_second_check_parses_nothing_and_says_so(
    briefs_dir: Path, parses: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(briefs_dir)]) == 0
    assert len(parses) == 2
    capsys.readouterr()
    assert main(["check", str(briefs_dir)]) == 0
    assert len(parses) == 2
    assert "checked 2 briefs: 2 ok, 0 with problems (2 unchanged" in capsys.readouterr().err


def test_a_changed_brief_is_parsed_again_even_with_the_same_size_and_mtime(
    briefs_dir: Path, parses: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(briefs_dir)]) == 0
    path = briefs_dir / "newer.yaml"
    before = path.stat()
    path.write_text(path.read_text().replace("id: newer", "id: NEWER"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert main(["check", str(briefs_dir)]) == 1
    assert parses[-1] == path
    assert capsys.readouterr().out.startswith(f"{path}:")


def test_a_bad_brief_is_reported_every_time(
    briefs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (briefs_dir / "bad.yaml").write_text("format: 1\nid: [oops\n", encoding="utf-8")
    assert main(["check", str(briefs_dir)]) == 1
    first = capsys.readouterr().out
    assert main(["check", str(briefs_dir)]) == 1
    assert capsys.readouterr().out == first
    assert first.startswith(f"{briefs_dir / 'bad.yaml'}:2: invalid YAML")


def test_all_parses_every_brief(
    briefs_dir: Path, parses: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import brief_yaml

    read: list[Path] = []
    real = brief_yaml.read_brief
    monkeypatch.setattr(brief_yaml, "read_brief", lambda path: read.append(path) or real(path))
    assert main(["check", str(briefs_dir)]) == 0
    assert main(["check", "--all", str(briefs_dir)]) == 0
    assert len(parses) == 2
    assert sorted(read) == sorted(briefs_dir.glob("*.yaml"))
