"""Loading a folder: newest first, and one bad brief never stops the others."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factories import make_brief

from briefing.brief_yaml import write_brief
from briefing.store import load_briefs


def test_briefs_load_newest_first_with_undated_last(briefs_dir: Path) -> None:
    write_brief(make_brief("undated", None, "No date"), briefs_dir / "undated.yaml")
    result = load_briefs(briefs_dir)
    assert [b.id for b in result.briefs] == ["newer", "older", "undated"]
    assert result.problems == []


def test_one_bad_brief_is_reported_and_the_good_one_still_loads(briefs_dir: Path) -> None:
    (briefs_dir / "older.yaml").write_text("format: 1\nid: older\ntitle: [\n", encoding="utf-8")
    result = load_briefs(briefs_dir)
    assert [b.id for b in result.briefs] == ["newer"]
    assert len(result.problems) == 1
    assert result.problems[0].path.endswith("older.yaml")


def test_binary_and_non_utf8_briefs_are_problems_not_crashes(briefs_dir: Path) -> None:
    (briefs_dir / "bin.yaml").write_bytes(b"\x00\x01\x02\xff")
    (briefs_dir / "latin.yaml").write_bytes(b"title: caf\xe9\n")
    result = load_briefs(briefs_dir)
    assert len(result.briefs) == 2
    assert sorted(Path(p.path).name for p in result.problems) == ["bin.yaml", "latin.yaml"]


def test_duplicate_brief_ids_keep_the_first(briefs_dir: Path) -> None:
    write_brief(make_brief("newer", dt.date(2000, 1, 1), "Same id"), briefs_dir / "zz.yaml")
    result = load_briefs(briefs_dir)
    assert [b.title for b in result.briefs if b.id == "newer"] == ["A newer story"]
    assert "already used by" in result.problems[0].message


def test_new_copies_beside_hand_edited_briefs_are_not_loaded_twice(briefs_dir: Path) -> None:
    write_brief(make_brief("newer"), briefs_dir / "newer.new.yaml")
    assert len(load_briefs(briefs_dir).briefs) == 2


def test_missing_folder_is_one_problem(tmp_path: Path) -> None:
    result = load_briefs(tmp_path / "missing")
    assert result.briefs == []
    assert result.problems[0].message == "no such folder"
