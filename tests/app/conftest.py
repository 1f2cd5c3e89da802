"""Reader tests never read the person's own keys.toml, and show the same config path everywhere."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch: pytest.MonkeyPatch) -> None:
    # A path that does not exist: no remapping is loaded, and the help screen (and its
    # snapshots) name the same file on every machine.
    monkeypatch.setenv("XDG_CONFIG_HOME", "/home/reader/.config")
