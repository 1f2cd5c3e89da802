"""Stories for 10,000 briefs: time and peak memory of ``find_stories`` beside a TF-IDF baseline.

    .venv/bin/python bench/bench_stories.py [--briefs 10000] [--one-story]

Briefs are made in memory from generated articles: events of 2–30 articles each, every article
mixing its event's names and words with common filler, dates spread over a year; one article
in twelve calls its event a hoax, so that the rules of disputes across sources run too.
``--one-story`` makes every brief an article of one event (the worst case for blocking). The
baseline is the usual TF-IDF single link over all pairs of a sample (its cost grows with the
square of the briefs, so it is timed on a sample and projected). Target: 10,000 briefs in
≤ 10 s and ≤ 1 GB on one core. Prints figures, asserts nothing; needs nothing outside the repo.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import math
import random
import resource
import time
from collections import Counter

from briefing.model import Brief, Source
from briefing.stories import find_stories
from briefing.stories.terms import brief_text, term_counts

FILLER = (
    "the officials said on a statement after a meeting with local residents who were "
    "worried about what would happen next while reporters waited outside the building "
    "government police court market city council company report week plans people"
).split()


def make_briefs(count: int, one_story: bool, seed: int = 7) -> tuple[list[Brief], int]:
    rng = random.Random(seed)
    briefs: list[Brief] = []
    events = 0
    start = dt.date(2024, 1, 1)
    while len(briefs) < count:
        events += 1
        names = [f"{rng.choice('BCDFGKLMNPRSTVZ')}{rng.randrange(10**6):06d}ov" for _ in range(6)]
        words = [f"w{rng.randrange(10**7)}" for _ in range(12)]
        day = start + dt.timedelta(days=rng.randrange(365))
        size = count if one_story else rng.randrange(2, 31)
        for _ in range(min(size, count - len(briefs))):
            body = []
            for _sentence in range(rng.randrange(12, 30)):
                picked = rng.sample(names, 2) + rng.sample(words, 3) + rng.sample(FILLER, 8)
                rng.shuffle(picked)
                body.append(" ".join(picked).capitalize() + ".")
            n = len(briefs)
            if n % 12 == 5:  # some outlets call the event a hoax: the dispute rules run too
                body.append(f"The {names[0]} {words[0]} story is a hoax, {names[1]} said.")
            text = " ".join(body)
            date = day + dt.timedelta(days=rng.randrange(5)) if n % 7 else None
            source = Source(f"b{n}.txt", hashlib.sha256(text.encode()).hexdigest(), text)
            briefs.append(Brief(id=f"b{n}", title=body[0][:60], date=date, source=source))
    return briefs, events


def tfidf_single_link(briefs: list[Brief], threshold: float = 0.2) -> int:
    """The baseline: cosine of full log tf × idf vectors for every pair, single link."""
    counts = [term_counts(brief_text(b)) for b in briefs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(briefs)
    vectors = []
    for c in counts:
        v = {t: (1 + math.log(x)) * math.log(n / df[t]) for t, x in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vectors.append({t: w / norm for t, w in v.items()})
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            a, b = vectors[i], vectors[j]
            if len(a) > len(b):
                a, b = b, a
            if sum(w * b.get(t, 0.0) for t, w in a.items()) >= threshold:
                parent[find(i)] = find(j)
    return len({find(i) for i in range(n)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=10_000)
    parser.add_argument("--one-story", action="store_true")
    parser.add_argument("--sample", type=int, default=800, help="briefs for the baseline")
    args = parser.parse_args()
    briefs, events = make_briefs(args.briefs, args.one_story)
    print(
        f"{len(briefs)} briefs of {events} events "
        f"({sum(len(b.source.text) for b in briefs) / 1e6:.1f} MB of text)"
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    stories = find_stories(briefs)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # CPU time is what one core spends; wall time also counts waiting on a busy machine.
    print(
        f"find_stories: {cpu:.2f} s CPU ({seconds:.2f} s wall), {len(stories)} stories "
        f"({sum(1 for s in stories if s.disputes)} disputed), peak RSS {peak:.0f} MB "
        f"({before:.0f} MB before)"
    )
    # What a reader pays after a reload in which 1% of the briefs changed: only their text is
    # read again (``stories.terms.read_brief``); grouping and disputes run over all briefs.
    changed = list(briefs)
    for i in range(0, len(changed), 100):
        old = changed[i]
        changed[i] = dataclasses.replace(
            old, source=dataclasses.replace(old.source, text=old.source.text + " Updated.")
        )
    started, cpu = time.perf_counter(), time.process_time()
    find_stories(changed)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"find_stories again, 1% of briefs changed: {cpu:.2f} s CPU ({seconds:.2f} s wall)")
    sample = briefs[: args.sample]
    started = time.perf_counter()
    found = tfidf_single_link(sample)
    base = time.perf_counter() - started
    projected = base * (len(briefs) / len(sample)) ** 2
    print(
        f"TF-IDF single link, all pairs: {base:.2f} s for {len(sample)} briefs ({found} "
        f"stories); projected {projected:.0f} s for {len(briefs)}"
    )
    started = time.perf_counter()
    find_stories(sample)
    print(f"find_stories on the same {len(sample)} briefs: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
