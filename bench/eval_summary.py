"""Summary quality on CNN/DailyMail: builds ../shared/eval/cnndm-dev and scores it with ROUGE.

    .venv/bin/python bench/eval_summary.py [--eval ../shared/eval] [--out out]

Uses the shared evaluation data in ``../shared/eval`` (not part of the tests): reads each seed
with ``briefing.seeds.read_seed``, builds it with ``briefing.builder.build_brief``, writes it
with ``briefing.brief_yaml.write_brief`` into ``out/cnndm-briefs/<id>.yaml``, then runs
``score_summary.py``, which prints ROUGE-1/2/Lsum of our summaries beside Lead-3 on the same
articles. It prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from briefing.brief_yaml import write_brief
from briefing.builder import build_brief
from briefing.seeds import read_seed, seed_files

ROOT = Path(__file__).resolve().parents[1]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    args = parser.parse_args()
    data = args.eval / "cnndm-dev"
    briefs = args.out / "cnndm-briefs"
    count, seconds = build_all(data / "seeds", briefs)
    print(f"built {count} briefs in {seconds:.2f} s ({count / seconds:.0f} articles/s, with YAML)")
    scorer = args.eval / "score_summary.py"
    result = subprocess.run(
        [sys.executable, str(scorer), str(data / "gold.jsonl"), str(briefs)],
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)


if __name__ == "__main__":
    main()
