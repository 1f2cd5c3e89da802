"""Build speed: articles per second, peak memory, and the time for one 5 MB seed.

Uses the PolNeAr dev seeds from ../shared/eval when present (repeated to N articles; from a
worktree, name them with ``--seeds``), else generated news-like text. Prints numbers only;
nothing here fails on a timing.

    .venv/bin/python bench/bench_build.py [-n 1000] [--no-big] [--seeds DIR]

``--baseline TREE`` measures another source tree (the ``tui`` directory of a checkout of main,
say) against this one in the same run: each side in its own process, alternating, ``--repeats``
times, best of each printed side by side. On shared cores only figures taken together compare.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from briefing.builder import build_brief
from briefing.builder.attribution import extract_statements
from briefing.builder.sentences import split_sentences
from briefing.builder.summary import summarize
from briefing.builder.title import make_title
from briefing.disputes.finder import find_contradictions
from briefing.seeds import Seed, parse_seed

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-dev" / "seeds"

_NAMES = ["Alice Morgan", "Brian Keller", "Mark Esper", "Jane Doe", "Omar Haddad", "Li Wei"]
_ROLES = ["Secretary of Defense", "spokeswoman for the ministry", "a senior official"]


def generated_article(rng: random.Random, words: int = 600) -> str:
    """News-like text: quotes, reported speech, narration, a few abbreviations."""
    parts: list[str] = []
    count = 0
    while count < words:
        name = rng.choice(_NAMES)
        kind = rng.randrange(6)
        if kind == 4:
            # a pronoun and a description: each asks who was named before it, which must
            # stay a look back of a few sentences, not a read of all the text before
            line = f"{name} is a lecturer at the university, and he says the plan will fail."
        elif kind == 5:
            line = "The retired analyst said the vote had been close."
        elif kind == 0:
            line = f'"We will not leave the country before the talks end," {name} said on Monday.'
        elif kind == 1:
            line = f"{name}, {rng.choice(_ROLES)}, said that the U.S. plan had 5,000 troops."
        elif kind == 2:
            line = "The letter said forces would be repositioned over the coming days and weeks."
        else:
            line = "Several helicopters were heard over the city on Monday night, Gen. Smith wrote."
        parts.append(line)
        count += len(line.split())
    return " ".join(parts) + "\n"


def load_seeds(n: int, folder: Path | None = None) -> tuple[list[Seed], str]:
    folder = folder or POLNEAR
    if folder.is_dir():
        paths = sorted(folder.glob("*.txt"))
        seeds = [parse_seed(p, p.read_bytes()) for p in paths]
        source = f"{folder} ({len(seeds)} seeds, repeated)"
    else:
        rng = random.Random(7)
        seeds = [
            parse_seed(Path(f"gen{i}.txt"), f"date 2020-01-06\n{generated_article(rng)}".encode())
            for i in range(50)
        ]
        source = "generated text (50 articles, repeated)"
    return [seeds[i % len(seeds)] for i in range(n)], source


def peak_rss_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024


def stage_times(seeds: list[Seed]) -> dict[str, float]:
    """CPU seconds spent in each stage of ``build_brief``, called one by one as the pipeline
    does (CPU time: a stage's few milliseconds are lost in the wall clock's noise on shared
    cores)."""
    spent = dict.fromkeys(("sentences", "statements", "title", "summary", "contradictions"), 0.0)
    clock = time.process_time
    for seed in seeds:
        text = seed.body
        t0 = clock()
        sentences = split_sentences(text)
        t1 = clock()
        speakers, statements = extract_statements(text, sentences)
        t2 = clock()
        make_title(text, sentences, speakers, statements)
        t3 = clock()
        summarize(text, sentences, statements)
        t4 = clock()
        find_contradictions(text, speakers, statements)
        t5 = clock()
        for stage, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            spent[stage] += took
    return spent


STAGES = ("sentences", "statements", "title", "summary", "contradictions")


def measure(seeds: list[Seed], big: bool) -> dict[str, float]:
    """Every figure the bench prints, by name (rates in articles/s, times in s or ms)."""
    words = sum(len(s.body.split()) for s in seeds)
    figures: dict[str, float] = {"articles": len(seeds), "words": words / len(seeds)}

    started = time.perf_counter()
    for seed in seeds:
        split_sentences(seed.body)
    figures["sentences/s"] = len(seeds) / (time.perf_counter() - started)

    started = time.perf_counter()
    for seed in seeds:
        extract_statements(seed.body, split_sentences(seed.body))
    attribution_s = time.perf_counter() - started
    figures["statements/s"] = len(seeds) / attribution_s
    figures["statements 600w/s"] = words / 600 / attribution_s

    started, cpu_started = time.perf_counter(), time.process_time()
    for seed in seeds:
        build_brief(seed)
    build_s = time.perf_counter() - started
    cpu_s = time.process_time() - cpu_started
    figures["build/s"] = len(seeds) / build_s
    figures["build 600w/s"] = words / 600 / build_s
    # CPU time: per core, and far steadier than the wall clock when other jobs share the cores
    figures["build 600w/s cpu"] = words / 600 / cpu_s
    # Stages one by one, to see where the time goes (the sum is a little under the whole
    # build, which also makes the Brief).
    for stage, took in stage_times(seeds).items():
        figures[f"{stage} ms"] = took / len(seeds) * 1000
    figures["peak MB"] = peak_rss_mb()
    if not big:
        return figures

    rng = random.Random(11)
    chunks: list[str] = []
    size = 0
    while size < 5_000_000:
        chunk = generated_article(rng, 2000)
        chunks.append(chunk)
        size += len(chunk)
    seed = parse_seed(Path("big.txt"), ("date 2020-01-06\n" + "".join(chunks)).encode())
    started = time.perf_counter()
    extract_statements(seed.body, split_sentences(seed.body))
    figures["5 MB statements s"] = time.perf_counter() - started
    started = time.perf_counter()
    brief = build_brief(seed)
    figures["5 MB build s"] = time.perf_counter() - started
    figures["5 MB MB"] = len(seed.body) / 1e6
    figures["5 MB statement count"] = len(brief.statements)
    figures["peak MB after 5 MB"] = peak_rss_mb()
    # An interview transcript: every line a turn, each speaker named thousands of times (what
    # is asked of each turn must not grow with the whole text).
    lines: list[str] = []
    size = 0
    while size < 2_000_000:
        line = f"{rng.choice(_NAMES)}: Well, we will see. The plan is good and the vote held.\n"
        lines.append(line)
        size += len(line)
    seed = parse_seed(Path("talk.txt"), ("date 2020-01-06\n" + "".join(lines)).encode())
    started = time.perf_counter()
    brief = build_brief(seed)
    figures["2 MB transcript s"] = time.perf_counter() - started
    figures["transcript statement count"] = len(brief.statements)
    return figures


def report(f: dict[str, float], source: str) -> None:
    print(f"corpus: {source}; {f['articles']:.0f} articles, {f['words']:.0f} words each on average")
    print(f"sentences only:        {f['sentences/s']:8.0f} articles/s")
    print(
        f"sentences+statements:  {f['statements/s']:8.0f} articles/s"
        f"  ({f['statements 600w/s']:.0f} 600-word articles/s)"
    )
    print(
        f"whole build_brief:     {f['build/s']:8.0f} articles/s"
        f"  ({f['build 600w/s']:.0f} 600-word articles/s)  [target >= 100 per core]"
    )
    print(f"  by CPU time:         {f['build 600w/s cpu']:8.0f} 600-word articles/s per core")
    print(
        "per stage, CPU ms/article:  "
        + "  ".join(f"{stage} {f[stage + ' ms']:.2f}" for stage in STAGES)
    )
    print(f"peak memory (max RSS): {f['peak MB']:8.1f} MB")
    if "5 MB build s" not in f:
        return
    print(
        f"5 MB seed, statements: {f['5 MB statements s']:8.2f} s  (sentences and attribution only)"
    )
    print(
        f"5 MB seed, whole build:{f['5 MB build s']:8.2f} s  ({f['5 MB MB']:.1f} MB, "
        f"{f['5 MB statement count']:.0f} statements)"
    )
    print(f"peak memory after it:  {f['peak MB after 5 MB']:8.1f} MB")
    print(
        f"2 MB transcript:       {f['2 MB transcript s']:8.2f} s  "
        f"({f['transcript statement count']:.0f} statements)"
    )


#: figures where more is better; for the others (times, memory) less is
_RATES = (
    "sentences/s",
    "statements/s",
    "statements 600w/s",
    "build/s",
    "build 600w/s",
    "build 600w/s cpu",
)


def compare(args: argparse.Namespace, baseline: Path) -> None:
    """This tree against ``baseline``, alternating child processes; best of each."""
    here = Path(__file__).resolve()
    tree = Path(sys.modules["briefing"].__file__ or "").resolve().parents[1]
    command = [sys.executable, str(here), "--json", "-n", str(args.n)]
    command += ["--no-big"] if args.no_big else []
    command += ["--seeds", str(args.seeds)] if args.seeds else []
    command += ["--rules-only"] if args.rules_only else []
    runs: dict[str, list[dict[str, float]]] = {"baseline": [], "this": []}
    for _ in range(args.repeats):
        for side, path in (("baseline", baseline), ("this", tree)):
            env = {**os.environ, "PYTHONPATH": str(path)}
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            runs[side].append(json.loads(out.stdout.splitlines()[-1]))
    print(f"baseline: {baseline}\nthis:     {tree}\nbest of {args.repeats} alternating runs each")
    print(f"{'':24}{'baseline':>10}{'this':>10}{'ratio':>8}")
    for name in runs["this"][0]:
        pick = max if name in _RATES else min
        old = pick(r[name] for r in runs["baseline"])
        new = pick(r[name] for r in runs["this"])
        ratio = f"{new / old:7.2f}x" if old else ""
        print(f"{name:24}{old:10.2f}{new:10.2f}{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles to build")
    parser.add_argument("--no-big", action="store_true", help="skip the 5 MB seed")
    parser.add_argument(
        "--rules-only", action="store_true", help="without the learned tagger (for comparison)"
    )
    parser.add_argument("--seeds", type=Path, help="a folder of seeds to build (repeated)")
    parser.add_argument("--baseline", type=Path, help="another source tree to compare with")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each side (--baseline)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if args.baseline:
        compare(args, args.baseline)
        return
    if args.rules_only:
        from briefing.builder.learned import merge

        merge.capture.set(lambda _marks: None)
    seeds, source = load_seeds(args.n, args.seeds)
    figures = measure(seeds, big=not args.no_big)
    if args.json:
        print(json.dumps(figures))
    else:
        report(figures, source)


if __name__ == "__main__":
    main()
