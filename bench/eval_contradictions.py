"""Contradiction detection on RTE-3: builds ../shared/eval/rte3-dev and scores the disputes.

    .venv/bin/python bench/eval_contradictions.py [--eval ../shared/eval] [--out out] [--show fp|fn]

Uses the shared evaluation data in ``../shared/eval`` (not part of the tests). The primary
figure comes from the real pipeline: each seed is read with ``briefing.seeds.read_seed``,
built with ``briefing.builder.build_brief`` and written with ``briefing.brief_yaml.write_brief``
into ``out/rte3-briefs/<id>.yaml``; then ``score_contradictions.py`` prints precision, recall
and F1 of the contradiction class. A secondary figure runs ``find_contradictions`` on the two
gold sentences of each pair made into statements by hand, so that attribution errors and
contradiction errors can be told apart. It prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from briefing.disputes.finder import find_contradictions
from briefing.model import Speaker, SpeakerKind, Statement, StatementKind
from eval_build import build_all

ROOT = Path(__file__).resolve().parents[1]


def pairs_directly(gold_path: Path, show: str) -> None:
    """Precision/recall with statements made by hand from the two gold sentences."""
    tp = fp = fn = 0
    speakers = [
        Speaker("alice-morgan", "Alice Morgan", SpeakerKind.PERSON),
        Speaker("brian-keller", "Brian Keller", SpeakerKind.PERSON),
    ]
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = f"{gold['a']}\n{gold['b']}"
        split = len(gold["a"]) + 1
        statements = [
            Statement("s1", "alice-morgan", StatementKind.DIRECT, gold["a"], ((0, split - 1),), 0),
            Statement(
                "s2", "brian-keller", StatementKind.DIRECT, gold["b"], ((split, len(text)),), 1
            ),
        ]
        disputes = find_contradictions(text, speakers, statements)
        predicted = bool(disputes)
        tp += predicted and gold["contradiction"]
        fp += predicted and not gold["contradiction"]
        fn += (not predicted) and gold["contradiction"]
        wanted = (show == "fp" and predicted and not gold["contradiction"]) or (
            show == "fn" and gold["contradiction"] and not predicted
        )
        if wanted:
            reason = disputes[0].reason if disputes else ""
            print(f"{show.upper()} {gold['seed']}\n  a: {gold['a']}\n  b: {gold['b']}\n  {reason}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"pairs made by hand: tp {tp} fp {fp} fn {fn} "
        f"precision {precision:.3f} recall {recall:.3f} f1 {f1:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    parser.add_argument("--show", choices=["fp", "fn"], default="")
    args = parser.parse_args()
    data = args.eval / "rte3-dev"
    briefs = args.out / "rte3-briefs"
    count, seconds = build_all(data / "seeds", briefs)
    print(f"built {count} briefs in {seconds:.2f} s ({count / seconds:.0f} articles/s, with YAML)")
    scorer = args.eval / "score_contradictions.py"
    result = subprocess.run(
        [sys.executable, str(scorer), str(data / "gold.jsonl"), str(briefs)],
        capture_output=True,
        text=True,
        check=False,
    )
    print("pipeline:", result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    pairs_directly(data / "gold.jsonl", args.show)


if __name__ == "__main__":
    main()
