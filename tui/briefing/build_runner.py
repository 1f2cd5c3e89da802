"""Build briefs from seeds and write them safely: atomically, never over a hand edit.

The builder itself is pure (seed → Brief); this module decides what happens on disk.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .atomic import atomic_write_text
from .brief_yaml import brief_to_dict, dump_data, fingerprint_of, load_brief_data
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
    data = brief_to_dict(brief)
    fingerprint = fingerprint_of(data)
    data["fingerprint"] = fingerprint
    return Rendered(seed_path, brief.id, dump_data(data), fingerprint, warnings=seed.warnings)


def render_all(seeds: Sequence[Item], jobs: int) -> Iterator[Rendered]:
    """Rendered seeds in input order, whatever the number of processes."""
    if jobs <= 1 or len(seeds) < 2:
        yield from map(render_seed, seeds)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(render_seed, seeds, chunksize=max(1, min(32, len(seeds) // (jobs * 4))))


def build(
    seeds: Sequence[Item],
    out_dir: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    on_result: Callable[[SeedResult], None] | None = None,
) -> BuildReport:
    report = BuildReport()
    _remove_stale_temp_files(out_dir)
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
    if rendered.brief_id in written_ids:
        other = written_ids[rendered.brief_id]
        problem = Problem(
            str(seed), f"brief id {rendered.brief_id!r} is already built from {other}"
        )
        return SeedResult(seed, Outcome.FAILED, problems=(problem,))
    written_ids[rendered.brief_id] = seed
    target = out_dir / f"{rendered.brief_id}.yaml"
    if rendered.already_built:
        return SeedResult(seed, Outcome.UNCHANGED, target)
    try:
        state = _on_disk_state(target)
        if state == "edited" and not force:
            beside = out_dir / f"{rendered.brief_id}.new.yaml"
            atomic_write_text(beside, rendered.yaml_text)
            return SeedResult(
                seed,
                Outcome.KEPT,
                beside,
                f"{target} was edited by hand; kept it and wrote the new build to {beside.name} "
                "(use --force to overwrite)",
                warnings=rendered.warnings,
            )
        if state == rendered.fingerprint:
            return SeedResult(seed, Outcome.UNCHANGED, target, warnings=rendered.warnings)
        atomic_write_text(target, rendered.yaml_text)
    except OSError as exc:
        problem = Problem(str(target), f"cannot write brief: {exc.strerror or exc}")
        return SeedResult(seed, Outcome.FAILED, problems=(problem,), warnings=rendered.warnings)
    return SeedResult(seed, Outcome.BUILT, target, warnings=rendered.warnings)


def _remove_stale_temp_files(out_dir: Path) -> None:
    """Temp files left by a build that was killed before its rename; never a whole brief."""
    for stale in out_dir.glob(".*.yaml.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _on_disk_state(target: Path) -> str:
    """ "absent", "edited", or the fingerprint of the untouched generated brief at ``target``."""
    if not target.exists():
        return "absent"
    try:
        data = load_brief_data(target.read_text(encoding="utf-8"), str(target))
    except (InputError, OSError, UnicodeDecodeError):
        return "edited"  # unreadable now: someone changed it; never overwrite silently
    if not isinstance(data, dict):
        return "edited"
    stored = data.get("fingerprint")
    if not isinstance(stored, str) or stored != fingerprint_of(data):
        return "edited"
    return stored


def default_jobs() -> int:
    return 1 if (os.cpu_count() or 1) < 2 else min(4, os.cpu_count() or 1)
