"""Benchmark of the corpus store against today's loading path, on a generated briefs folder.

    .venv/bin/python bench/bench_corpus.py [--briefs 10000] [--statements 30] [--keep DIR]

Writes N brief YAML files (about 30 statements of ~100 characters each, news-like words,
as bench_search.py makes them), then times whole `briefing` processes, each with its own
empty or warm cache ($XDG_CACHE_HOME in a temp folder), and prints wall time and peak
memory (max RSS) of each:

- today's path: `store.load_briefs` (with its per-brief JSON cache) + an in-memory
  `SearchIndex` + one query, cold (empty cache) and warm;
- `briefing search` through the corpus store: first run (building the store), warm
  queries, and a query after one brief changed and one was added;
- `briefing check`: first run, second run (unchanged briefs skipped), `--all`;
- the reader (headless Textual app): time to its first frame (the main screen handed to
  the terminal driver) and until the brief list is filled, the longest the UI thread
  stalled between the two (and in the `--after` seconds after,
  while the search index and the conflicts across briefs are found in workers), peak
  memory: listing the store's rows (briefs parsed when shown), the store with every brief
  parsed before listing (the reader before the rows), and `load_briefs`, cold and warm,
  beside a bare Textual app's first frame (`--no-reader` skips it, `--reader-paths`
  chooses, `--reader-cache` keeps the caches for another run).

Child processes write bytecode to a private folder (PYTHONPYCACHEPREFIX), as an
installed `briefing` would have it, so imports are not compiled at every run.

It prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_search import FUNCTION_WORDS, NEWS_WORDS, SENTENCES, make_speakers, synthetic_words
from briefing.brief_yaml import dump_brief
from briefing.model import Brief, Source, Speaker, SpeakerKind, Statement, StatementKind

SEED = 20200106
WORDS_PER_STATEMENT = 15
QUERIES = ["esper leave", "withdrawl", "@milley withdrawal", '"no decision"', "they said there"]

#: Today's path, as `briefing search` did it before the store: load every brief, index.
TODAY = """
import resource, sys
from pathlib import Path
from briefing.search import SearchIndex
from briefing.store import load_briefs
briefs = load_briefs(Path(sys.argv[1])).briefs
hits = SearchIndex(briefs).search(sys.argv[2], limit=20)
print(len(hits), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

#: `briefing` itself, reporting its peak memory.
BRIEFING = """
import resource, sys
from briefing.cli import main
sys.stdout = open("/dev/null", "w")
code = main(sys.argv[1:])
print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


#: The reader, headless: seconds to the first frame and to the filled list, the longest
#: gap between 10 ms ticks of the UI thread until then and in the AFTER seconds after it
#: (while the search index and the conflicts across briefs are found), peak memory.
READER = """
import asyncio, resource, sys, time
from pathlib import Path
started = float(sys.argv[3])
AFTER = float(sys.argv[5])
marks = {}
def mark(name):
    marks.setdefault(name, time.time() - started)
# The first frame: when the screen the user reads is first handed to the terminal driver.
import textual.app
FIRST_SCREEN = "Screen" if sys.argv[1] == "bare" else "MainScreen"
_display = textual.app.App._display
def display(self, screen, renderable):
    if renderable is not None and type(screen).__name__ == FIRST_SCREEN:
        if "frame" not in marks:
            self.last = time.perf_counter()  # stalls count from the first frame on
        mark("frame")
        if getattr(self, "loaded", False) and "list" not in marks:
            mark("list")  # the first frame drawn after the rows arrived
            self.set_timer(AFTER, self.exit) if AFTER else self.exit()
    _display(self, screen, renderable)
textual.app.App._display = display
if sys.argv[1] == "bare":
    from textual.app import App
    from textual.widgets import Static
    class Bare(App):
        def compose(self):
            yield Static("bare")
        def on_mount(self):
            self.call_after_refresh(self.exit)
    asyncio.run(Bare().run_async(headless=True, size=(120, 40)))
    print(marks["frame"], 0, 0, 0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    sys.exit(0)
from briefing.app.app import BriefingApp
from briefing.app.messages import BriefsLoaded
from briefing.commands.open import freeze_imports
import briefing.app.app as app_module
class Timed(BriefingApp):
    CSS_PATH = str(Path(app_module.__file__).parent / BriefingApp.CSS_PATH)
    gap = 0.0
    gap_after = 0.0
    last = 0.0
    # Textual calls each class's handler in the MRO: BriefingApp.on_mount runs too, once.
    def on_mount(self):
        self.set_interval(0.01, self.tick)
    def tick(self):
        now = time.perf_counter()
        if "frame" not in marks:
            return  # before it, the screen is blank: the wait is the first frame's
        if "list" not in marks:
            self.gap = max(self.gap, now - self.last)
        else:
            self.gap_after = max(self.gap_after, now - self.last)
        self.last = now
    loaded = False
    def on_briefs_loaded(self, message):
        self.loaded = True  # BriefingApp.on_briefs_loaded fills the list next
class Today(Timed):
    def load(self):
        self.run_worker(self._today, thread=True, exclusive=True, group="load")
    def _today(self):
        # Imported here, as the reader does: not a cost of the first frame.
        from briefing.store import load_briefs
        result = load_briefs(self.briefs_dir)
        self.post_message(BriefsLoaded(result.briefs, result.problems))
class Every(Today):
    # Before the rows: the store's data of every brief made into a Brief before listing.
    def _today(self):
        from briefing.corpus.shelf import open_shelf
        shelf = open_shelf(self.briefs_dir)
        briefs = [shelf.brief(row) for row in shelf.rows]
        self.post_message(BriefsLoaded(briefs, shelf.problems))
kind = {"today": Today, "every": Every}.get(sys.argv[1], Timed)
app = kind(Path(sys.argv[2]), state_file=Path(sys.argv[4]))
freeze_imports()  # as `briefing` does before running the reader
asyncio.run(app.run_async(headless=True, size=(120, 40)))
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(marks["frame"], marks["list"], app.gap, app.gap_after, rss)
"""


def write_folder(folder: Path, count: int, statements: int) -> int:
    """``count`` valid brief files; returns the number of statements written."""
    rng = random.Random(SEED)
    made_up = synthetic_words(rng, 40_000)
    rng.shuffle(made_up)
    vocabulary = FUNCTION_WORDS + NEWS_WORDS + made_up
    cum_weights: list[float] = []
    running = 0.0
    for rank in range(len(vocabulary)):
        running += 1 / (rank + 2.7)
        cum_weights.append(running)
    people = make_speakers(rng, 2000)
    day = dt.date(2020, 1, 6)
    written = 0
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        cast = [people[i] for i in rng.sample(range(6), 2)] + rng.sample(people[6:], 4)
        speakers = tuple(
            Speaker(f"sp{i}", name, SpeakerKind.PERSON, role, aliases)
            for i, (name, aliases, role) in enumerate(cast)
        )
        texts = []
        for _ in range(rng.randint(statements // 2, statements * 3 // 2)):
            words = rng.choices(vocabulary, cum_weights=cum_weights, k=WORDS_PER_STATEMENT)
            text = " ".join(words)
            if rng.random() < 0.02:
                text = f"{rng.choice(SENTENCES)}, {text}"[:110]
            texts.append(text[0].upper() + text[1:] + ".")
        source_text = "\n".join(texts) + "\n"
        at = 0
        brief_statements = []
        for index, text in enumerate(texts):
            kind = StatementKind.DIRECT if rng.random() < 0.5 else StatementKind.REPORTED
            speaker = f"sp{rng.randrange(len(cast))}"
            span = ((at, at + len(text)),)
            brief_statements.append(Statement(f"s{index + 1}", speaker, kind, text, span, index))
            at += len(text) + 1
        title = " ".join(rng.choices(vocabulary, cum_weights=cum_weights, k=8)).capitalize()
        brief = Brief(
            id=f"b{number:06d}",
            title=title,
            date=day - dt.timedelta(days=number % 3000),
            source=Source(
                "bench.txt", hashlib.sha256(source_text.encode()).hexdigest(), source_text
            ),
            speakers=speakers,
            statements=tuple(brief_statements),
        )
        (folder / f"{brief.id}.yaml").write_text(dump_brief(brief), encoding="utf-8")
        written += len(texts)
    return written


def child_env(cache: Path) -> dict[str, str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "briefing-bench-pycache")
    return env


def run_reader(
    path: str, folder: Path, cache: Path, after: float = 0.0
) -> tuple[float, float, float, float, float]:
    """First frame and list filled (seconds from spawning), longest stall until then and
    in the ``after`` seconds that follow, peak MiB."""
    state = cache / "reader-state.json"
    args = [path, str(folder), repr(time.time()), str(state), str(after)]
    done = subprocess.run(
        [sys.executable, "-c", READER, *args],
        env=child_env(cache),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"reader failed: {path}\n{done.stderr[-2000:]}")
    frame, filled, stall, stall_after, rss = (float(v) for v in done.stdout.split()[-5:])
    return frame, filled, stall, stall_after, rss / 1024


def reader_line(
    label: str, frame: float, filled: float, stall: float, after: float, mib: float
) -> None:
    print(
        f"  {label:44} first frame {frame:6.2f} s  list filled {filled:7.2f} s  "
        f"longest stall {stall * 1000:5.0f} ms (after {after * 1000:5.0f} ms) {mib:7.0f} MiB"
    )


def run(script: str, args: list[str], cache: Path) -> tuple[float, float]:
    """Wall seconds and peak MiB of one process."""
    env = child_env(cache)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed: {args}\n{done.stderr}")
    last = (done.stdout.strip() or done.stderr.strip()).splitlines()[-1]
    return elapsed, int(last.split()[-1]) / 1024


def line(label: str, seconds: float, mib: float) -> None:
    print(f"  {label:52} {seconds:8.2f} s {mib:8.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--briefs", type=int, default=10_000)
    parser.add_argument("--statements", type=int, default=30, help="per brief, on average")
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    parser.add_argument("--no-reader", action="store_true", help="skip the reader figures")
    parser.add_argument(
        "--only-reader", action="store_true", help="only the reader figures (and bare Textual)"
    )
    parser.add_argument(
        "--reader-paths",
        default="today,every,store",
        help="which reader paths to time (today: load_briefs; every: the store with every "
        "brief parsed, as before the rows; store: rows from the store)",
    )
    parser.add_argument(
        "--reader-cache",
        type=Path,
        help="keep the reader's caches here (reused when they exist: a 100,000-brief store "
        "takes minutes to build)",
    )
    parser.add_argument(
        "--after", type=float, default=3.0, help="seconds to keep measuring stalls after"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    folder = args.keep or work / "briefs"
    try:
        start = time.perf_counter()
        if folder.is_dir() and any(folder.iterdir()):
            print(f"reusing {folder}")
        else:
            written = write_folder(folder, args.briefs, args.statements)
            print(
                f"wrote {args.briefs:,} briefs, {written:,} statements in "
                f"{time.perf_counter() - start:.0f} s"
            )
        size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
        print(f"folder: {size:.0f} MiB of YAML\n")

        if not args.no_reader:
            paths = args.reader_paths.split(",")
            reader_figures(folder, work, paths, args.reader_cache, args.after)
        if args.only_reader:
            return
        print("\ntoday's path: load_briefs (JSON cache) + in-memory SearchIndex + 1 query")
        today_cache = work / "today-cache"
        line("cold (empty cache)", *run(TODAY, [str(folder), QUERIES[0]], today_cache))
        line("warm", *run(TODAY, [str(folder), QUERIES[0]], today_cache))

        print("\nbriefing search through the corpus store (whole process)")
        cache = work / "store-cache"
        line(
            "first run (builds the store)",
            *run(BRIEFING, ["search", QUERIES[0], str(folder)], cache),
        )
        samples = []
        for query in QUERIES:
            seconds, mib = run(BRIEFING, ["search", query, str(folder)], cache)
            samples.append(seconds)
            line(f"warm: {query}", seconds, mib)
        print(f"  warm median {statistics.median(samples):.2f} s, max {max(samples):.2f} s")
        changed = sorted(folder.glob("*.yaml"))[len(samples)]
        changed.write_text(changed.read_text().replace("title: ", "title: Changed ", 1))
        shutil.copy(sorted(folder.glob("*.yaml"))[0], folder / "zz_added.yaml")
        (folder / "zz_added.yaml").write_text(
            (folder / "zz_added.yaml").read_text().replace("id: b", "id: zz", 1)
        )
        line(
            "after 1 changed + 1 added brief",
            *run(BRIEFING, ["search", QUERIES[0], str(folder)], cache),
        )
        line("warm again", *run(BRIEFING, ["search", QUERIES[0], str(folder)], cache))
        store = sum(p.stat().st_size for p in (cache / "briefing" / "corpus").iterdir()) / 2**20
        print(f"  store on disk: {store:.0f} MiB")

        print("\nbriefing check")
        check_cache = work / "check-cache"
        line("first run", *run(BRIEFING, ["check", "-q", str(folder)], check_cache))
        line(
            "second run (unchanged briefs skipped)",
            *run(BRIEFING, ["check", "-q", str(folder)], check_cache),
        )
        line(
            "--all (parses every brief)",
            *run(BRIEFING, ["check", "-q", "--all", str(folder)], check_cache),
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def reader_figures(
    folder: Path, work: Path, paths: list[str], cache_root: Path | None, after: float
) -> None:
    print(
        "the reader (headless, 120x40): from spawning the process; the longest stall from the"
        f" first frame until the list is filled (and in the {after:g} s after it)"
    )
    reader_line("bare Textual app", *run_reader("bare", folder, work / "bare-cache"))
    labels = {
        "today": "load_briefs (YAML + JSON cache)",
        "every": "store, every brief parsed (before rows)",
        "store": "store rows, briefs parsed when shown",
    }
    for path in paths:
        # One cache for the store paths: the store built once serves both.
        name = "today" if path == "today" else "store"
        cache = (cache_root or work) / f"reader-{name}-cache"
        if not (cache / "briefing").exists():
            reader_line(f"{labels[path]}, cold", *run_reader(path, folder, cache))
        for _ in range(2):
            reader_line(f"{labels[path]}, warm", *run_reader(path, folder, cache, after))


if __name__ == "__main__":
    main()
