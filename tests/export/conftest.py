"""Fixtures for the export tests: the bridge brief in memory and written to a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import bridge_brief

from briefing.brief_yaml import write_brief
from briefing.model import Brief


@pytest.fixture
def brief() -> Brief:
    return bridge_brief()


@pytest.fixture
def briefs_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    write_brief(bridge_brief(), folder / "bridge.yaml")
    write_brief(bridge_brief("bridge-followup", "Bridge: a week later"), folder / "b2.yaml")
    return folder
