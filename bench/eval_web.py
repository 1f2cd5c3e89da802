"""Build the web pages of ../shared/eval/web-dev with `briefing build` and score the bodies.

Reads ../shared/eval (not part of the repo or the tests). Prints precision, recall and F1 of
the article bodies (word 4-grams, the article-extraction benchmark's measure, computed by
../shared/eval/score_extraction.py) and pages per second, for `briefing build` and, as the
baseline in the same run, for trafilatura's `extract()` with its defaults.

    .venv/bin/python bench/eval_web.py [EVAL_FOLDER] [-j N] [--no-baseline]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

import yaml

from briefing.cli import main as briefing

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def score(gold: list[dict[str, str]], bodies: dict[str, str]) -> tuple[float, float, float]:
    sys.path.insert(0, str(EVAL))
    from score_extraction import page_counts, precision, recall  # type: ignore[import-not-found]

    counts = [page_counts(g["articleBody"], bodies.get(g["page"], "")) for g in gold]
    ps = [precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def built_bodies(out: Path) -> dict[str, str]:
    bodies = {}
    for path in out.glob("*.yaml"):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        bodies[data["source"]["file"]] = data["source"]["text"]
    return bodies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=EVAL / "web-dev")
    parser.add_argument("-j", "--jobs", default="1")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    gold = [json.loads(line) for line in (args.folder / "gold.jsonl").read_text().splitlines()]
    pages = args.folder / "pages"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "briefs"
        started = time.perf_counter()
        with contextlib.redirect_stderr(io.StringIO()) as err:
            status = briefing(["build", str(pages), "-o", str(out), "-q", "-j", args.jobs])
        elapsed = time.perf_counter() - started
        failed = [line for line in err.getvalue().splitlines() if line.strip()]
        p, r, f = score(gold, built_bodies(out))
    print(
        f"briefing build: F1 {f:.3f} (P {p:.3f}, R {r:.3f}) on {len(gold)} pages, "
        f"{len(gold) / elapsed:.1f} pages/s with -j {args.jobs} (exit {status}, "
        f"{len(failed)} problem lines)"
    )
    for line in failed[:5]:
        print(f"  {line}")
    from briefing.errors import InputError
    from briefing.inputs.web_page import read_page

    started = time.perf_counter()
    for g in gold:
        with contextlib.suppress(InputError):
            read_page((pages / g["page"]).read_bytes(), g["page"])
    elapsed = time.perf_counter() - started
    print(f"  of which reading the pages (extraction only): {len(gold) / elapsed:.1f} pages/s")
    if not args.no_baseline:
        import trafilatura

        started = time.perf_counter()
        bodies = {
            g["page"]: trafilatura.extract((pages / g["page"]).read_bytes()) or "" for g in gold
        }
        elapsed = time.perf_counter() - started
        p, r, f = score(gold, bodies)
        print(
            f"trafilatura extract() defaults: F1 {f:.3f} (P {p:.3f}, R {r:.3f}), "
            f"{len(gold) / elapsed:.1f} pages/s (extraction only)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
