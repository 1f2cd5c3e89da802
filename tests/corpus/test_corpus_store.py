"""The corpus store follows the folder (added, changed, removed briefs) and is never
trusted when it is damaged, foreign or unusable: the YAML files decide."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import write_brief
from briefing.cli import main
from briefing.corpus.folder import open_corpus
from briefing.corpus.location import store_paths


def titles(folder: Path) -> set[str]:
    corpus = open_corpus(folder)
    found = {corpus.brief(entry).title for entry in corpus.briefs_newest_first()}
    corpus.close()
    return found


def hit_titles(folder: Path, query: str) -> list[str]:
    corpus = open_corpus(folder)
    found = [hit.brief_title for hit in corpus.search_index().search(query)]
    corpus.close()
    return found


def briefs_store(private_cache: Path, folder: Path) -> Path:
    return store_paths(folder, private_cache / "briefing")[0]


def test_added_changed_and_removed_briefs_are_followed(briefs_dir: Path) -> None:
    assert titles(briefs_dir) == {"A newer story", "An older story"}
    write_brief(make_brief("third", dt.date(2023, 1, 1), "A third story"), briefs_dir / "t.yaml")
    path = briefs_dir / "older.yaml"
    path.write_text(path.read_text().replace("An older story", "A retold story"))
    (briefs_dir / "newer.yaml").unlink()
    corpus = open_corpus(briefs_dir)
    assert corpus.parsed == 2  # the new brief and the changed one, nothing else
    corpus.close()
    assert titles(briefs_dir) == {"A third story", "A retold story"}


def test_an_edit_keeping_size_and_mtime_is_never_shown_stale(briefs_dir: Path) -> None:
    hit_titles(briefs_dir, "story")
    path = briefs_dir / "newer.yaml"
    before = path.stat()
    path.write_text(path.read_text().replace("A newer story", "A fresh story"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert "A fresh story" in titles(briefs_dir)
    assert "A fresh story" in hit_titles(briefs_dir, "fresh")


@pytest.mark.parametrize("keep_stamp", [False, True])
def test_a_settled_folder_still_sees_every_edit(
    briefs_dir: Path, monkeypatch: pytest.MonkeyPatch, keep_stamp: bool
) -> None:
    from briefing.corpus import briefs_store as stored

    # Files count as settled at once (not only two seconds after they were written), so
    # the second open takes the shortcut that stats files and reads nothing else.
    monkeypatch.setattr(stored, "_RACY_NS", 0)
    assert titles(briefs_dir) == {"A newer story", "An older story"}
    corpus = open_corpus(briefs_dir)
    assert corpus.parsed == 0
    corpus.close()
    time.sleep(0.05)  # past the file system's timestamp granularity
    path = briefs_dir / "newer.yaml"
    before = path.stat()
    path.write_text(path.read_text().replace("A newer story", "A fresh story"))
    if keep_stamp:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert "A fresh story" in titles(briefs_dir)
    assert "A fresh story" in hit_titles(briefs_dir, "fresh")
    (briefs_dir / "older.yaml").unlink()
    assert titles(briefs_dir) == {"A fresh story"}


def test_the_reader_order_and_duplicates_match_loading_the_yaml(briefs_dir: Path) -> None:
    write_brief(make_brief("older", dt.date(2019, 1, 1), "A copy"), briefs_dir / "z.yaml")
    corpus = open_corpus(briefs_dir)
    assert [e.brief_id for e in corpus.briefs_newest_first()] == ["newer", "older"]
    (problem,) = corpus.problems
    assert str(problem).startswith(f"{briefs_dir / 'z.yaml'}: brief id 'older' is already used")
    corpus.close()


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def _zero(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def _other_version(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE meta SET value = '0.0' WHERE key = 'version'")
        connection.commit()


def _other_folder(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE meta SET value = '/elsewhere' WHERE key = 'folder'")
        connection.commit()


@pytest.mark.parametrize("damage", [_truncate, _zero, _other_version, _other_folder])
def test_a_damaged_or_foreign_store_is_rebuilt_with_one_notice(
    private_cache: Path, briefs_dir: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    assert main(["search", "story", str(briefs_dir)]) == 0
    hits = capsys.readouterr().out
    assert callable(damage)
    damage(briefs_store(private_cache, briefs_dir))
    assert main(["search", "story", str(briefs_dir)]) == 0
    captured = capsys.readouterr()
    assert captured.out == hits
    (notice,) = captured.err.splitlines()
    assert notice.startswith("briefing: corpus store rebuilt (")
    assert main(["search", "story", str(briefs_dir)]) == 0
    assert capsys.readouterr().err == ""  # repaired


def _folder_in_place(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _symlink_elsewhere(path: Path) -> None:
    target = path.parent.parent.parent / "elsewhere.db"
    target.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(target)


@pytest.mark.parametrize(
    ("damage", "says"),
    [(_folder_in_place, "is a folder"), (_symlink_elsewhere, "is a symlink")],
)
def test_a_store_that_is_not_a_file_of_ours_is_left_alone_and_bypassed(
    private_cache: Path,
    briefs_dir: Path,
    capsys: pytest.CaptureFixture[str],
    damage: object,
    says: str,
) -> None:
    assert main(["search", "story", str(briefs_dir)]) == 0
    hits = capsys.readouterr().out
    path = briefs_store(private_cache, briefs_dir)
    assert callable(damage)
    damage(path)
    before = path.lstat()
    assert main(["search", "story", str(briefs_dir)]) == 0
    captured = capsys.readouterr()
    assert captured.out == hits
    (notice,) = captured.err.splitlines()
    assert says in notice
    assert "reading the YAML files" in notice
    assert path.lstat().st_mode == before.st_mode  # not deleted, not replaced


def test_a_read_only_store_is_read_while_current_and_bypassed_when_stale(
    briefs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.corpus.folder

    assert main(["search", "story", str(briefs_dir)]) == 0
    hits = capsys.readouterr().out
    # As if chmod 444 (which root, running CI here, would ignore).
    monkeypatch.setattr(briefing.corpus.folder, "_writable", lambda path: False)
    assert main(["search", "story", str(briefs_dir)]) == 0
    assert capsys.readouterr() == (hits, "")
    write_brief(make_brief("third", None, "A third story"), briefs_dir / "third.yaml")
    assert main(["search", "third", str(briefs_dir)]) == 0
    captured = capsys.readouterr()
    assert " third " in captured.out
    (notice,) = captured.err.splitlines()
    assert "read-only" in notice


def test_a_store_locked_by_a_writer_is_read_when_current_and_bypassed_when_not(
    private_cache: Path,
    briefs_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.corpus import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    assert main(["search", "story", str(briefs_dir)]) == 0
    writer = sqlite3.connect(briefs_store(private_cache, briefs_dir), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process building
    try:
        capsys.readouterr()
        assert main(["search", "story", str(briefs_dir)]) == 0  # nothing to write: no wait
        assert capsys.readouterr().err == ""
        write_brief(make_brief("third", None, "A third story"), briefs_dir / "third.yaml")
        assert main(["search", "story", str(briefs_dir)]) == 0
        captured = capsys.readouterr()
        assert " third " in captured.out
        (notice,) = captured.err.splitlines()
        assert "another briefing is updating it" in notice
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_reader_keeps_its_index_while_a_new_one_replaces_it(briefs_dir: Path) -> None:
    reader = open_corpus(briefs_dir)
    index = reader.search_index()
    write_brief(make_brief("third", None, "A third story"), briefs_dir / "third.yaml")
    writer = open_corpus(briefs_dir)
    assert len(writer.search_index().search("third")) == 3
    assert index.search("third") == []  # its own snapshot, whole
    assert len(index.search("story")) == 6
    reader.close()
    writer.close()


def test_without_a_cache_the_corpus_reads_the_yaml(
    briefs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    corpus = open_corpus(briefs_dir)
    assert not corpus.stored
    assert "turned off" in corpus.notice
    assert {hit.brief_id for hit in corpus.search_index().search("story")} == {"newer", "older"}


def test_contents_no_file_holds_are_dropped(private_cache: Path, briefs_dir: Path) -> None:
    open_corpus(briefs_dir).close()
    path = briefs_dir / "older.yaml"
    path.write_text(path.read_text().replace("An older story", "A retold story"))
    (briefs_dir / "newer.yaml").unlink()
    open_corpus(briefs_dir).close()
    store = briefs_store(private_cache, briefs_dir)
    with contextlib.closing(sqlite3.connect(store)) as connection:
        counts = [
            connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("files", "briefs", "payloads")
        ]
    assert counts == [1, 1, 1]


def test_the_store_lists_the_files_that_loading_lists(tmp_path: Path) -> None:
    from briefing.corpus.briefs_store import brief_names
    from briefing.store import brief_files

    for name in ["a.yaml", "b.yml", ".hidden.yaml", "c.new.yaml", "d.new.yml", "e.txt", "é.yaml"]:
        (tmp_path / name).write_text("")
    assert brief_names(tmp_path) == [path.name for path in brief_files(tmp_path)]
    assert brief_names(tmp_path / "missing") == []
