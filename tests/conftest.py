"""Shared fixtures: small hand-made briefs, written where tests want them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import write_brief
from briefing.model import Brief


@pytest.fixture(autouse=True)
def private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets its own load cache, never the user's ~/.cache."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


@pytest.fixture
def sample_brief() -> Brief:
    return make_brief()


@pytest.fixture
def briefs_dir(tmp_path: Path) -> Path:
    """A folder with two good briefs of different dates."""
    folder = tmp_path / "briefs"
    write_brief(make_brief("older", dt.date(2019, 1, 1), "An older story"), folder / "older.yaml")
    write_brief(make_brief("newer", dt.date(2022, 5, 6), "A newer story"), folder / "newer.yaml")
    return folder
