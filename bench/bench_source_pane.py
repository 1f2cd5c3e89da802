"""Benchmark of the Source pane on a huge article: opening it, jumping to a statement, resizing.

    .venv/bin/python bench/bench_source_pane.py [--mb 5] [--keep DIR]

Builds one brief from a seed of about ``--mb`` megabytes: the bodies of
``../shared/eval/polnear-dev/seeds/*.txt`` repeated when that folder is there, otherwise
generated news-like paragraphs with quotes. Then, in a fresh headless reader per run, it
times at 120x40, from key to the next frame:

- press 4: open the Source pane;
- jump: Enter on a statement 90% into the article, in Quotes (Source scrolls to it);
- esc: back to Quotes;
- resize: the terminal 120 -> 100 columns with the Source pane open (it re-wraps);

each as wall time in Pilot and as the longest stall of a 20 ms timer on the UI thread (what a
person sees as a freeze). Baselines in the same run: the pane as it was (one ``Static`` per
block of lines, kept below as ``ParagraphSourcePane``) on the same brief, and the current pane
on a 600-word brief (Pilot's own cost of a key). It prints a table and asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from pathlib import Path
from typing import Any, ClassVar

SIZE = (120, 40)
EVAL_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear-dev"
EVAL_SEEDS = EVAL_SEEDS / "seeds"
NAMES = ["Lena Hart", "Tom Reyes", "Ana Ruiz", "Omar Said", "Mia Chen"]
WORDS = """
the of to and a in that is was for on it with as by at from officials city harbour port
river bridge council mayor union workers cranes ships safety report inspection week monday
government minister police court ruling vote budget plan decision closure flood water roads
""".split()


# ---------------------------------------------------------------------------- the brief


def article_body(megabytes: float) -> tuple[str, str]:
    """About ``megabytes`` of article text, and where it came from."""
    limit = int(megabytes * 1_000_000)
    seeds = sorted(EVAL_SEEDS.glob("*.txt")) if EVAL_SEEDS.is_dir() else []
    if seeds:
        bodies = []
        for path in seeds:
            text = path.read_text(encoding="utf-8")
            bodies.append(text.split("\n", 1)[1] if text.startswith("date ") else text)
        one = "\n\n".join(body.strip() for body in bodies) + "\n\n"
        source = f"{len(seeds)} eval seeds repeated"
    else:
        rng = random.Random(6)
        paragraphs = []
        for _ in range(400):
            words = " ".join(rng.choice(WORDS) for _ in range(14))
            quote = " ".join(rng.choice(WORDS) for _ in range(12))
            paragraphs.append(
                f'{words.capitalize()}. "{quote.capitalize()}," {rng.choice(NAMES)} said.'
            )
        one = "\n\n".join(paragraphs) + "\n\n"
        source = "generated paragraphs"
    body = one * (limit // len(one.encode()) + 1)
    return body.encode()[:limit].decode("utf-8", "ignore"), source


def build(folder: Path, megabytes: float) -> str:
    """Build the big brief into ``folder/big`` (once), and a 600-word one into
    ``folder/small``; return where the big article came from."""
    from briefing.brief_yaml import write_brief
    from briefing.builder.pipeline import build_brief
    from briefing.seeds import parse_seed

    note = folder / "source.txt"
    if note.exists():
        return note.read_text(encoding="utf-8")
    body, source = article_body(megabytes)
    small = " ".join(body.split()[:600])
    for name, text in (("big", body), ("small", small)):
        (folder / name).mkdir(parents=True, exist_ok=True)
        seed = parse_seed(Path(f"{name}.txt"), f"date 2020-01-06\n{text}".encode())
        write_brief(build_brief(seed), folder / name / f"{name}.yaml")
    note.write_text(f"{source}, {len(body.encode()) / 1e6:.1f} MB", encoding="utf-8")
    return note.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- the baseline


def paragraph_source_pane() -> type[Any]:
    """The Source pane before the line API: a ``Static`` per block of lines, all mounted."""
    from rich.text import Text
    from textual.app import ComposeResult
    from textual.binding import BindingType
    from textual.containers import VerticalScroll
    from textual.widgets import Static

    from briefing.app.scroll_keys import PANE_SCROLL_BINDINGS
    from briefing.app.source_layout import paragraph_blocks
    from briefing.app.source_pane import SELECTED_STYLE, STATEMENT_STYLE, legend
    from briefing.model import Brief
    from briefing.safe_text import same_length_visible

    class Paragraph(Static):
        DEFAULT_CSS = "Paragraph { padding: 0 1 1 1; }"

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    class ParagraphSourcePane(VerticalScroll, can_focus=True):
        BINDINGS: ClassVar[list[BindingType]] = PANE_SCROLL_BINDINGS
        DEFAULT_CSS = "ParagraphSourcePane #source-legend { padding: 0 1; color: $text-muted; }"

        def __init__(self, *, id: str | None = None) -> None:
            super().__init__(id=id)
            self.brief: Brief | None = None
            self.selected: str | None = None

        def compose(self) -> ComposeResult:
            yield Static(id="source-legend")

        def show(self, brief: Brief | None, selected: str | None = None) -> None:
            if brief is not self.brief:
                self.brief = brief
                self.query(Paragraph).remove()
                if brief is not None:
                    blocks = paragraph_blocks(brief.source.text)
                    self.mount_all([Paragraph(start, end) for start, end in blocks])
            self.selected = selected
            self.query_one("#source-legend", Static).update(legend(brief))
            if brief is None:
                return
            text = brief.source.text
            marks = sorted(
                (start, end, SELECTED_STYLE if s.id == selected else STATEMENT_STYLE)
                for s in brief.statements
                for start, end in s.spans
            )
            starts = [m[0] for m in marks]
            longest = max((end - start for start, end, _ in marks), default=0)
            for paragraph in self.query(Paragraph):
                body = Text(same_length_visible(text[paragraph.start : paragraph.end]))
                first = bisect_left(starts, paragraph.start - longest)
                for start, end, style in marks[first : bisect_left(starts, paragraph.end)]:
                    lo, hi = max(start, paragraph.start), min(end, paragraph.end)
                    if lo < hi:
                        body.stylize(style, lo - paragraph.start, hi - paragraph.start)
                paragraph.update(body)

        def scroll_to_selected(self) -> None:
            if self.brief is None or self.selected is None:
                return
            statement = self.brief.statement(self.selected)
            if statement is None:
                return
            for paragraph in self.query(Paragraph):
                if paragraph.start <= statement.start <= paragraph.end:
                    width = max(1, paragraph.content_size.width)
                    text = self.brief.source.text[paragraph.start : statement.start]
                    line = sum(len(part) // width + 1 for part in text.split("\n")) - 1
                    y = max(0, paragraph.virtual_region.y + line - 2)
                    self.scroll_to(y=y, animate=False, immediate=True)
                    return

    return ParagraphSourcePane


# ---------------------------------------------------------------------------- one run


def child(kind: str, folder: Path) -> dict[str, Any]:
    """Time the four actions in this process; ``kind`` is "before" or "after"."""
    from briefing.app import main_screen
    from briefing.app.app import BriefingApp
    from briefing.app.brief_list import BriefList
    from briefing.app.quotes_pane import StatementList

    if kind == "before":
        setattr(main_screen, "SourcePane", paragraph_source_pane())  # noqa: B010
    pane_class = main_screen.SourcePane
    ticks: list[float] = []
    results: dict[str, Any] = {}

    async def run() -> None:
        app = BriefingApp(folder, keymap_file=folder / "no-keys.toml")
        async with app.run_test(size=SIZE) as pilot:
            started = time.perf_counter()
            while app.screen.query_one(BriefList).brief_count == 0:
                await pilot.pause(0.05)
            await app.workers.wait_for_complete()
            await pilot.pause()
            results["loaded"] = time.perf_counter() - started
            app.set_interval(0.02, lambda: ticks.append(time.perf_counter()))
            await pilot.pause(0.1)

            async def timed(name: str, *keys: str, resize: tuple[int, int] | None = None) -> None:
                await pilot.pause(0.1)
                before = time.perf_counter()
                if resize:
                    await pilot.resize_terminal(*resize)
                else:
                    await pilot.press(*keys)
                await pilot.pause()
                after = time.perf_counter()
                await pilot.pause(0.05)  # one more tick, to close the last gap
                window = [before, *(t for t in ticks if t > before)]
                gaps = [b - a for a, b in itertools.pairwise(window) if a < after]
                results[name] = (after - before, max(gaps, default=after - before))

            await timed("press 4", "4")
            await timed("to Quotes", "2")
            statements = app.screen.query_one(StatementList)
            brief = app.screen.query_one(pane_class).brief
            ids = [statements.get_option_at_index(i).id for i in range(statements.option_count)]
            # Near the end, but not so near that the pane cannot scroll it to the top.
            goal = 0.9 * len(brief.source.text)
            last = min((i for i in ids if i), key=lambda i: abs(brief.statement(i).start - goal))
            statements.highlight_id(last)
            await timed("jump", "enter")
            pane = app.screen.query_one(pane_class)
            results["jump at"] = f"{brief.statement(last).start / len(brief.source.text):.0%}"
            results["jump y"] = pane.scroll_y
            await timed("esc", "escape")
            await timed("press 4 again", "4")
            await timed("resize", resize=(100, 40))

    asyncio.run(run())
    return results


def run_child(kind: str, folder: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, str(folder)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the big article")
    parser.add_argument("--keep", type=Path, help="build into (and reuse) this folder")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return 0

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        source = build(folder, args.mb)
        print(f"big article: {source} (built in {time.perf_counter() - started:.1f} s)")
        runs = {
            "600 words, after": run_child("after", folder / "small"),
            "big, before": run_child("before", folder / "big"),
            "big, after": run_child("after", folder / "big"),
        }
    actions = ["press 4", "jump", "esc", "press 4 again", "resize"]
    print(f"\nwall / longest UI stall, seconds, at {SIZE[0]}x{SIZE[1]}")
    print(f"{'':18}" + "".join(f"{action:>16}" for action in actions) + f"{'loaded':>9}")
    for name, result in runs.items():
        cells = "".join(f"{result[a][0]:>8.2f} /{result[a][1]:>6.2f}" for a in actions)
        print(f"{name:18}{cells}{result['loaded']:>9.2f}")
    for name, result in runs.items():
        at, y = result["jump at"], result["jump y"]
        print(f"{name}: jumped to a statement {at} into the article, to row {y:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
