"""Benchmark of the reader: time to first frame and to a loaded list, UI stalls, peak memory.

    .venv/bin/python bench/bench_app.py [--sizes 1,1000,10000] [--keep DIR]

For each size it generates that many briefs (~600-word articles, ~10 statements each, written
with `write_brief`) into a temporary folder, then starts the reader headless in a fresh
Python process and records, from the moment that process starts:

- first frame: the main screen's first refresh (imports included, as a person waits for them);
- loaded: the refresh after `BriefsLoaded` was handled, with every brief in the list;
- key p50/max: how long `?` takes to open the help screen while loading is under way;
- stall max: the longest gap between ticks of a 20 ms timer on the UI thread while loading;
- peak RSS of that process.

Baselines in the same run: `load_briefs` alone in a fresh process (what the worker does
without any UI), and a bare Textual app with one Static (the floor for a first frame).
It prints a table and asserts nothing. Targets (issue 5): first frame ≤ 0.6 s with one brief,
≤ 1.5 s with 10,000; the UI stays responsive while loading.
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()

import argparse  # noqa: E402 - the clock above must start before any import
import datetime as dt  # noqa: E402
import hashlib  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

SEED = 20240312
WORDS_PER_ARTICLE = 600
STATEMENTS_PER_BRIEF = 10
SIZE = (120, 40)

WORDS = """
the of to and a in that is was for on it with as by at from an have be has are this not
but they were which had will their been more would there after officials city harbour port
river bridge council mayor union workers cranes ships safety report inspection week monday
tuesday night morning government minister ministry police court judge ruling vote election
budget plan plans decision closure reopen reopened opened closed flood water roads town
residents families schools hospital doctors nurses strike talks agreement deal prices market
""".split()
NAMES = [
    ("Lena Hart", "Mayor"),
    ("Tom Reyes", "head of the dockworkers' union"),
    ("Ana Ruiz", "Defense Minister"),
    ("Omar Said", "police spokesman"),
    ("Mia Chen", "hospital director"),
    ("Jon Berg", ""),
]


# ---------------------------------------------------------------------------- generation


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:]


def make_brief(index: int) -> Any:
    """One generated brief: an article of plain and quoted sentences, with exact spans."""
    from briefing.model import (
        Brief,
        Contradiction,
        Mention,
        Source,
        Speaker,
        SpeakerKind,
        Statement,
        StatementKind,
        SummarySentence,
    )

    rng = random.Random(SEED + index)
    cast = rng.sample(NAMES, 3)
    speakers = tuple(
        Speaker(f"p{i}", name, SpeakerKind.PERSON, role, (name,))
        for i, (name, role) in enumerate(cast)
    )
    parts: list[str] = []
    at = 0
    statements: list[Statement] = []
    summary: list[SummarySentence] = []
    quoted = set(rng.sample(range(40), STATEMENTS_PER_BRIEF))
    for number in range(40):  # 40 sentences of ~15 words: ~600 words
        if number and number % 5 == 0:
            parts.append("\n\n")
            at += 2
        elif number:
            parts.append(" ")
            at += 1
        words = _sentence(rng, 14)
        if number in quoted:
            speaker = rng.randrange(len(speakers))
            name = cast[speaker][0]
            quote = words + ","
            sentence = f'"{quote}" {name} said.'
            start = at + 1
            said_at = start + len(quote) + 2 + len(name) + 1
            statements.append(
                Statement(
                    f"s{len(statements) + 1}",
                    f"p{speaker}",
                    StatementKind.DIRECT,
                    quote,
                    ((start, start + len(quote)),),
                    number,
                    Mention("said", (said_at, said_at + 4)),
                    Mention(name, (start + len(quote) + 2, start + len(quote) + 2 + len(name))),
                )
            )
        else:
            sentence = words + "."
            if len(summary) < 3:
                summary.append(SummarySentence(sentence, (at, at + len(sentence))))
        parts.append(sentence)
        at += len(sentence)
    text = "".join(parts)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=index % 1500)
    return Brief(
        id=f"brief-{index:05d}",
        title=f"Brief {index}: {_sentence(rng, 7)}",
        date=day,
        source=Source(f"brief-{index:05d}.txt", hashlib.sha256(text.encode()).hexdigest(), text),
        summary=tuple(summary),
        speakers=speakers,
        statements=tuple(statements),
        contradictions=(Contradiction("c1", "harbour", ("s1",), ("s2",), "They disagree.", 0.5),),
    )


def _write_range(folder: str, start: int, stop: int) -> None:
    from briefing.brief_yaml import write_brief

    for index in range(start, stop):
        write_brief(make_brief(index), Path(folder) / f"brief-{index:05d}.yaml")


def generate(folder: Path, count: int) -> float:
    """Write ``count`` briefs into ``folder`` (reusing what is there); return seconds taken."""
    folder.mkdir(parents=True, exist_ok=True)
    have = len(list(folder.glob("*.yaml")))
    started = time.perf_counter()
    if have < count:
        step = max(1, (count - have) // ((os.cpu_count() or 1) * 4) + 1)
        with ProcessPoolExecutor() as pool:
            jobs = [
                pool.submit(_write_range, str(folder), at, min(count, at + step))
                for at in range(have, count, step)
            ]
            for job in jobs:
                job.result()
    return time.perf_counter() - started


# ---------------------------------------------------------------------------- children


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_reader(folder: Path, press_keys: bool) -> dict[str, Any]:
    """Run the reader headless on ``folder``; every time is from this process's start.
    With ``press_keys``, open and close help every 0.25 s while loading, timing each."""
    import asyncio

    from textual.pilot import Pilot

    from briefing.app import app as app_module
    from briefing.app.app import BriefingApp
    from briefing.app.brief_list import BriefList
    from briefing.app.help_screen import HelpScreen
    from briefing.app.main_screen import MainScreen
    from briefing.app.messages import BriefsLoaded

    marks: dict[str, float] = {}
    ticks: list[float] = []
    key_latencies: list[float] = []
    imported = time.perf_counter() - PROCESS_START

    def mark(name: str) -> None:
        marks.setdefault(name, time.perf_counter() - PROCESS_START)

    class BenchMainScreen(MainScreen):
        # Textual calls the handlers of every class in the MRO: no super() calls here.
        def on_mount(self) -> None:
            self.call_after_refresh(lambda: mark("first_frame"))

    class BenchApp(BriefingApp):
        # CSS_PATH is relative to the module that defines the class: point back at the app's.
        CSS_PATH = str(Path(app_module.__file__ or "").parent / "briefing.tcss")

        def on_mount(self) -> None:
            self.set_interval(0.02, lambda: ticks.append(time.perf_counter()))

        def on_briefs_loaded(self, message: BriefsLoaded) -> None:
            mark("loaded_message")
            self.call_after_refresh(lambda: mark("loaded"))

    # Swap in the timed pieces where the app module looks them up.
    setattr(app_module, "MainScreen", BenchMainScreen)  # noqa: B010
    real_load_briefs = getattr(app_module, "load_briefs")  # noqa: B009

    def timed_load_briefs(*args: Any, **kwargs: Any) -> Any:
        # What the worker thread spends: wall time, and CPU time of that thread alone
        # (the difference is time spent waiting for the GIL or the disk).
        wall, cpu = time.perf_counter(), time.thread_time()
        result = real_load_briefs(*args, **kwargs)
        marks["worker_wall"] = time.perf_counter() - wall
        marks["worker_cpu"] = time.thread_time() - cpu
        return result

    setattr(app_module, "load_briefs", timed_load_briefs)  # noqa: B010
    app = BenchApp(folder, keymap_file=folder / "no-keys.toml")

    async def until(condition: Callable[[], bool]) -> None:
        while not condition():
            await asyncio.sleep(0.005)

    async def drive(pilot: Pilot[object]) -> None:
        # While the worker loads, open and close help as an impatient person would, and time
        # how long "?" takes to show it.
        while press_keys and "loaded_message" not in marks:
            before = time.perf_counter()
            app.simulate_key("question_mark")
            await until(lambda: isinstance(app.screen, HelpScreen))
            opened = time.perf_counter() - before
            app.simulate_key("escape")
            await until(lambda: not isinstance(app.screen, HelpScreen))
            if "loaded_message" not in marks:
                key_latencies.append(opened)
            await asyncio.sleep(0.25)
        await until(lambda: "loaded" in marks)
        await pilot.pause()
        marks["rows"] = app.main_screen.query_one(BriefList).option_count
        app.exit()

    app.run(headless=True, size=SIZE, auto_pilot=drive)
    loading = [t - PROCESS_START for t in ticks]
    window = [t for t in loading if marks["first_frame"] <= t <= marks["loaded"]]
    gaps = [b - a for a, b in itertools.pairwise(window)]
    return {
        "imported": imported,
        "first_frame": marks["first_frame"],
        "loaded": marks["loaded"],
        "loaded_message": marks["loaded_message"],
        "worker_wall": marks["worker_wall"],
        "worker_cpu": marks["worker_cpu"],
        "rows": marks["rows"],
        "key_p50": statistics.median(key_latencies) if key_latencies else None,
        "key_max": max(key_latencies) if key_latencies else None,
        "keys": len(key_latencies),
        "stall_max": max(gaps) if gaps else None,
        "rss_mb": _peak_rss_mb(),
    }


def child_store(folder: Path) -> dict[str, Any]:
    from briefing.store import load_briefs

    started = time.perf_counter()
    result = load_briefs(folder)
    return {
        "loaded": time.perf_counter() - started,
        "rows": len(result.briefs),
        "problems": [str(p) for p in result.problems[:3]],
        "rss_mb": _peak_rss_mb(),
    }


def child_bare() -> dict[str, Any]:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    marks: dict[str, float] = {}

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

        def on_mount(self) -> None:
            self.call_after_refresh(
                lambda: marks.setdefault("first_frame", time.perf_counter() - PROCESS_START)
            )
            self.set_timer(0.1, self.exit)

    Bare().run(headless=True, size=SIZE)
    return {"first_frame": marks["first_frame"], "rss_mb": _peak_rss_mb()}


def run_child(kind: str, folder: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind]
    if folder is not None:
        command.append(str(folder))
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------------- table


def seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def millis(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,1000,10000", help="comma-separated brief counts")
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; best is shown")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        kind, *rest = args.child
        folder = Path(rest[0]) if rest else None
        if kind in ("reader", "reader-keys") and folder:
            print(json.dumps(child_reader(folder, press_keys=kind == "reader-keys")))
        elif kind == "store" and folder:
            print(json.dumps(child_store(folder)))
        else:
            print(json.dumps(child_bare()))
        return 0

    sizes = [int(s.replace("k", "000")) for s in args.sizes.split(",")]
    root = args.keep or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    bare = min((run_child("bare") for _ in range(args.repeat)), key=lambda r: r["first_frame"])
    print(
        f"baseline: a bare Textual app draws its first frame at {bare['first_frame']:.3f} s "
        f"(peak RSS {bare['rss_mb']:.0f} MB)\n"
    )
    columns = [
        ("briefs", 7),
        ("store s", 8),
        ("first frame s", 13),
        ("loaded s", 9),
        ("worker s/cpu", 13),
        ("fill s", 7),
        ("stall ms", 9),
        ("key p50/max ms", 15),
        ("loaded+keys s", 13),
        ("RSS MB", 7),
        ("store RSS", 9),
    ]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    print(" ".join("-" * width for _, width in columns))
    for size in sizes:
        folder = root / f"briefs-{size}"
        generated = generate(folder, size)
        store = min(
            (run_child("store", folder) for _ in range(args.repeat)), key=lambda r: r["loaded"]
        )
        if store["problems"]:
            print(f"generated briefs do not load: {store['problems']}", file=sys.stderr)
            return 1
        reader = min(
            (run_child("reader", folder) for _ in range(args.repeat)), key=lambda r: r["loaded"]
        )
        keyed = run_child("reader-keys", folder)
        assert reader["rows"] == size, reader
        cells = [
            str(size),
            seconds(store["loaded"]),
            seconds(reader["first_frame"]),
            seconds(reader["loaded"]),
            f"{reader['worker_wall']:.2f}/{reader['worker_cpu']:.2f}",
            seconds(reader["loaded"] - reader["loaded_message"]),
            millis(reader["stall_max"]),
            f"{millis(keyed['key_p50'])}/{millis(keyed['key_max'])}",
            seconds(keyed["loaded"]),
            f"{reader['rss_mb']:.0f}",
            f"{store['rss_mb']:.0f}",
        ]
        print(
            " ".join(f"{cell:>{width}}" for cell, (_, width) in zip(cells, columns, strict=True)),
            f"  (generated in {generated:.1f} s)" if generated > 0.5 else "",
        )
    print(
        "\nstore: load_briefs alone in a fresh process. first frame / loaded: seconds from the "
        "reader process's start (imports included)\nto the main screen's first refresh / to the "
        "refresh after the list is filled. worker: wall and CPU seconds of the load thread.\n"
        "fill: UI-thread time from BriefsLoaded to the filled list being drawn. stall: longest "
        "gap between 20 ms UI timer ticks from first frame to loaded.\n"
        "key: time for `?` to show help, pressed every 0.25 s while loading, in a second run "
        "(its load time is 'loaded+keys'); — when loading finished first.\n"
        f"briefs folders: {root}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
