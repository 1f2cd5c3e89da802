"""The monkey test: a seeded random walk of keys and resizes over a generated corpus.

Any exception (in a handler, a worker that ends the app, or drawing the screen) fails the
test with the seed and the keys that led to it. Replay:

    MONKEY_SEED=123 .venv/bin/pytest tests/app/test_monkey.py          # the same walk
    MONKEY_KEYS='4,1,r,4' .venv/bin/pytest tests/app/test_monkey.py    # exactly these keys
    MONKEY_KEYS=@/tmp/keys.txt …                                       # keys from a file
    MONKEY_STEPS=20000 MONKEY_SEED=random …                            # a longer, new walk
    MONKEY_CORPUS=/tmp/briefs …                # a copy of real briefs instead of generated ones

A key is "resize:WxH" for a terminal resize. Keys are sent as a terminal would send them
and the screen is laid out and drawn after each key and after the events it set off,
without Pilot's idle waits, so an error in drawing fails at the key that caused it (a test
below proves it with a widget that cannot be drawn between two keys). Textual's own refresh
timer is off: only those draws happen, at the same points on a fast or a slow machine. With
the Source legend crash of 6f92426 put back, 11 seeds of 11 found it (1 to 10 and the default),
at keys 107 to 1,213.

Measured here (2 cores shared with 3 other jobs), old and new walk in the same minutes: 5,000
keys took 259 s of CPU (585 s wall, 18 app runs), now 147 s of CPU (420 s wall, 5 app runs).
With less load (~2.3), the new walk took 157 s wall, 131 s of CPU (the old one, alone: 232 s
wall, 219 s of CPU). Most of what is left is Textual laying out and drawing the reader's
screen. The run prints its time, its slowest keys and the time in resizes.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import os
import random
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

import pytest
from monkey_corpus import write_corpus
from textual import command as textual_command
from textual import events
from textual import screen as textual_screen
from textual.binding import Binding
from textual.drivers.headless_driver import HeadlessDriver
from textual.geometry import Size
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.widgets import Static
from textual.worker import WorkerCancelled, WorkerError, WorkerFailed, WorkerState

import briefing.app as app_package
from briefing.app import search_screen
from briefing.app.app import BriefingApp

T = TypeVar("T")

DEFAULT_SEED = 20261204
DEFAULT_STEPS = 5_000
MIN_SIZE, MAX_SIZE = (60, 16), (200, 60)
#: Half the resizes go to one of these, the other half anywhere from MIN_SIZE to MAX_SIZE:
#: the reader's smallest size, 80x24, either side of the width where the list moves above
#: the panes, a common larger terminal; where the layout changes or is tightest. Drawing
#: costs by the cell: with every resize uniform, the average screen is 31% larger.
EDGE_SIZES = ((60, 16), (80, 24), (99, 24), (100, 30), (120, 40))
#: Seconds one key may take before the walk counts as hung (a reload of the corpus takes
#: ~1 s of CPU; a busy CI machine may give it a quarter of a core).
STEP_TIMEOUT = 60.0
#: Textual's own ways out (ctrl+c asks to confirm): not the reader's keys.
SKIPPED_KEYS = {"ctrl+q", "ctrl+c"}


def bound_keys() -> list[str]:
    """Every key bound anywhere in the reader's screens and widgets."""
    keys: set[str] = set()
    for module_name in dir(app_package):
        module = getattr(app_package, module_name)
        if not inspect.ismodule(module):
            continue
        for _, owner in inspect.getmembers(module, inspect.isclass):
            if not owner.__module__.startswith("briefing."):
                continue  # Textual's own widgets: their keys are in the general pool
            for binding in getattr(owner, "BINDINGS", []):
                if isinstance(binding, Binding):
                    keys.update(key.strip() for key in binding.key.split(","))
                elif isinstance(binding, tuple):
                    keys.update(key.strip() for key in binding[0].split(","))
    return sorted(keys - SKIPPED_KEYS)


