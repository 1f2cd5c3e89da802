"""Build briefs from seeds and write them safely: atomically, never over a hand edit.

The builder itself is pure (seed → Brief); this module decides what happens on disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .atomic import atomic_write_text, remove_stale_temp_files
from .bounded_read import NotReadable, describe_kind, read_regular_file
from .brief_yaml import (
    ID_PATTERN,
    MAX_BRIEF_BYTES,
    brief_from_data,
    brief_to_dict,
    dump_data,
    fingerprint_of,
    load_brief_data,
)
from .builder import build_brief
from .errors import InputError, Problem
from .inputs.items import AlreadyBuilt, Item, item_label
from .inputs.read import read_item


class Outcome(StrEnum):
    BUILT = "built"
    UNCHANGED = "unchanged"
    KEPT = "kept"  # the brief on disk was edited by hand; the new one went beside it
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Rendered:
    """One seed's result from a worker: YAML text to write, or the problems that stopped it."""

    seed: Path | str  # a file, or the URL of a fetched page
    brief_id: str = ""
    yaml_text: str = ""
    fingerprint: str = ""
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()
    #: A feed entry already built from the same entry: nothing was fetched or built.
    already_built: bool = False


@dataclass(frozen=True, slots=True)
class SeedResult:
    seed: Path | str
    outcome: Outcome
    path: Path | None = None
    message: str = ""
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class BuildReport:
    results: list[SeedResult] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    def summary_line(self) -> str:
        return (
            f"built {self.count(Outcome.BUILT)}, unchanged {self.count(Outcome.UNCHANGED)}, "
            f"kept {self.count(Outcome.KEPT)} (edited by hand), failed {self.count(Outcome.FAILED)}"
        )

    @property
    def ok(self) -> bool:
        return self.count(Outcome.FAILED) == 0


def render_seed(item: Item) -> Rendered:
    """Read and build one seed into YAML text. Runs in worker processes, so it only returns data."""
    seed_path = item if isinstance(item, Path) else item_label(item)
    if isinstance(item, AlreadyBuilt):
        return Rendered(seed_path, item.brief_id, already_built=True)
    try:
        seed = read_item(item)
    except InputError as exc:
        return Rendered(seed_path, problems=tuple(exc.problems))
    try:
        brief = build_brief(seed)
    except RecursionError:
        return Rendered(
            seed_path, problems=(Problem(str(seed_path), "article is nested too deeply to build"),)
        )
    except Exception as exc:  # a builder bug on one article must not stop the rest
        # One line naming the seed, and the other seeds still build; the bug is ours to fix.
        message = f"could not build this article (internal error {type(exc).__name__}: {exc})"
        return Rendered(seed_path, problems=(Problem(str(seed_path), message[:300]),))
    data = brief_to_dict(brief)
    try:
        # What build writes, check must accept: the same rules, before anything is written.
        brief_from_data(data, str(seed_path))
    except InputError as exc:
        problems = tuple(
            Problem(p.path, f"the built brief is invalid: {p.message}") for p in exc.problems
        )
        return Rendered(seed_path, problems=problems, warnings=seed.warnings)
    fingerprint = fingerprint_of(data)
    data["fingerprint"] = fingerprint
    return Rendered(seed_path, brief.id, dump_data(data), fingerprint, warnings=seed.warnings)


