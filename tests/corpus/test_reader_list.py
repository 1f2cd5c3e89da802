"""The reader's list of a folder (``open_shelf``) is the same from the store's saved list
as when it was first made: rows, order, problems, duplicate ids, and a brief shown despite
problems in some disputes (read again from its file when shown)."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.corpus.shelf import open_shelf
from briefing.store import load_briefs

FIXTURES = Path(__file__).resolve().parent.parent / "app" / "fixtures" / "briefs"


def folder_with_problems(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    shutil.copytree(FIXTURES, folder)
    harbour = (folder / "harbour-reopening.yaml").read_text()
    # One dispute points at a statement that does not exist: the rest of the brief shows.
    (folder / "a-partly-bad.yaml").write_text(
        harbour.replace("id: harbour-reopening", "id: partly-bad", 1).replace(
            "a: [s1]", "a: [s99]", 1
        )
    )
    (folder / "broken.yaml").write_text("id: [unclosed\n")
    (folder / "z-duplicate.yaml").write_text(harbour)  # the id harbour-reopening again
    return folder


def test_a_second_open_lists_the_same_rows_and_problems_as_the_first(tmp_path: Path) -> None:
    folder = folder_with_problems(tmp_path)
    first = open_shelf(folder)
    second = open_shelf(folder)
    expected = load_briefs(folder)
    assert [r.id for r in first.rows] == [b.id for b in expected.briefs]
    assert second.rows == first.rows
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems]
    assert [str(p) for p in first.problems] == [str(p) for p in expected.problems]
    partly = second.row("partly-bad")
    assert partly is not None
    brief = second.brief(partly)
    assert brief.id == "partly-bad" and len(brief.contradictions) == 1
    first.close()
    second.close()


def test_a_changed_folder_is_not_listed_from_the_saved_list(tmp_path: Path) -> None:
    folder = folder_with_problems(tmp_path)
    open_shelf(folder).close()
    (folder / "broken.yaml").unlink()
    path = folder / "river-flood.yaml"
    path.write_text(path.read_text().replace("River floods", "Rivers flood", 1))
    shelf = open_shelf(folder)
    river = shelf.row("river-flood")
    assert river is not None and river.title.startswith("Rivers flood")
    assert not any("broken.yaml" in str(p) for p in shelf.problems)
    shelf.close()
