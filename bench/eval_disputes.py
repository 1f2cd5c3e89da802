"""Disputes on real news: builds the labelled seeds of ../shared/eval/disputes-dev and scores them.

    .venv/bin/python bench/eval_disputes.py [--eval ../shared/eval] [--out out] [--quiet]

Reads the shared evaluation data in ``../shared/eval`` (not part of the tests): every seed that
``disputes-dev/gold.jsonl`` names is read with ``briefing.seeds.read_seed``, built with this
worktree's ``briefing.builder.build_brief`` and written with ``briefing.brief_yaml.write_brief``
into ``out/disputes-briefs/``; then ``score_disputes.py --show`` prints every predicted dispute
(OK / FP), every missed clear one (FN), precision and recall. Last, a table of confidence
bucket → shown → right tells whether the confidence a reader sees means what it says. It
prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from briefing.brief_yaml import write_brief
from briefing.builder import build_brief
from briefing.model import Brief
from briefing.seeds import read_seed

ROOT = Path(__file__).resolve().parents[1]
#: Lower edges of the confidence buckets in the calibration table.
BUCKETS = (0.0, 0.1, 0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def build_labelled(eval_dir: Path, gold_path: Path, out_dir: Path) -> list[Brief]:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.yaml"):
        old.unlink()
    briefs: list[Brief] = []
    started = time.perf_counter()
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        path = eval_dir / gold["folder"] / "seeds" / gold["seed"]
        try:
            brief = build_brief(read_seed(path))
        except Exception as exc:  # a bench reports a crash and goes on
            print(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        write_brief(brief, out_dir / f"{brief.id}.yaml")
        briefs.append(brief)
    elapsed = time.perf_counter() - started
    print(f"built {len(briefs)} labelled briefs in {elapsed:.2f} s")
    return briefs


def calibration(briefs: list[Brief], verdicts: list[bool]) -> None:
    """Confidence bucket → shown → right, in the scorer's order of disputes."""
    shown: Counter[float] = Counter()
    right: Counter[float] = Counter()
    disputes = [d for b in briefs for d in b.contradictions]
    if len(disputes) != len(verdicts):
        print(f"calibration skipped: {len(disputes)} disputes, {len(verdicts)} verdicts")
        return
    for dispute, ok in zip(disputes, verdicts, strict=True):
        bucket = max(edge for edge in BUCKETS if dispute.confidence >= edge)
        shown[bucket] += 1
        right[bucket] += ok
    print("confidence bucket | shown | right | precision | mean shown confidence")
    for edge in BUCKETS:
        if shown[edge]:
            mean = (
                sum(
                    d.confidence
                    for d in disputes
                    if max(e for e in BUCKETS if d.confidence >= e) == edge
                )
                / shown[edge]
            )
            upper = min((e for e in BUCKETS if e > edge), default=1.0)
            print(
                f"{edge:.1f}–{upper:.1f}           | {shown[edge]:5d} | {right[edge]:5d} | "
                f"{right[edge] / shown[edge]:9.2f} | {mean:.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    parser.add_argument("--quiet", action="store_true", help="figures only, no OK/FP/FN lines")
    args = parser.parse_args()
    gold = args.eval / "disputes-dev" / "gold.jsonl"
    out_dir = args.out / "disputes-briefs"
    briefs = build_labelled(args.eval, gold, out_dir)
    result = subprocess.run(
        [sys.executable, str(args.eval / "score_disputes.py"), str(gold), str(out_dir), "--show"],
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.stderr, end="", file=sys.stderr)
    lines = result.stdout.splitlines()
    verdicts = [line.startswith("OK") for line in lines if line[:3] in ("OK ", "FP ")]
    for line in lines:
        if not args.quiet or not line.startswith(("OK", "FP", "FN")):
            print(line)
    calibration(briefs, verdicts)


if __name__ == "__main__":
    main()
