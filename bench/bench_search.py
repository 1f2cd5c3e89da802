"""Benchmark of `briefing.search` on generated statements, against naive baselines.

    .venv/bin/python bench/bench_search.py [--sizes 10k,100k,1M] [--repeat 5]

For each size it prints: index build time and memory (RSS growth), p50/p95 per query for
the index, for `rapidfuzz.process.extract` (default scorer) over every line and for
`fzf --filter` over the same lines when fzf is installed; and recall@10 of the index
against exhaustive scoring with the same scorer. It prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import process

from briefing.model import Brief, Source, Speaker, SpeakerKind, Statement, StatementKind
from briefing.search import SearchIndex, parse_query

SEED = 20200106
STATEMENTS_PER_BRIEF = 100
WORDS_PER_STATEMENT = 15

#: The most common words of English news, in order: the head of the distribution.
FUNCTION_WORDS = """
the of to and a in that is was for on it with as he said by at from his an have be has
are this not but they were which had who will their been its more one would there after
""".split()

NEWS_WORDS = """
said told would could there been decision whatsoever leave leaving left withdrawal withdraw
troops forces military coalition iraq iraqi baghdad government minister ministry defense
secretary general army marine corps letter draft document reports reporters week weeks days
monday tuesday wednesday thursday friday night morning statement officials official source
sources sovereignty parliament prime president request requested movement onward repositioning
helicopters evacuate authenticity confirmed independently respect sovereign order departure
poorly worded implies happening planned plans plan stressing chairman joint chiefs staff
united states american embassy attack strike strikes drone missile base bases security
agreement talks negotiations ceasefire sanctions oil prices market economy election vote
protest protesters police court judge ruling law bill senate congress house committee
investigation inquiry evidence witness testimony spokesman spokeswoman ambassador foreign
policy strategy region regional threat threats response retaliation escalation tension
tensions allies partners nato europe russia china iran israel syria turkey afghanistan
""".split()

SPEAKERS = [
    ("Mark Esper", ("Esper",), "Secretary of Defense", SpeakerKind.PERSON),
    ("Mark Milley", ("Milley",), "Chairman of the Joint Chiefs of Staff", SpeakerKind.PERSON),
    ("the letter", ("it",), "", SpeakerKind.DOCUMENT),
    ("Adel Abdul Mahdi", ("Abdul Mahdi",), "Prime Minister", SpeakerKind.PERSON),
    ("Donald Trump", ("Trump",), "President", SpeakerKind.PERSON),
    ("the Pentagon", (), "", SpeakerKind.ORGANIZATION),
]

#: Real sentences mixed into 2% of statements, so phrases and "esper leave" have answers.
SENTENCES = [
    "There's been no decision whatsoever to leave Iraq",
    "Poorly worded, implies withdrawal. That's not what's happening",
    "We respect your sovereign decision to order our departure",
    "Coalition forces would be using helicopters to evacuate",
    "There has been no decision made to leave Iraq. Period",
    "We are trying to find out where that letter is coming from",
]

#: Queries: typos, several words in any order, speaker filters, a phrase, a kind filter.
QUERIES = [
    "withdrawl",
    "esper leave",
    "decsion leave iraq",
    "@milley withdrawal",
    "trops baghdad",
    "sovreignty parliament request",
    '"no decision"',
    "@esper kind:direct troops",
    "helicopter evacuate",
    "retaliaton iran strike",
    "@letter forces",
    "poorly wordd",
    "they said there",  # common words only: the scan path
]


def synthetic_words(rng: random.Random, count: int) -> list[str]:
    """Pronounceable made-up words, so the vocabulary grows like a real corpus's."""
    onsets = "b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr st sl sh ch th".split()
    vowels = "a e i o u ai ea io ou".split()
    codas = ["", "n", "r", "s", "t", "l", "nd", "rt", "st", "ck"]
    words: set[str] = set()
    while len(words) < count:
        syllables = rng.choice((1, 2, 2, 2, 3, 3))
        words.add(
            "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables))
            + rng.choice(codas)
        )
    return sorted(words)


