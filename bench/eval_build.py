"""Build every seed of an evaluation folder into briefs, for the scorers in ../shared/eval.

Shared by bench/eval_summary.py and bench/eval_contradictions.py; not part of the tests.
"""

from __future__ import annotations

import time
from pathlib import Path

from briefing.brief_yaml import write_brief
from briefing.builder import build_brief
from briefing.seeds import read_seed, seed_files


def build_all(seeds_dir: Path, out_dir: Path) -> tuple[int, float]:
    """Build every seed; a seed the builder crashes on is reported and left without a brief."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.yaml"):
        old.unlink()
    paths = seed_files([seeds_dir])
    failures: list[str] = []
    started = time.perf_counter()
    for path in paths:
        try:
            brief = build_brief(read_seed(path))
        except Exception as exc:  # a bench reports a crash and goes on
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        write_brief(brief, out_dir / f"{brief.id}.yaml")
    elapsed = time.perf_counter() - started
    if failures:
        print(f"{len(failures)} seeds failed to build, e.g. {failures[0]}")
    return len(paths), elapsed
