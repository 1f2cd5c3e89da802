"""Stories kept between runs: a second run reads only what changed, and finds the same
stories as a run that kept nothing, whatever happened to the folder or to the store."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import write_brief
from briefing.cli import main
from briefing.corpus import stories_store
from briefing.model import Brief
from briefing.stories import terms
from story_texts import AIRLINE, AIRLINE_TOO, BEAR, BEAR_HOAX, BEAR_TOO, brief

#: Shares no word with the bear articles: editing an airline brief into it changes nothing
#: the bear story is about (its words' rarity in the folder included).
AIRLINE_HOAX = (
    "The report that Saudia will seat passengers apart by gender on flights to Riyadh and "
    "Jeddah is fake, the Saudi Arabia national airline said."
)


def write(folder: Path, *briefs: Brief) -> None:
    for b in briefs:
        write_brief(b, folder / f"{b.id}.yaml")


@pytest.fixture
def briefs_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    day = dt.date(2014, 8, 19)
    write(
        folder,
        brief("b1", BEAR, day),
        brief("b2", BEAR_TOO, day),
        brief("hoax", BEAR_HOAX),
        brief("a1", AIRLINE),
        brief("a2", AIRLINE_TOO),
    )
    return folder


def store_after_a_run(
    folder: Path, cache: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, Path]:
    """The output of a first run, and the stories store it left."""
    first, _ = stories_json(folder, capsys)
    (path,) = (cache / "briefing" / "corpus").glob("*.stories.sqlite3")
    return first, path


def stories_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """One run of ``briefing stories --json`` as a new process would make it (nothing
    remembered in memory): its output and its stderr."""
    terms._read.clear()
    assert main(["stories", str(folder), "--json"]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def cold(folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """The output of a run that keeps nothing (the cache turned off)."""
    with monkeypatch.context() as patch:
        patch.setenv("BRIEFING_NO_CACHE", "1")
        out, _ = stories_json(folder, capsys)
    return out


def count_reads(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[int]]:
    """Texts read for their words, and briefs handed to the dispute rules, from now on."""
    import briefing.stories as stories

    read: list[str] = []
    disputed: list[int] = []
    real_read, real_disputes = terms.read_words, stories.find_disputes

    def read_words(text: str) -> tuple[dict[str, float], frozenset[str]]:
        if "\n" in text:  # a brief's title and article, not one sentence of a dispute rule
            read.append(text)
        return real_read(text)

    monkeypatch.setattr(terms, "read_words", read_words)

    def find_disputes(briefs, *args, **kwargs):  # type: ignore[no-untyped-def]
        disputed.append(len(briefs))
        return real_disputes(briefs, *args, **kwargs)

    monkeypatch.setattr(stories, "find_disputes", find_disputes)
    return read, disputed


def test_a_second_run_reads_no_brief_again_and_prints_the_same_stories(
    briefs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, err = stories_json(briefs_dir, capsys)
    assert err == ""
    assert '"b": [{"brief": "hoax"' in first  # a dispute, so that disputes are kept too
    read, disputed = count_reads(monkeypatch)
    assert stories_json(briefs_dir, capsys) == (first, "")
    assert read == []
    assert disputed == []
    assert first == cold(briefs_dir, capsys, monkeypatch)


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_after_a_change_the_kept_run_equals_a_run_that_kept_nothing(
    change: str,
    briefs_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before, _ = stories_json(briefs_dir, capsys)
    if change == "edit":  # the airline denies: the airline story now has a dispute
        write(briefs_dir, brief("a2", AIRLINE_HOAX))
    elif change == "add":
        write(briefs_dir, brief("a3", AIRLINE_HOAX))
    else:  # the only denier goes: the bear story's dispute with it
        (briefs_dir / "hoax.yaml").unlink()
    read, disputed = count_reads(monkeypatch)
    after, err = stories_json(briefs_dir, capsys)
    if change == "remove":
        assert read == []
    else:  # only the new text is read, only the changed story's disputes found again
        assert read == [terms.brief_text(brief("x", AIRLINE_HOAX))]
    if change == "edit":  # the bear story is about the same words: its disputes are kept
        assert disputed == [2]
    assert err == ""
    assert after != before
    assert after == cold(briefs_dir, capsys, monkeypatch)


def test_a_damaged_store_is_rebuilt_with_one_notice_and_the_same_stories(
    briefs_dir: Path,
    private_cache: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, path = store_after_a_run(briefs_dir, private_cache, capsys)
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    out, err = stories_json(briefs_dir, capsys)
    assert out == first
    (notice,) = err.splitlines()
    assert "stories cache rebuilt" in notice
    read, _ = count_reads(monkeypatch)
    assert stories_json(briefs_dir, capsys) == (first, "")
    assert read == []


def test_a_store_of_other_stories_code_is_not_read(
    briefs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(stories_store, "code_fingerprint", lambda: "older rules")
        stories_json(briefs_dir, capsys)
    read, _ = count_reads(monkeypatch)
    out, err = stories_json(briefs_dir, capsys)
    assert len(read) == 5  # every brief read again by this code
    assert "made by other stories code" in err
    assert out == cold(briefs_dir, capsys, monkeypatch)


def test_a_read_only_store_is_used_and_a_change_still_gives_the_right_stories(
    briefs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = stories_json(briefs_dir, capsys)
    # As if chmod 444 (which root, running CI here, would ignore).
    monkeypatch.setattr(stories_store, "_writable", lambda path: False)
    assert stories_json(briefs_dir, capsys) == (first, "")
    write(briefs_dir, brief("a3", AIRLINE_HOAX))
    out, err = stories_json(briefs_dir, capsys)
    (notice,) = err.splitlines()
    assert "stories cache not updated (read-only)" in notice
    assert out == cold(briefs_dir, capsys, monkeypatch)


def test_a_store_that_is_a_folder_is_left_alone_and_the_stories_found(
    briefs_dir: Path, private_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, path = store_after_a_run(briefs_dir, private_cache, capsys)
    path.unlink()
    path.mkdir()
    out, err = stories_json(briefs_dir, capsys)
    assert out == first
    (notice,) = err.splitlines()
    assert "stories cache not used" in notice and "is a folder" in notice
    assert path.is_dir()


def test_entries_of_briefs_gone_are_dropped_from_the_store(
    briefs_dir: Path, private_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, path = store_after_a_run(briefs_dir, private_cache, capsys)
    for name in ("a1", "a2", "hoax"):
        (briefs_dir / f"{name}.yaml").unlink()
    stories_json(briefs_dir, capsys)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM terms").fetchone() == (2,)
        assert connection.execute("SELECT count(*) FROM disputes").fetchone() == (1,)


def test_kept_disputes_are_whole_their_sides_words_and_spans_included(
    private_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.corpus.stories_store import open_stories_cache
    from briefing.stories import find_stories

    briefs = [brief("b1", BEAR), brief("b2", BEAR_TOO), brief("hoax", BEAR_HOAX)]
    briefs.append(make_brief("memo"))  # statements, speakers: a source quoted denying
    kept = []
    for _ in range(2):
        terms._read.clear()
        with monkeypatch.context() as patch:
            read, disputed = count_reads(patch)
            cache = open_stories_cache([tmp_path])
            kept.append(find_stories(briefs, cache=cache))
            cache.close()
    # the second run took all from the store (a story of one brief has no key: no disputes)
    assert read == [] and all(n == 1 for n in disputed)
    assert kept[0] == kept[1] == find_stories(briefs)
    assert any(d.b[0].span != (0, 0) for s in kept[1] for d in s.disputes)


def test_a_store_another_briefing_is_writing_is_read_and_left_to_it(
    briefs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stories_json(briefs_dir, capsys)
    path, _ = stories_store.stories_path([briefs_dir])
    write(briefs_dir, brief("a3", AIRLINE_HOAX))
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # held through the run below
        out, err = stories_json(briefs_dir, capsys)
    finally:
        writer.close()
    assert err == ""  # nothing to tell: the next run keeps what this one found
    assert out == cold(briefs_dir, capsys, monkeypatch)
    read, _ = count_reads(monkeypatch)
    stories_json(briefs_dir, capsys)
    assert read == [terms.brief_text(brief("x", AIRLINE_HOAX))]
