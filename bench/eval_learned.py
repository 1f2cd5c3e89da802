"""Compare attribution variants (rules alone, rules + learned tagger) on PolNeAr; uses
../shared/eval and is not part of tests.

    python bench/eval_learned.py --weights out/m.crfsuite.gz [--holdout 1] \
        [--variants rules,learned,learned-fix]

``--holdout K`` scores the train articles that ``train.py --holdout K`` left out (for tuning);
without it, the dev set is scored. Prints one score_quotes.py line per variant.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing.brief_yaml import write_brief
from briefing.builder import build_brief
from briefing.builder.learned import merge
from briefing.builder.learned.model import use_weights
from briefing.builder.learned.train import read_articles
from briefing.seeds import read_seed

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def _rules_only(_marks: object) -> None:
    return None


def run(data: Path, gold_lines: list[str], variant: str, out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.yaml"):
        old.unlink()
    seeds = {json.loads(line)["seed"] for line in gold_lines}
    token = merge.capture.set(_rules_only) if variant == "rules" else None
    chosen = merge.mode.set(variant.removeprefix("learned-")) if "-" in variant else None
    started = time.perf_counter()
    try:
        for name in sorted(seeds):
            brief = build_brief(read_seed(data / "seeds" / name))
            write_brief(brief, out / f"{brief.id}.yaml")
    finally:
        if token is not None:
            merge.capture.reset(token)
        if chosen is not None:
            merge.mode.reset(chosen)
    took = time.perf_counter() - started
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as gold:
        gold.write("\n".join(gold_lines) + "\n")
    scorer = [sys.executable, str(EVAL / "score_quotes.py"), gold.name, str(out)]
    result = subprocess.run(scorer, check=True, capture_output=True, text=True).stdout
    return f"{variant} ({len(seeds)} articles, {took:.1f}s)\n{result}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--weights", type=Path)
    parser.add_argument("--holdout", type=int, default=0)
    parser.add_argument("--variants", default="rules,learned")
    parser.add_argument("--any-cue", action="store_true", help="no cue or speaker filter")
    args = parser.parse_args()
    merge.reader_filters.set(not args.any_cue)
    if args.weights:
        use_weights(args.weights)
    if args.holdout:
        data = EVAL / "polnear-train"
        articles = read_articles(data)
        keep = {str(a["seed"]) for i, a in enumerate(articles) if i % 10 < args.holdout}
        lines = [
            line
            for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["seed"] in keep
        ]
    else:
        data = EVAL / "polnear-dev"
        lines = (data / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    for variant in args.variants.split(","):
        print(run(data, lines, variant, ROOT / "out" / f"learned-{variant}"), flush=True)


if __name__ == "__main__":
    main()
