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
    data = json.loads(entry.read_text())
    data["data"]["statements"][0]["spans"] = [[0, 999999]]
    entry.write_text(json.dumps(data))
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