def key_pool() -> list[str]:
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    general = [
        *letters,
        *(letter.upper() for letter in letters),
        *"0123456789",
        "enter", "escape", "tab", "shift+tab", "space", "backspace", "ctrl+p",
        "up", "down", "left", "right", "pageup", "pagedown", "home", "end",
        "question_mark", "slash", "ctrl+w",
    ]  # fmt: skip
    return sorted(set(general) | set(bound_keys()))


def random_walk(seed: int, steps: int) -> list[str]:
    rng = random.Random(seed)
    pool = key_pool()
    walk = []
    for _ in range(steps):
        roll = rng.random()
        if roll < 0.03:
            if rng.random() < 0.5:
                width, height = rng.choice(EDGE_SIZES)
            else:
                width = rng.randint(MIN_SIZE[0], MAX_SIZE[0])
                height = rng.randint(MIN_SIZE[1], MAX_SIZE[1])
            walk.append(f"resize:{width}x{height}")
        elif roll < 0.0315:
            # Quits from the reader: the walk starts the app again, which reads the state the
            # last run saved. A run costs ~1.5 s, so a few runs a walk, not 17.
            walk.append("q")
        elif roll < 0.0815:
            # Out of a dialog more often than 1 key in 100: with Escape only in the pool,
            # letters typed into the command palette and search took 3 keys in 4, and the
            # walk came back to the reader's panes too seldom to find a crash there.
            walk.append("escape")
        else:
            key = rng.choice(pool)
            walk.append("x" if key == "q" else key)  # q only as often as above
    return walk


def walk_from_env() -> tuple[str, list[str]]:
    """(how to replay it, the keys) from MONKEY_KEYS / MONKEY_SEED / MONKEY_STEPS."""
    keys = os.environ.get("MONKEY_KEYS")
    if keys:
        if keys.startswith("@"):
            keys = Path(keys[1:]).read_text(encoding="utf-8")
        return "MONKEY_KEYS", [k for k in keys.replace("\n", ",").split(",") if k]
    seed_text = os.environ.get("MONKEY_SEED", str(DEFAULT_SEED))
    seed = random.randrange(1 << 32) if seed_text == "random" else int(seed_text)
    steps = int(os.environ.get("MONKEY_STEPS", DEFAULT_STEPS))
    return f"MONKEY_SEED={seed} MONKEY_STEPS={steps}", random_walk(seed, steps)


def key_event(key: str) -> events.Key:
    """The event a terminal sends for ``key`` (as Pilot.press builds it)."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    original = REPLACED_KEYS.get(key, key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(original))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def wait_for_workers(app: BriefingApp) -> bool:
    """Wait for every running worker (True if there was one); a worker that failed is a
    crash too (the reader's workers do not end the app on error, so nobody would see it)."""
    waited = False
    for worker in list(app.workers):
        if worker.state in (WorkerState.PENDING, WorkerState.RUNNING):
            waited = True
            with contextlib.suppress(WorkerCancelled, WorkerFailed, WorkerError):
                await worker.wait()
        if worker.state is WorkerState.ERROR:
            raise RuntimeError(f"worker {worker.name!r} failed: {worker.error!r}")
    return waited


async def start(app: BriefingApp, pilot: Pilot[None]) -> None:
    """Draw the reader as its refresh timer would until its workers are done: the panes
    hidden at start are mounted after a draw and the briefs load after them, so waiting
    for the load without drawing waits forever."""
    while any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers):
        draw(app)
        await pilot._wait_for_screen()
        await asyncio.sleep(0.01)
    await wait_for_workers(app)


