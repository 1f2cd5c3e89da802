"""End to end: a weak dispute stays folded away in the real reader until `w`, and the
export from the reader follows that choice."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from tmux_driver import TmuxSession

from briefing.brief_yaml import read_brief, write_brief

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

HARBOUR = Path(__file__).resolve().parent.parent / "app" / "fixtures" / "briefs"
MARK = "weak evidence: check the source"


def test_w_shows_the_weak_dispute_and_e_exports_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harbour = read_brief(HARBOUR / "harbour-reopening.yaml")
    strong, second = harbour.contradictions
    weak = dataclasses.replace(second, confidence=0.12)
    folder = tmp_path / "briefs"
    write_brief(
        dataclasses.replace(harbour, contradictions=(strong, weak)), folder / "harbour.yaml"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    tmux = TmuxSession(["open", str(folder)], cwd=tmp_path, size=(120, 40))
    try:
        tmux.wait_for("Northport harbour to reopen")
        tmux.send("3")
        screen = tmux.wait_for("1 weak dispute hidden — press w to show")
        assert MARK not in screen
        tmux.send("w")
        tmux.wait_for(MARK)
        tmux.send("e")
        tmux.wait_for("included and marked")
        tmux.send("Enter")
        tmux.wait_for("Exported as Markdown")
    finally:
        tmux.close()
    exported = (tmp_path / "exports" / "harbour-reopening.md").read_text(encoding="utf-8")
    assert f"### reopening ({MARK})" in exported
