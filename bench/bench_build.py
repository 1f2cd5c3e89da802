"""Build speed: articles per second, peak memory, and the time for one 5 MB seed.

Uses the PolNeAr dev seeds from ../shared/eval when present (repeated to N articles), else
generated news-like text. Prints numbers only; nothing here fails on a timing.

    .venv/bin/python bench/bench_build.py [-n 1000] [--no-big]
"""

from __future__ import annotations

import argparse
import random
import resource
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


def load_seeds(n: int) -> tuple[list[Seed], str]:
    if POLNEAR.is_dir():
        paths = sorted(POLNEAR.glob("*.txt"))
        seeds = [parse_seed(p, p.read_bytes()) for p in paths]
        source = f"PolNeAr dev ({len(seeds)} seeds, repeated)"
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
    """Seconds spent in each stage of ``build_brief``, called one by one as the pipeline does."""
    spent = dict.fromkeys(("sentences", "statements", "title", "summary", "contradictions"), 0.0)
    clock = time.perf_counter
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles to build")
    parser.add_argument("--no-big", action="store_true", help="skip the 5 MB seed")
    parser.add_argument(
        "--rules-only", action="store_true", help="without the learned tagger (for comparison)"
    )
    args = parser.parse_args()
    if args.rules_only:
        from briefing.builder.learned import merge

        merge.capture.set(lambda _marks: None)
    seeds, source = load_seeds(args.n)
    words = sum(len(s.body.split()) for s in seeds)
    print(
        f"corpus: {source}; {len(seeds)} articles, {words / len(seeds):.0f} words each on average"
    )

    started = time.perf_counter()
    for seed in seeds:
        split_sentences(seed.body)
    split_s = time.perf_counter() - started

    started = time.perf_counter()
    for seed in seeds:
        extract_statements(seed.body, split_sentences(seed.body))
    attribution_s = time.perf_counter() - started

    started = time.perf_counter()
    for seed in seeds:
        build_brief(seed)
    build_s = time.perf_counter() - started

    per_600 = words / 600
    print(f"sentences only:        {len(seeds) / split_s:8.0f} articles/s")
    print(
        f"sentences+statements:  {len(seeds) / attribution_s:8.0f} articles/s"
        f"  ({per_600 / attribution_s:.0f} 600-word articles/s)"
    )
    print(
        f"whole build_brief:     {len(seeds) / build_s:8.0f} articles/s"
        f"  ({per_600 / build_s:.0f} 600-word articles/s)  [target >= 100 per core]"
    )
    # Stages one by one, to see where the time goes (the sum is a little under the whole build,
    # which also makes the Brief).
    spent = stage_times(seeds)
    print(
        "per stage, ms/article:  "
        + "  ".join(f"{stage} {took / len(seeds) * 1000:.2f}" for stage, took in spent.items())
    )
    print(f"peak memory (max RSS): {peak_rss_mb():8.1f} MB")
    if args.no_big:
        return

    rng = random.Random(11)
    chunks: list[str] = []
    size = 0
    while size < 5_000_000:
        chunk = generated_article(rng, 2000)
        chunks.append(chunk)
        size += len(chunk)
    big = parse_seed(Path("big.txt"), ("date 2020-01-06\n" + "".join(chunks)).encode())
    started = time.perf_counter()
    extract_statements(big.body, split_sentences(big.body))
    big_statements_s = time.perf_counter() - started
    started = time.perf_counter()
    brief = build_brief(big)
    big_s = time.perf_counter() - started
    print(f"5 MB seed, statements: {big_statements_s:8.2f} s  (sentences and attribution only)")
    print(
        f"5 MB seed, whole build:{big_s:8.2f} s  ({len(big.body) / 1e6:.1f} MB, "
        f"{len(brief.statements)} statements)"
    )
    print(f"peak memory after it:  {peak_rss_mb():8.1f} MB")
    # An interview transcript: every line a turn, each speaker named thousands of times (what
    # is asked of each turn must not grow with the whole text).
    lines: list[str] = []
    size = 0
    while size < 2_000_000:
        line = f"{rng.choice(_NAMES)}: Well, we will see. The plan is good and the vote held.\n"
        lines.append(line)
        size += len(line)
    transcript = parse_seed(Path("talk.txt"), ("date 2020-01-06\n" + "".join(lines)).encode())
    started = time.perf_counter()
    brief = build_brief(transcript)
    print(
        f"2 MB transcript:       {time.perf_counter() - started:8.2f} s  "
        f"({len(brief.statements)} statements)"
    )


if __name__ == "__main__":
    main()