async def send(app: BriefingApp, pilot: Pilot[None], key: str) -> None:
    """One key (or resize), then everything it set off, then a drawn screen."""
    if key.startswith("resize:"):
        width, height = (int(n) for n in key.removeprefix("resize:").split("x"))
        # As Pilot.resize_terminal does, without its wait for the whole process to idle.
        size = Size(width, height)
        assert isinstance(app._driver, HeadlessDriver)
        app._driver._size = size
        app.post_message(events.Resize(size, size))
    else:
        event = key_event(key)
        event.set_sender(app)
        assert app._driver is not None
        app._driver.send_message(event)
    # Draw after each stage, as the screen's refresh timer would: a frame can come between
    # a layout change and the Resize events it posts to widgets (the Source pane crashed
    # drawing in exactly that gap), so the walk draws there too.
    await pilot._wait_for_screen()
    draw(app)
    await pilot._wait_for_screen()  # the events the layout posted (Resize, Show…)
    draw(app)
    if await wait_for_workers(app):
        await pilot._wait_for_screen()  # what the workers posted
        draw(app)
        await pilot._wait_for_screen()
        draw(app)


def draw(app: BriefingApp) -> None:
    """Lay out and draw the current screen now. A drawing error ends the app as it does
    from the screen's refresh timer, so the walk reports it as the reader's crash (raised
    here instead, it was hidden behind the ScreenStackError of a key still queued)."""
    if app.return_code is None:
        try:
            app.screen._on_timer_update()
        except Exception as error:
            app._handle_exception(error)


class Walk:
    def __init__(self, keys: list[str], replay: str, log: Path) -> None:
        self.keys = keys
        self.replay = replay
        self.log = log
        self.done = 0

    def failure(self, what: str) -> str:
        self.done = max(0, min(self.done, len(self.keys) - 1))
        self.log.write_text(",".join(self.keys[: self.done + 1]) + "\n", encoding="utf-8")
        recent = ",".join(self.keys[max(0, self.done - 40) : self.done + 1])
        walk = "" if self.replay == "MONKEY_KEYS" else f"the walk: {self.replay}, or "
        return (
            f"monkey: {what} at key #{self.done} ({self.keys[self.done]!r}).\n"
            f"Replay {walk}exactly its keys: MONKEY_KEYS=@{self.log} "
            f".venv/bin/pytest {__file__}\n(last keys: {recent})"
        )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("monkey") / "briefs"
    real = os.environ.get("MONKEY_CORPUS")
    if real:
        # a copy: the walk edits, exports and marks briefs read
        shutil.copytree(real, folder)
    else:
        write_corpus(folder)
    return folder