def make_speakers(rng: random.Random, count: int) -> list[tuple[str, tuple[str, ...], str]]:
    first = "John Maria Ahmed Li Olga Pierre Fatima Kenji Amir Sarah Ivan Nadia".split()
    last = synthetic_words(rng, count)
    roles = ["spokesman", "minister", "general", "senator", "ambassador", "analyst", ""]
    people = [
        (f"{rng.choice(first)} {name.title()}", (name.title(),), rng.choice(roles)) for name in last
    ]
    return [(n, a, r) for n, a, r, _ in SPEAKERS] + people


def make_briefs(size: int, seed: int = SEED) -> list[Brief]:
    """``size`` statements of about 100 characters in briefs of 100, deterministically."""
    rng = random.Random(seed)
    # Zipf over ranks: function words at the head, news words spread over the next few
    # thousand ranks among made-up words, the rest of the made-up words a long rare tail.
    made_up = synthetic_words(rng, 40_000)
    rng.shuffle(made_up)
    middle = NEWS_WORDS + made_up
    head = middle[: len(NEWS_WORDS) + 3000]
    rng.shuffle(head)
    vocabulary = FUNCTION_WORDS + head + middle[len(head) :]
    cum_weights: list[float] = []
    running = 0.0
    for rank in range(len(vocabulary)):
        running += 1 / (rank + 2.7) ** 1.0
        cum_weights.append(running)
    speakers = make_speakers(rng, 400)
    words = rng.choices(vocabulary, cum_weights=cum_weights, k=size * WORDS_PER_STATEMENT)
    source = Source("bench.txt", "0" * 64, "")
    briefs: list[Brief] = []
    day = dt.date(2020, 1, 6)
    for number in range(0, size, STATEMENTS_PER_BRIEF):
        cast = [speakers[i] for i in rng.sample(range(6), 2)] + rng.sample(speakers[6:], 4)
        brief_speakers = tuple(
            Speaker(f"sp{i}", name, SpeakerKind.PERSON, role, aliases)
            for i, (name, aliases, role) in enumerate(cast)
        )
        statements = []
        for at in range(number, min(size, number + STATEMENTS_PER_BRIEF)):
            text = " ".join(words[at * WORDS_PER_STATEMENT : (at + 1) * WORDS_PER_STATEMENT])
            if rng.random() < 0.02:
                text = f"{rng.choice(SENTENCES)}, {text}"[:110]
            text = text[0].upper() + text[1:] + "."
            statements.append(
                Statement(
                    f"s{at - number + 1}",
                    f"sp{rng.randrange(len(cast))}",
                    StatementKind.DIRECT if rng.random() < 0.5 else StatementKind.REPORTED,
                    text,
                    ((0, 0),),
                    0,
                )
            )
        brief_number = number // STATEMENTS_PER_BRIEF
        title_words = " ".join(rng.choices(vocabulary, cum_weights=cum_weights, k=8))
        briefs.append(
            Brief(
                id=f"b{brief_number:05d}",
                title=title_words.capitalize(),
                date=day - dt.timedelta(days=brief_number % 3000),
                source=source,
                speakers=brief_speakers,
                statements=tuple(statements),
            )
        )
    return briefs


def lines_of(briefs: Sequence[Brief]) -> list[str]:
    """What the baselines search: "speaker: statement", one per line."""
    out = []
    for brief in briefs:
        for statement in brief.statements:
            speaker = brief.speaker(statement.speaker)
            out.append(f"{speaker.name if speaker else statement.speaker}: {statement.text}")
    return out