def render_all(seeds: Sequence[Item], jobs: int) -> Iterator[Rendered]:
    """Rendered seeds in input order, whatever the number of processes."""
    if jobs <= 1 or len(seeds) < 2:
        yield from map(render_seed, seeds)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        yield from pool.map(render_seed, seeds, chunksize=max(1, min(32, len(seeds) // (jobs * 4))))


def _exit_with_parent(parent_pid: int) -> None:
    """Worker start-up: end this worker soon after the build that started it dies.

    A killed parent cannot shut its pool down, and its workers would wait for work forever
    (each holds the task queue's write end too, so they never see end-of-file).
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def build(
    seeds: Sequence[Item],
    out_dir: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    on_result: Callable[[SeedResult], None] | None = None,
) -> BuildReport:
    report = BuildReport()
    remove_stale_temp_files(out_dir, ".*.yaml.*.tmp")
    written_ids: dict[str, Path | str] = {}
    for rendered in render_all(seeds, jobs):
        result = _place(rendered, out_dir, force, written_ids)
        report.results.append(result)
        if on_result is not None:
            on_result(result)
    return report


def _place(
    rendered: Rendered, out_dir: Path, force: bool, written_ids: dict[str, Path | str]
) -> SeedResult:
    seed = rendered.seed
    if rendered.problems:
        return SeedResult(
            seed, Outcome.FAILED, problems=rendered.problems, warnings=rendered.warnings
        )
    if rendered.already_built:
        # A feed entry unchanged since it was built: its brief on disk is this build's.
        written_ids[rendered.brief_id] = seed
        return SeedResult(seed, Outcome.UNCHANGED, out_dir / f"{rendered.brief_id}.yaml")
    disk = _OnDisk()
    try:
        rendered = _with_free_id(rendered, out_dir, written_ids, disk)
    except InputError as exc:
        return SeedResult(seed, Outcome.FAILED, problems=tuple(exc.problems))
    written_ids[rendered.brief_id] = seed
    target = out_dir / f"{rendered.brief_id}.yaml"
    beside = out_dir / f"{rendered.brief_id}.new.yaml"
    try:
        state = _on_disk_state(target, disk)
        if state == "edited" and not force:
            atomic_write_text(beside, rendered.yaml_text)
            return SeedResult(
                seed,
                Outcome.KEPT,
                beside,
                f"{target} was edited by hand; kept it and wrote the new build to {beside.name} "
                "(use --force to overwrite)",
                warnings=rendered.warnings,
            )
        if state != rendered.fingerprint:
            atomic_write_text(target, rendered.yaml_text)
        # The brief itself now holds this build: an earlier kept copy beside it is stale.
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISREG(os.lstat(beside).st_mode):
                beside.unlink()
    except OSError as exc:
        problem = Problem(str(target), f"cannot write brief: {exc.strerror or exc}")
        return SeedResult(seed, Outcome.FAILED, problems=(problem,), warnings=rendered.warnings)
    outcome = Outcome.UNCHANGED if state == rendered.fingerprint else Outcome.BUILT
    return SeedResult(seed, outcome, target, warnings=rendered.warnings)


def _with_free_id(
    rendered: Rendered, out_dir: Path, written_ids: dict[str, Path | str], disk: _OnDisk
) -> Rendered:
    """``rendered``, or a copy under another id when its id belongs to another seed.

    Seed names map to ids with loss ("US News.txt" and "us-news.txt" are both ``us-news``;
    names in other scripts have no letters left), so an id already built from another seed,
    in this run or on disk, gets a suffix from this seed's file name: stable across runs,
    readable, and never silently replacing the other brief.
    """
    seed = rendered.seed
    name = _seed_name(seed)
    taken_by = _owner(rendered.brief_id, out_dir, written_ids, disk)
    if taken_by is None or taken_by == name:
        return rendered
    suffix = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    new_id = f"{rendered.brief_id[:110]}-{suffix}"
    owner = _owner(new_id, out_dir, written_ids, disk)
    if not ID_PATTERN.match(new_id) or (owner is not None and owner != name):
        raise InputError.single(
            seed, f"brief id {rendered.brief_id!r} is already built from {taken_by}; rename a seed"
        )
    data = load_brief_data(rendered.yaml_text, str(seed))
    data["id"] = new_id
    data.pop("fingerprint", None)
    fingerprint = fingerprint_of(data)
    data["fingerprint"] = fingerprint
    warning = f"{seed}: id {rendered.brief_id!r} is taken by {taken_by}; this brief is {new_id!r}"
    return Rendered(
        seed,
        new_id,
        dump_data(data),
        fingerprint,
        warnings=(*rendered.warnings, warning),
    )


def _seed_name(seed: Path | str) -> str:
    """What ``source.file`` records for a seed: a file's name, or a URL as it is."""
    return seed.name if isinstance(seed, Path) else seed


def _owner(
    brief_id: str, out_dir: Path, written_ids: dict[str, Path | str], disk: _OnDisk
) -> str | None:
    """The name of the seed that brief ``brief_id`` was built from (this run first, then on
    disk), or None if the id is free or its owner cannot be told."""
    if brief_id in written_ids:
        return _seed_name(written_ids[brief_id])
    found = disk.read(out_dir / f"{brief_id}.yaml")
    data = found[1] if found is not None else None
    source = data.get("source") if isinstance(data, dict) else None
    file = source.get("file") if isinstance(source, dict) else None
    return file if isinstance(file, str) else None


class _OnDisk:
    """Briefs already on disk, each parsed at most once while placing one seed.

    Only what was read is kept: a file absent or unreadable at the first look may have been
    written by a concurrent build by the second, and must be looked at again.
    """

    def __init__(self) -> None:
        self._read: dict[Path, tuple[str, Any]] = {}

    def read(self, target: Path) -> tuple[str, Any] | None:
        """The text and data of the brief at ``target``; None if absent or unreadable. Only
        a regular file is read (a FIFO never)."""
        if target not in self._read:
            try:
                raw = read_regular_file(target, MAX_BRIEF_BYTES, "brief")
                text = raw.decode("utf-8")
                self._read[target] = (text, load_brief_data(text, str(target)))
            except (InputError, NotReadable, UnicodeDecodeError):
                return None
        return self._read[target]


def _on_disk_state(target: Path, disk: _OnDisk) -> str:
    """ "absent", "edited", or the fingerprint of the untouched generated brief at ``target``.

    Untouched means exactly the text a build writes for the data it holds, so a hand edit
    that only adds a comment or changes the layout counts as an edit too.
    """
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return "absent"
    if not stat.S_ISREG(mode):
        raise OSError(0, f"{target.name} is {describe_kind(mode)}; not replaced")
    found = disk.read(target)
    if found is None:
        return "edited"  # unreadable now: someone changed it; never overwrite silently
    text, data = found
    if not isinstance(data, dict):
        return "edited"
    stored = data.get("fingerprint")
    if not isinstance(stored, str) or stored != fingerprint_of(data):
        return "edited"
    if dump_data(data) != text:
        return "edited"
    return stored


def default_jobs() -> int:
    return 1 if (os.cpu_count() or 1) < 2 else min(4, os.cpu_count() or 1)
