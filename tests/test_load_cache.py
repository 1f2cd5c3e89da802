"""The load cache makes a second open fast and never shows stale or invalid briefs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from factories import make_brief

from briefing import store
from briefing.brief_yaml import write_brief
from briefing.store import load_briefs


@pytest.fixture
def yaml_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = store.read_brief_and_data

    def counting(path: Path):  # type: ignore[no-untyped-def]
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(store, "read_brief_and_data", counting)
    return parsed


def test_second_load_reads_the_cache_not_the_yaml(
    briefs_dir: Path, yaml_parses: list[Path]
) -> None:
    first = load_briefs(briefs_dir)
    assert len(yaml_parses) == 2
    second = load_briefs(briefs_dir)
    assert len(yaml_parses) == 2
    assert second.briefs == first.briefs
    assert [b.fingerprint for b in second.briefs] == [b.fingerprint for b in first.briefs]


def test_an_edited_brief_is_read_again(briefs_dir: Path, yaml_parses: list[Path]) -> None:
    load_briefs(briefs_dir)
    path = briefs_dir / "older.yaml"
    path.write_text(path.read_text().replace("An older story", "A retitled story"))
    os.utime(path, ns=(1, 1))  # even with an odd mtime, a new size or mtime means re-read
    titles = [b.title for b in load_briefs(briefs_dir).briefs]
    assert "A retitled story" in titles
    assert yaml_parses[-1] == path


def test_a_tampered_cache_entry_falls_back_to_the_file(
    private_cache: Path, briefs_dir: Path
) -> None:
    load_briefs(briefs_dir)
    (entry,) = [p for p in private_cache.rglob("newer.yaml.json")]
    header, body = entry.read_text().split("\n", 1)
    data = json.loads(body)
    data["statements"][0]["spans"] = [[0, 999999]]
    entry.write_text(f"{header}\n{json.dumps(data)}")
    result = load_briefs(briefs_dir)
    assert result.problems == []
    assert {b.id for b in result.briefs} == {"newer", "older"}


def test_entries_of_deleted_briefs_are_pruned(private_cache: Path, briefs_dir: Path) -> None:
    load_briefs(briefs_dir)
    (briefs_dir / "older.yaml").unlink()
    load_briefs(briefs_dir)
    assert [p.name for p in private_cache.rglob("*.json")] == ["newer.yaml.json"]


def test_the_cache_can_be_turned_off(
    private_cache: Path, briefs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert len(load_briefs(briefs_dir).briefs) == 2
    assert not list(private_cache.rglob("*.json"))


def test_an_unwritable_cache_costs_speed_not_briefs(
    tmp_path: Path, briefs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "cache-is-a-file"
    not_a_folder.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    write_brief(make_brief("third"), briefs_dir / "third.yaml")
    assert len(load_briefs(briefs_dir).briefs) == 3
    assert len(load_briefs(briefs_dir).briefs) == 3


def test_a_tampered_entry_that_is_still_a_valid_brief_is_not_used(
    private_cache: Path, briefs_dir: Path
) -> None:
    load_briefs(briefs_dir)
    (entry,) = private_cache.rglob("newer.yaml.json")
    entry.write_text(entry.read_text().replace("A newer story", "A forged story"))
    titles = {b.title for b in load_briefs(briefs_dir).briefs}
    assert titles == {"A newer story", "An older story"}


def test_an_edit_that_keeps_size_and_mtime_is_seen(briefs_dir: Path) -> None:
    load_briefs(briefs_dir)
    path = briefs_dir / "newer.yaml"
    before = path.stat()
    path.write_text(path.read_text().replace("A newer story", "A fresh story"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert "A fresh story" in {b.title for b in load_briefs(briefs_dir).briefs}


def test_a_huge_cache_entry_is_not_read(private_cache: Path, briefs_dir: Path) -> None:
    import tracemalloc

    load_briefs(briefs_dir)
    (entry,) = private_cache.rglob("newer.yaml.json")
    with entry.open("r+b") as handle:
        handle.truncate(1 << 30)  # sparse: a gigabyte that takes no disk
    tracemalloc.start()
    result = load_briefs(briefs_dir)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert {b.id for b in result.briefs} == {"newer", "older"}
    assert peak < 100 * 2**20


def test_cleanup_never_follows_a_symlinked_cache_folder(
    private_cache: Path, briefs_dir: Path, tmp_path: Path
) -> None:
    load_briefs(briefs_dir)
    (entry,) = private_cache.rglob("newer.yaml.json")
    folder = entry.parent
    elsewhere = tmp_path / "documents"
    elsewhere.mkdir()
    (elsewhere / "notes.json").write_text("{}")
    (elsewhere / "gone.yaml.json").write_text(entry.read_text())
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    folder.symlink_to(elsewhere)
    assert len(load_briefs(briefs_dir).briefs) == 2
    assert sorted(p.name for p in elsewhere.iterdir()) == ["gone.yaml.json", "notes.json"]


def test_cleanup_never_deletes_a_file_it_did_not_write(
    private_cache: Path, briefs_dir: Path
) -> None:
    load_briefs(briefs_dir)
    (entry,) = private_cache.rglob("newer.yaml.json")
    stray = entry.parent / "mine.yaml.json"
    stray.write_text('{"a user file": true}')
    load_briefs(briefs_dir)
    assert stray.exists()
