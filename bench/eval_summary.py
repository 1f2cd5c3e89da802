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
from pathlib import Path

from eval_build import build_all

ROOT = Path(__file__).resolve().parents[1]


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
