"""Export file names stay inside the export folder; writes are atomic and never clobber."""

from __future__ import annotations

import dataclasses
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import atomic
from briefing.export import (
    ExportError,
    brief_to_markdown,
    describe_os_error,
    export_file_name,
    export_path,
    write_export,
)
from briefing.model import Brief

ESCAPING_IDS = [
    "../../etc/passwd",
    "/etc/passwd",
    "..",
    ".",
    "",
    "a/../../b",
    "..\\..\\windows\\system32",
    "~/.bashrc",
    "nul\x00byte",
    "new\nline",
    "\x1b[31mred",
    ".hidden",
    "x" * 500,
]


@pytest.mark.parametrize("brief_id", ESCAPING_IDS)
def test_export_path_never_leaves_the_folder(tmp_path: Path, brief: Brief, brief_id: str) -> None:
    path = export_path(tmp_path, dataclasses.replace(brief, id=brief_id))
    assert path.parent == tmp_path.resolve()
    assert path.suffix == ".md"
    assert not path.name.startswith((".", "-"))
    assert len(path.name) <= 123


def test_dotted_id_keeps_only_its_safe_letters(brief: Brief) -> None:
    assert export_file_name(dataclasses.replace(brief, id="../../etc/passwd")) == "etc-passwd.md"


def test_slug_id_is_the_file_name_unchanged(brief: Brief) -> None:
    assert export_file_name(dataclasses.replace(brief, id="000_948dd29d-x")) == "000_948dd29d-x.md"


def test_id_with_nothing_safe_falls_back_to_brief(brief: Brief) -> None:
    assert export_file_name(dataclasses.replace(brief, id="../..")) == "brief.md"


def test_symlink_in_the_folder_pointing_outside_is_refused(tmp_path: Path, brief: Brief) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "bridge.md").symlink_to(tmp_path / "elsewhere.md")
    with pytest.raises(ExportError, match="outside"):
        export_path(folder, brief)


def test_write_export_writes_the_markdown(tmp_path: Path, brief: Brief) -> None:
    target = tmp_path / "out" / "bridge.md"
    assert write_export(brief, target) == target
    assert target.read_text(encoding="utf-8") == brief_to_markdown(brief)


def test_write_export_refuses_an_existing_file(tmp_path: Path, brief: Brief) -> None:
    target = tmp_path / "bridge.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        write_export(brief, target)
    assert target.read_text(encoding="utf-8") == "mine"


def test_write_export_overwrites_when_asked(tmp_path: Path, brief: Brief) -> None:
    target = tmp_path / "bridge.md"
    target.write_text("mine", encoding="utf-8")
    write_export(brief, target, overwrite=True)
    assert target.read_text(encoding="utf-8") == brief_to_markdown(brief)


def test_write_export_refuses_a_folder(tmp_path: Path, brief: Brief) -> None:
    with pytest.raises(ExportError, match="folder"):
        write_export(brief, tmp_path, overwrite=True)


def test_failed_write_leaves_old_file_and_no_temp_file(
    tmp_path: Path, brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bridge.md"
    target.write_text("old", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_export(brief, target, overwrite=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["bridge.md"]


def test_failed_first_write_leaves_no_file(
    tmp_path: Path, brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_export(brief, tmp_path / "bridge.md")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "permission denied"),
    ],
)
def test_os_errors_are_described_in_plain_words(code: int, words: str) -> None:
    line = describe_os_error(OSError(code, os.strerror(code)), Path("exports/a.md"))
    assert line.startswith("cannot write exports/a.md: ")
    assert words in line
    assert "\n" not in line


def test_export_and_its_command_import_no_textual() -> None:
    # A fresh interpreter: this test process may already have Textual loaded.
    code = (
        "import sys, briefing.export, briefing.commands.export; sys.exit('textual' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
