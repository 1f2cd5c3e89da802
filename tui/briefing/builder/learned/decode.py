"""Tag sequences to attributions: each content run with its nearest cue and that cue's source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Span
from ..tokens import Tok

#: at most this many tokens between a content run and the cue or source it belongs to
_REACH = 30


@dataclass(frozen=True, slots=True)
class Run:
    kind: str  # "C", "S" or "Q"
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Found:
    """One attribution the tagger found, as token runs of its paragraph."""

    content: tuple[Run, ...]
    cue: Run | None
    source: Run | None

    def spans(self, toks: Sequence[Tok]) -> list[Span]:
        """The content's pieces; reported speech starts after its "that", as the rules' does."""
        out = []
        for r in self.content:
            first = r.first + (toks[r.first].lower == "that" and r.first < r.last)
            out.append((toks[first].start, toks[r.last].end))
        return out


def runs(labels: Sequence[str]) -> list[Run]:
    out: list[Run] = []
    kind = ""
    first = 0
    for i, label in enumerate(labels):
        here = label[2:] if label != "O" else ""
        if here and kind == here and label[0] == "I":
            continue
        if kind:
            out.append(Run(kind, first, i - 1))
        kind, first = here, i
    if kind:
        out.append(Run(kind, first, len(labels) - 1))
    return out


def _gap(a: Run, b: Run) -> int:
    return b.first - a.last if a.last < b.first else a.first - b.last


def attributions(labels: Sequence[str], toks: Sequence[Tok]) -> list[Found]:
    found: list[Found] = []
    all_runs = runs(labels)
    contents = [r for r in all_runs if r.kind == "C"]
    cues = [r for r in all_runs if r.kind == "Q"]
    sources = [r for r in all_runs if r.kind == "S"]
    merged: list[list[Run]] = []
    for run in contents:
        # '"First half," she said, "second half."': one content in two pieces around its cue.
        if merged:
            prev = merged[-1][-1]
            between = [r for r in all_runs if prev.last < r.first and r.last < run.first]
            quiet = all(
                toks[k].text in ",.:;—–-\"“”’‘'"
                for k in range(prev.last + 1, run.first)
                if not any(r.first <= k <= r.last for r in between)
            )
            if between and quiet and any(r.kind == "Q" for r in between):
                merged[-1].append(run)
                continue
        merged.append([run])
    for pieces in merged:
        head = pieces[0]
        cue = min(cues, key=lambda r: _gap(r, head), default=None)
        if cue is not None and _gap(cue, head) > _REACH:
            cue = None
        anchor = cue or head
        source = min(sources, key=lambda r: _gap(r, anchor), default=None)
        if source is not None and _gap(source, anchor) > _REACH:
            source = None
        found.append(Found(tuple(pieces), cue, source))
    return found
