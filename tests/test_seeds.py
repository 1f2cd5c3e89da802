"""Reading seed files: the date header, the exact body, and one-line errors for bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import SEED

from briefing.errors import InputError
from briefing.seeds import read_seed, seed_files


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bundled_seed_reads_date_and_body_exactly() -> None:
    seed = read_seed(SEED)
    assert seed.date == dt.date(2020, 1, 6)
    assert seed.body.startswith("US Secretary of Defense Mark Esper stated")
    assert SEED.read_text(encoding="utf-8").endswith(seed.body)
    assert seed.warnings == ()


def test_date_on_its_own_line_is_not_part_of_the_body(tmp_path: Path) -> None:
    seed = read_seed(write(tmp_path, "a.txt", b"date 2016-09-12\nHeadline.\n\nBody."))
    assert seed.date == dt.date(2016, 9, 12)
    assert seed.body == "Headline.\n\nBody."


def test_seed_without_a_date_warns_and_keeps_all_text(tmp_path: Path) -> None:
    seed = read_seed(write(tmp_path, "nodate.txt", b"Just an article."))
    assert seed.date is None
    assert seed.body == "Just an article."
    assert seed.warnings and "nodate.txt:1" in seed.warnings[0]


def test_malformed_date_warns(tmp_path: Path) -> None:
    seed = read_seed(write(tmp_path, "bad.txt", b"date 2020-13-45\nText."))
    assert seed.date is None
    assert seed.body == "Text."
    assert "not YYYY-MM-DD" in seed.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "seed is empty"),
        (b"  \n\t\n", "seed is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "seed is a binary file, not text"),
        (b"date 2020-01-01\ncaf\xe9", "seed is not UTF-8 text"),
    ],
)
def test_unusable_seed_gives_one_line_error_naming_the_file(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as caught:
        read_seed(path)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(str(path))
    assert message in text


def test_non_utf8_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", b"date 2020-01-01\nfine\ncaf\xe9")
    with pytest.raises(InputError) as caught:
        read_seed(path)
    assert str(caught.value).startswith(f"{path}:3: ")


def test_folders_expand_to_their_txt_files_in_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        write(tmp_path, name, b"x")
    assert [p.name for p in seed_files([tmp_path])] == ["a.txt", "b.txt"]
