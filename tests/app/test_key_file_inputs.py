"""A keys.toml that is a folder, a FIFO, huge, or holds control characters: ignored with a
problem naming the file, never a hang or a traceback."""

from __future__ import annotations

import os
from pathlib import Path

from reader_testing import FIXTURE_BRIEFS, settle

from briefing.app.app import BriefingApp
from briefing.keymap import MAX_KEYS_BYTES, load_keymap


def test_a_folder_named_keys_toml_is_a_problem(tmp_path: Path) -> None:
    folder = tmp_path / "keys.toml"
    folder.mkdir()
    keymap, problems = load_keymap(folder)
    assert keymap == {} and len(problems) == 1
    assert problems[0].path == str(folder)


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "keys.toml"
    os.mkfifo(fifo)
    keymap, problems = load_keymap(fifo)
    assert keymap == {} and "not a regular file" in problems[0].message


def test_a_huge_key_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "keys.toml"
    path.write_text("#" * (MAX_KEYS_BYTES + 10))
    keymap, problems = load_keymap(path)
    assert keymap == {} and "bigger than" in problems[0].message


def test_control_characters_in_a_key_are_a_problem_and_other_keys_apply(tmp_path: Path) -> None:
    path = tmp_path / "keys.toml"
    path.write_text('[keys]\n"app.quit" = "\\u001b[2J"\n"app.help" = "h"\n')
    keymap, problems = load_keymap(path)
    assert keymap == {"app.help": "h"}
    assert len(problems) == 1 and "keys.app.quit" in problems[0].message


async def test_many_bad_keys_make_one_notice(tmp_path: Path) -> None:
    path = tmp_path / "keys.toml"
    path.write_text('[keys]\n"a.b" = 1\n"c.d" = 2\n"e.f" = 3\n')
    app = BriefingApp(FIXTURE_BRIEFS, keymap_file=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        (note,) = [n for n in app._notifications if n.title == "Key file ignored"]
        assert "(and 2 more)" in note.message
