"""Score quote attribution on the PolNeAr dev set; uses ../shared/eval and is not part of tests.

Builds every seed of ``../shared/eval/polnear-dev/seeds`` into ``out/polnear-briefs/`` with
``briefing.builder.build_brief``, then runs ``../shared/eval/score_quotes.py`` and prints its
output. ``--cli`` builds with ``briefing build`` instead (same briefs, other code path).
``--errors N`` also prints up to N missed gold contents and N unmatched statements.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from briefing.brief_yaml import write_brief
from briefing.builder import build_brief
from briefing.seeds import read_seed

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DATA = EVAL / "polnear-dev"
OUT = ROOT / "out" / "polnear-briefs"


def build_all() -> float:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.yaml"):
        old.unlink()
    started = time.perf_counter()
    for seed_path in sorted((DATA / "seeds").glob("*.txt")):
        brief = build_brief(read_seed(seed_path))
        write_brief(brief, OUT / f"{brief.id}.yaml")
    return time.perf_counter() - started


def build_with_cli() -> float:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.yaml"):
        old.unlink()
    started = time.perf_counter()
    command = [sys.executable, "-m", "briefing", "build", str(DATA / "seeds"), "-o", str(OUT)]
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def show_errors(limit: int) -> None:
    """Missed gold contents and unmatched statements, for reading, not for scoring."""
    import yaml

    missed: list[str] = []
    extra: list[str] = []
    briefs = {}
    for path in OUT.glob("*.yaml"):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        briefs[data["source"]["file"]] = data
    for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        text = art["text"]
        brief = briefs.get(art["seed"], {})
        preds = [
            {i for s, e in st["spans"] for i in range(s, e) if not text[i].isspace()}
            for st in brief.get("statements", [])
        ]
        hit: set[int] = set()
        for gold in art["attributions"]:
            chars = {i for s, e in gold["content"] for i in range(s, e) if not text[i].isspace()}
            best = max(
                range(len(preds)),
                key=lambda i: len(chars & preds[i]) / len(chars | preds[i]) if preds[i] else 0,
                default=-1,
            )
            score = len(chars & preds[best]) / len(chars | preds[best]) if best >= 0 else 0
            if score >= 0.5:
                hit.add(best)
            else:
                src = " ".join(text[s:e] for s, e in gold["source"])
                cue = " ".join(text[s:e] for s, e in gold["cue"])
                body = " | ".join(text[s:e] for s, e in gold["content"])
                kind = "D" if gold["direct"] else "R"
                missed.append(f"{kind} [{src}] <{cue}> {body[:160]}")
        for i, st in enumerate(brief.get("statements", [])):
            if i not in hit:
                extra.append(f"{st['kind'][0].upper()} [{st['speaker']}] {st['text'][:160]}")
    print(f"\n--- missed ({len(missed)}) ---")
    print("\n".join(missed[:limit]))
    print(f"\n--- unmatched statements ({len(extra)}) ---")
    print("\n".join(extra[:limit]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    parser.add_argument("--cli", action="store_true", help="build with `briefing build`")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA} not found: this script needs the shared evaluation data")
    seconds = build_with_cli() if args.cli else build_all()
    print(f"built {len(list(OUT.glob('*.yaml')))} briefs in {seconds:.2f}s")
    result = subprocess.run(
        [sys.executable, str(EVAL / "score_quotes.py"), str(DATA / "gold.jsonl"), str(OUT)],
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.stdout + result.stderr, end="")
    if args.errors:
        show_errors(args.errors)


if __name__ == "__main__":
    main()
