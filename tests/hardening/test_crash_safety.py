"""Killing `briefing build` (SIGKILL) mid-run never leaves a partial or mixed brief on disk."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tmux_driver import briefing_command

from briefing.brief_yaml import read_brief

SEEDS = 200


def write_seeds(folder: Path, version: str) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(SEEDS):
        body = " ".join(
            f'"Statement {j} of article {i} ({version})," Official {j} said. '
            f"The {version} count was {j}."
            for j in range(12)
        )
        (folder / f"a{i:03d}.txt").write_text(f"date 2020-01-{i % 28 + 1:02d}\n{body}\n")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_build_leaves_only_whole_old_or_new_briefs(tmp_path: Path) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "briefs"
    write_seeds(seeds, "old")
    subprocess.run([briefing_command(), "build", str(seeds), "-o", str(out), "-q"], check=True)
    old = {p.name: read_brief(p).fingerprint for p in out.glob("*.yaml")}
    assert len(old) == SEEDS
    write_seeds(seeds, "new")

    started = time.monotonic()
    subprocess.run(
        [briefing_command(), "build", str(seeds), "-o", str(tmp_path / "ref"), "-q"], check=True
    )
    full_run = time.monotonic() - started
    new = {p.name: read_brief(p).fingerprint for p in (tmp_path / "ref").glob("*.yaml")}

    rng = random.Random(8)
    kills = 0
    for _ in range(6):
        process = subprocess.Popen([briefing_command(), "build", str(seeds), "-o", str(out), "-q"])
        time.sleep(rng.uniform(0.05, max(0.1, full_run)))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
        for path in out.glob("*.yaml"):
            fingerprint = read_brief(path).fingerprint  # raises on a partial file
            assert fingerprint in (old[path.name], new[path.name]), path.name
        assert not list(out.glob("*.new.yaml")), "a killed build must not look like a hand edit"
    assert kills >= 1, "the build always finished before the kill; nothing was tested"
    subprocess.run([briefing_command(), "build", str(seeds), "-o", str(out), "-q"], check=True)
    assert {p.name: read_brief(p).fingerprint for p in out.glob("*.yaml")} == new
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")], "temp files left behind"