def quick_palette(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command palette polls its providers' queue with a 0.1 s timeout and only ends a
    search after one poll has timed out: every key typed into it would idle 0.1 s (half the
    walk's keys land there: 4 of its 6 minutes). Polling every millisecond finds the same
    commands."""

    async def wait_for(awaitable: Awaitable[T], timeout: float | None) -> T:
        return await asyncio.wait_for(awaitable, None if timeout is None else 0.001)

    monkeypatch.setattr(textual_command, "wait_for", wait_for)


async def run_walk(
    briefs: Path,
    keys: list[str],
    replay: str,
    folder: Path,
    app_class: type[BriefingApp] = BriefingApp,
) -> tuple[float, list[tuple[float, int, str]], int]:
    """Walk ``keys`` over the reader on ``briefs``, starting it again after each quit;
    fail the test on any exception with the keys to replay it.
    Return (seconds, (seconds, index, key) for each key, how many times the app ran)."""
    # Outside pytest's tmp folders, which it prunes: the keys must outlive the run.
    walk = Walk(keys, replay, Path(tempfile.gettempdir()) / f"briefing-monkey-{os.getpid()}.txt")
    started = time.perf_counter()
    timings: list[tuple[float, int, str]] = []
    runs = 0
    size = (80, 24)
    while walk.done < len(keys):
        app = app_class(briefs, export_dir=folder / "exports")
        runs += 1
        try:
            async with app.run_test(size=size) as pilot:
                await asyncio.wait_for(start(app, pilot), STEP_TIMEOUT)
                await pilot.pause()
                while walk.done < len(keys):
                    key = keys[walk.done]
                    if key.startswith("resize:"):
                        width, height = key.removeprefix("resize:").split("x")
                        size = (int(width), int(height))
                    step_started = time.perf_counter()
                    await asyncio.wait_for(send(app, pilot, key), STEP_TIMEOUT)
                    timings.append((time.perf_counter() - step_started, walk.done, key))
                    walk.done += 1
                    if app.return_code is not None:
                        break  # quit (or crashed): checked below
        except TimeoutError:
            pytest.fail(walk.failure(f"no answer within {STEP_TIMEOUT:.0f} s"))
        except Exception as error:
            first: BaseException = error
            if app.crash_error is not None:  # re-raised by run_test after the app ended
                walk.done -= 1  # the key that crashed it was already counted
                # The first error, not what it set off (ScreenStackError once the app ended).
                first = app.crash_error
            pytest.fail(walk.failure(f"{type(first).__name__}: {first}"))
        if app.crash_error is not None:
            walk.done -= 1
            crash = app.crash_error
            pytest.fail(walk.failure(f"the reader crashed: {type(crash).__name__}: {crash}"))
    return time.perf_counter() - started, timings, runs


def quiet_walk(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What every walk needs: its own state and working folders, no waits in the reader."""
    monkeypatch.setenv("XDG_STATE_HOME", str(folder / "state"))
    # Random letters typed into the export dialog's path field make relative paths.
    monkeypatch.chdir(folder)
    # Results as soon as a key is typed, so each step's search has finished before the next.
    monkeypatch.setattr(search_screen, "DEBOUNCE", 0.0)
    quick_palette(monkeypatch)
    # Only the walk draws the screen: Textual's refresh timer (60 a second) also drew it
    # whenever a key's events took longer than a frame, at moments that depend on the
    # machine's speed, for 11% of the walk's CPU. The walk's own draws come at fixed points,
    # so a replayed walk draws where the failing one did.
    monkeypatch.setattr(textual_screen, "UPDATE_PERIOD", 3600.0)


async def test_no_key_path_crashes_the_reader(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiet_walk(monkeypatch, tmp_path)
    replay, keys = walk_from_env()
    cpu_started = time.process_time()
    elapsed, timings, runs = await run_walk(corpus, keys, replay, tmp_path)
    cpu = time.process_time() - cpu_started
    print(
        f"monkey: {len(keys)} keys in {elapsed:.1f} s ({cpu:.1f} s CPU), {runs} app runs ({replay})"
    )
    slow = ", ".join(f"#{i} {k!r} {t:.2f}s" for t, i, k in sorted(timings, reverse=True)[:5])
    print(f"monkey: slowest keys: {slow}")
    resizing = sum(t for t, _, k in timings if k.startswith("resize:"))
    print(f"monkey: {resizing:.1f} s of it in resizes")


class Tripwire(Static):
    """A widget that cannot be drawn between a "t" and the next key: only a walk that draws
    the screen after every key sees it fail (a walk without those draws missed the Source
    pane's crash 3 times in 4)."""

    armed = False

    def render(self) -> str:
        if self.armed:
            raise RuntimeError("drawn while armed")
        return "tripwire"


class TripwireApp(BriefingApp):
    CSS_PATH = Path(inspect.getfile(BriefingApp)).with_name("briefing.tcss")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            # Armed by one key, disarmed by the next one: only a draw in between trips it.
            for tripwire in self.screen.query(Tripwire):
                tripwire.armed = event.key == "t"
                tripwire.refresh()
            if not self.screen.query(Tripwire):
                await self.screen.mount(Tripwire())
                # The screen no longer draws itself: whether its refresh timer would have
                # drawn before the next key is the timing the walk must not depend on.
                self.screen._update_timer.stop()
        await super().on_event(event)


async def test_the_walk_catches_an_error_raised_while_drawing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiet_walk(monkeypatch, tmp_path)
    write_corpus(tmp_path / "briefs", count=3)
    keys = ["j", "j", "t", "j", "k"]
    with pytest.raises(pytest.fail.Exception) as failure:
        await run_walk(tmp_path / "briefs", keys, "MONKEY_KEYS", tmp_path, TripwireApp)
    assert "drawn while armed" in str(failure.value)
    assert "at key #2 ('t')" in str(failure.value)
