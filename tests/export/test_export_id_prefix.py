"""``briefing export PREFIX``: a unique start of an id is enough; otherwise one line that
names the candidates or the nearest id."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import write_brief
from briefing.cli import main
from briefing.export import brief_to_markdown


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    for brief_id in ("2020-iraq-troops", "2020-iran-strike", "2021-harbour"):
        write_brief(make_brief(brief_id), folder / f"{brief_id}.yaml")
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["export", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_unique_prefix_exports_that_brief(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "2021", "--dir", str(folder))
    assert (status, err) == (0, "")
    assert out == brief_to_markdown(make_brief("2021-harbour"))


def test_an_ambiguous_prefix_names_the_candidates_in_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "2020-ir", "--dir", str(folder))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "briefing: '2020-ir' is the start of 2 brief ids (2020-iran-strike, "
        "2020-iraq-troops); type more of the id"
    ]


def test_no_match_suggests_the_nearest_id_in_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "2021-harbor", "--dir", str(folder))
    assert (status, out) == (1, "")
    (line,) = err.splitlines()
    assert line.startswith("briefing: no brief with id '2021-harbor'")
    assert "did you mean 2021-harbour" in line


def test_an_exact_id_wins_over_a_longer_one_it_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefs"
    write_brief(make_brief("harbour"), folder / "a.yaml")  # not at <id>.yaml: a full scan
    write_brief(make_brief("harbour-two"), folder / "b.yaml")
    status, out, _ = _run(capsys, "harbour", "--dir", str(folder))
    assert status == 0
    assert out == brief_to_markdown(make_brief("harbour"))
