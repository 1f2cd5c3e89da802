"""Stories for 10,000 briefs: time and peak memory of ``find_stories`` beside a TF-IDF baseline.

    .venv/bin/python bench/bench_stories.py [--briefs 10000] [--one-story]

Briefs are made in memory from generated articles: events of 2–30 articles each, every article
mixing its event's names and words with common filler, dates spread over a year; one article
in twelve calls its event a hoax, so that the rules of disputes across sources run too.
``--one-story`` makes every brief an article of one event (the worst case for blocking).

Each run is a process of its own, so that its peak memory is its own and nothing is remembered
in memory between runs: the current code (nothing kept between runs), then with the stories
store (``corpus.stories_store``) empty (cold), kept with nothing changed (warm), and kept after
1% of the briefs changed, beside the current code on the same changed briefs; the stories of
each pair must be the same (a digest of their ``--json`` records is printed). The
baseline is the usual TF-IDF single link over all pairs of a sample (its cost grows with the
square of the briefs, so it is timed on a sample and projected). Target: 10,000 briefs in
≤ 10 s and ≤ 1 GB on one core. Prints figures, asserts nothing; needs nothing outside the repo.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from briefing.commands.stories import story_record
from briefing.corpus.stories_store import open_stories_cache
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


def changed_briefs(briefs: list[Brief]) -> list[Brief]:
    """``briefs`` with 1% of them edited (a sentence added), spread over the folder."""
    changed = list(briefs)
    for i in range(0, len(changed), 100):
        old = changed[i]
        changed[i] = dataclasses.replace(
            old, source=dataclasses.replace(old.source, text=old.source.text + " Updated.")
        )
    return changed


#: The runs compared, each in a process of its own (so that its peak memory is its own and
#: nothing is remembered in memory): name, with the stories store, on the 1%-changed briefs.
RUNS = (
    ("current code (nothing kept)", False, False),
    ("kept: cold (empty store)", True, False),
    ("kept: warm, nothing changed", True, False),
    ("current code, 1% changed", False, True),
    ("kept: warm, 1% changed", True, True),
)


def one_run(args: argparse.Namespace) -> None:
    """One run of ``RUNS`` (``--run N``): prints its figures as one JSON line."""
    briefs, _ = make_briefs(args.briefs, args.one_story)
    _, kept, changed = RUNS[args.run]
    if changed:
        briefs = changed_briefs(briefs)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu = time.perf_counter(), time.process_time()
    cache = open_stories_cache([args.store / "folder"], root=args.store) if kept else None
    stories = find_stories(briefs, cache=cache)
    if cache is not None:
        cache.close()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    records = json.dumps([story_record(s) for s in stories]).encode()
    result = {
        "cpu": cpu,
        "wall": seconds,
        "peak": peak,
        "before": before,
        "stories": len(stories),
        "disputed": sum(1 for s in stories if s.disputes),
        "output": hashlib.sha256(records).hexdigest()[:12],
        "notice": cache.notice if cache is not None else "",
    }
    print(json.dumps(result))


def command_runs(briefs: list[Brief]) -> None:
    """``briefing stories DIR --json`` as a whole process on ``briefs`` written as YAML: as
    before (the cache off: every brief's YAML parsed, nothing kept), then with the corpus and
    stories stores empty, warm, and after 1% of the files changed (beside the cache off)."""
    from briefing.brief_yaml import write_brief

    briefing = Path(sys.executable).with_name("briefing")
    with tempfile.TemporaryDirectory() as scratch:
        folder, cache = Path(scratch, "briefs"), Path(scratch, "cache")
        for brief in briefs:
            write_brief(brief, folder / f"{brief.id}.yaml")
        before = {"BRIEFING_NO_CACHE": "1"}
        runs = [("as before (BRIEFING_NO_CACHE=1)", before), ("stores: cold", {})]
        runs += [
            ("stores: warm", {}),
            ("stores: 1% changed", {}),
            ("as before, 1% changed", before),
        ]
        outputs: list[str] = []
        for name, extra in runs:
            if name == "stores: 1% changed":
                for brief in changed_briefs(briefs)[::100]:
                    write_brief(brief, folder / f"{brief.id}.yaml")
            env = {"PATH": "", "XDG_CACHE_HOME": str(cache), **extra}
            process = subprocess.Popen(
                [str(briefing), "stories", str(folder), "--json"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            assert process.stdout is not None
            out = process.stdout.read()
            _, status, usage = os.wait4(process.pid, 0)
            outputs.append(hashlib.sha256(out).hexdigest()[:12])
            print(
                f"  {name:32} {usage.ru_utime + usage.ru_stime:6.2f} s CPU, peak RSS "
                f"{usage.ru_maxrss / 1024:4.0f} MB, exit {os.waitstatus_to_exitcode(status)}, "
                f"output {outputs[-1]}"
            )
    same = len(set(outputs[:3])) == 1 and outputs[3] == outputs[4]
    print(f"  same output as before, with the stores: {'yes' if same else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=10_000)
    parser.add_argument("--one-story", action="store_true")
    parser.add_argument("--sample", type=int, default=800, help="briefs for the baseline")
    parser.add_argument(
        "--command", action="store_true", help="also time `briefing stories DIR` as a process"
    )
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run is not None:
        one_run(args)
        return
    briefs, events = make_briefs(args.briefs, args.one_story)
    print(
        f"{len(briefs)} briefs of {events} events "
        f"({sum(len(b.source.text) for b in briefs) / 1e6:.1f} MB of text)"
    )
    # CPU time is what one core spends; wall time also counts waiting on a busy machine.
    # Peak RSS is the whole process's, the briefs made in memory included ("before").
    outputs: list[str] = []
    with tempfile.TemporaryDirectory() as store:
        (Path(store) / "folder").mkdir()
        for n, (name, _, _) in enumerate(RUNS):
            command = [sys.executable, __file__, "--briefs", str(args.briefs), "--run", str(n)]
            command += ["--store", store] + (["--one-story"] if args.one_story else [])
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            r = json.loads(done.stdout.splitlines()[-1])
            outputs.append(r["output"])
            print(
                f"{name:29} {r['cpu']:5.2f} s CPU ({r['wall']:5.2f} s wall), peak RSS "
                f"{r['peak']:4.0f} MB ({r['before']:.0f} MB before); {r['stories']} stories "
                f"({r['disputed']} disputed), output {r['output']} {r['notice']}".rstrip()
            )
        size = sum(p.stat().st_size for p in Path(store, "corpus").glob("*.stories.sqlite3*"))
    same = outputs[0] == outputs[1] == outputs[2] and outputs[3] == outputs[4]
    print(f"same stories with and without the store: {'yes' if same else 'NO'}")
    print(f"stories store: {size / 1e6:.1f} MB")
    if args.command:
        print(f"briefing stories DIR --json, {len(briefs)} briefs written as YAML:")
        command_runs(briefs)
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
