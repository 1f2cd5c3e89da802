"""Reader tests never read the person's own keys.toml or saved state, and show the same
config path everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A path that does not exist: no remapping is loaded, and the help screen (and its
    # snapshots) name the same file on every machine.
    monkeypatch.setenv("XDG_CONFIG_HOME", "/home/reader/.config")
    # A fresh state folder per test: no brief is read, nothing restored from another run.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