def plain(query: str) -> str:
    """The query without operators, for tools that do not know them."""
    parsed = parse_query(query)
    return " ".join((*parsed.speakers, *parsed.phrases, *parsed.words))


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def timings(run: Callable[[str], object], queries: Sequence[str], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for query in queries:
            start = time.perf_counter()
            run(query)
            samples.append(time.perf_counter() - start)
    return samples


def p50_p95(samples: Sequence[float]) -> str:
    if not samples:
        return "-"
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered) * 1000:8.1f} {p95 * 1000:8.1f}"


def parse_size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def bench(size: int, repeat: int, baseline_queries: int, recall_queries: int) -> None:
    print(f"\n== {size:,} statements")
    start = time.perf_counter()
    briefs = make_briefs(size)
    print(f"generated in {time.perf_counter() - start:.1f} s")
    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    index = SearchIndex(briefs)
    build = time.perf_counter() - start
    gc.collect()
    memory = rss_bytes() - before
    print(f"index: built in {build:.2f} s, {memory / 2**20:.0f} MiB (RSS growth)")
    # A reader keeps its briefs and index for the whole session; freezing them keeps the
    # collector's full passes over millions of long-lived objects out of the query timings.
    gc.freeze()

    print(f"{'':34} {'p50 ms':>8} {'p95 ms':>8}")
    print(f"{'index (search, limit 50)':34} {p50_p95(timings(index.search, QUERIES, repeat))}")
    for query in QUERIES:
        samples = timings(index.search, [query], repeat)
        print(f"  {query:32} {p50_p95(samples)}")

    lines = lines_of(briefs)
    sampled = QUERIES[: max(1, baseline_queries)] if size >= 1_000_000 else QUERIES
    naive = timings(lambda q: process.extract(plain(q), lines, limit=10), sampled, 1)
    print(f"{'rapidfuzz process.extract (WRatio)':34} {p50_p95(naive)}  ({len(sampled)} queries)")
    fzf = shutil.which("fzf")
    if fzf:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
            handle.write("\n".join(lines))
            path = Path(handle.name)
        try:

            def run_fzf(query: str) -> object:
                with path.open("rb") as stdin:
                    return subprocess.run(
                        [fzf, "--filter", plain(query)], stdin=stdin, capture_output=True
                    )

            print(f"{'fzf --filter':34} {p50_p95(timings(run_fzf, QUERIES, 1))}")
        finally:
            path.unlink()
    else:
        print("fzf --filter: skipped (fzf not installed)")

    gc.unfreeze()
    del index
    gc.collect()
    tracemalloc.start()
    index = SearchIndex(briefs)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"index memory (tracemalloc): {retained / 2**20:.0f} MiB retained, "
        f"{peak / 2**20:.0f} MiB peak while building"
    )

    recall_set = QUERIES if size < 1_000_000 else QUERIES[: max(1, recall_queries)]
    recalls = []
    for query in recall_set:
        truth = {(h.brief_id, h.statement_id) for h in index.search_exhaustive(query, 10)}
        found = {(h.brief_id, h.statement_id) for h in index.search(query, 10)}
        if truth:
            recalls.append(len(truth & found) / len(truth))
            if recalls[-1] < 1:
                print(f"  recall@10 {recalls[-1]:.2f} for {query!r}")
    mean = statistics.mean(recalls) if recalls else 1.0
    print(
        f"recall@10 vs exhaustive: mean {mean:.3f}, min {min(recalls, default=1.0):.3f} "
        f"({len(recalls)} queries)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated, e.g. 10k,100k")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query (default 5)")
    parser.add_argument(
        "--baseline-queries", type=int, default=3, help="queries for the naive baseline at 1M"
    )
    parser.add_argument(
        "--recall-queries", type=int, default=4, help="queries for exhaustive recall at 1M"
    )
    args = parser.parse_args()
    for size in (parse_size(s) for s in args.sizes.split(",")):
        bench(size, args.repeat, args.baseline_queries, args.recall_queries)


if __name__ == "__main__":
    main()
