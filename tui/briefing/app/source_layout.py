"""Where the Source pane's rows fall: the article cut into blocks, lines and wrapped rows.

Pure data over the article text (no Textual), so the pane can draw only the rows on screen.
Rows break exactly where Rich's ``divide_line`` (what Textual's ``Static`` uses) breaks them;
``wrap_offsets`` gets there quicker for the common case of text whose every character is one
cell wide.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from rich._wrap import divide_line

from ..safe_text import same_length_visible

#: Characters one cell wide that never join the character before them (no combining marks,
#: joiners or variation selectors): Rich's own single-cell ranges, plus the dashes, quotes
#: and ellipsis of news text and the euro sign. tests/app/test_source_pane.py checks each
#: against Rich.
SINGLE_CELL_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0xAC),
    (0xAE, 0x2FF),
    (0x370, 0x482),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x20AC, 0x20AC),
)
_SINGLE_CELL = frozenset(chr(c) for low, high in SINGLE_CELL_RANGES for c in range(low, high + 1))
_WORD = re.compile(r"\s*\S+\s*")
_NON_SPACE = re.compile(r"\S")

#: Target number of blocks (a blank row after each): a huge article gets larger blocks.
BLOCKS = 300


@lru_cache(maxsize=16)
def _row_pattern(width: int) -> re.Pattern[str]:
    """The longest run from a row's start that ends a word within ``width`` cells."""
    return re.compile(rf".{{0,{width - 1}}}\S(?=\s|$)")


def _next_word(line: str, at: int) -> int:
    found = _NON_SPACE.search(line, at)
    return found.start() if found else len(line)


def wrap_offsets(line: str, width: int) -> list[int]:
    """Where ``line`` (no newlines) breaks to fit ``width`` cells: the same offsets as
    ``rich._wrap.divide_line(line, width)``, one regex match per row instead of per word."""
    width = max(1, width)
    if not _SINGLE_CELL.issuperset(line):
        return divide_line(line, width)
    if len(line) <= width:
        return []
    # A row from `at` holds every word whose last non-space character is within `width`
    # cells of `at`; a word too long for any row is folded every `width` characters.
    last = len(line.rstrip())
    row = _row_pattern(width).match
    breaks: list[int] = []
    at = 0
    while last - at > width:
        fits = row(line, at)
        if fits is not None:
            at = _next_word(line, fits.end())
            breaks.append(at)
        elif at and line[at].isspace():
            # Only the tail of a folded word's spaces is on this row; the next word
            # starts the next one.
            at = _next_word(line, at)
            breaks.append(at)
        else:
            word = _WORD.match(line, at)
            word_end = word.end() if word else len(line)
            folds = (word_end - at - 1) // width
            breaks.extend(at + width * n for n in range(1, folds + 1))
            at += width * folds
    return breaks


def paragraph_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of blocks of whole lines, skipping blank ones: one block per paragraph
    of a short article; a huge article gets larger blocks, never many more than ``BLOCKS``."""
    target = max(1, len(text) // BLOCKS)
    blocks: list[tuple[int, int]] = []
    block_start = 0
    at = 0
    for line in text.split("\n"):
        at += len(line) + 1
        if at - block_start >= target:
            if text[block_start : at - 1].strip():
                blocks.append((block_start, at - 1))
            block_start = at
    if text[block_start:].strip():
        blocks.append((block_start, len(text)))
    return blocks


class Row(NamedTuple):
    """One row of text: article offsets [start, end) of line ``line`` (an index into
    ``SourceRows.starts``), and whether the line wraps after it (so its trailing spaces are
    not drawn)."""

    line: int
    start: int
    end: int
    wrapped: bool


class SourceRows:
    """The article as rows: every line of every block wrapped to a width, then one blank row
    after each block. Counting the rows of a 5 MB article takes about 0.1 s."""

    def __init__(self, text: str) -> None:
        #: The article as shown: controls replaced one for one, so offsets still hold.
        self.visible = same_length_visible(text)
        #: Each line's article offsets and line number (from 0), in order; the blank row
        #: after a block is a line with end and number -1.
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.numbers: list[int] = []
        number = 0
        counted_to = 0
        for block_start, block_end in paragraph_blocks(text):
            number += text.count("\n", counted_to, block_start)
            at = block_start
            while (newline := text.find("\n", at, block_end)) != -1:
                self._add(at, newline, number)
                at = newline + 1
                number += 1
            self._add(at, block_end, number)
            self._add(block_end, -1, -1)
            counted_to = at
        self.width = 0
        #: The first row of each line at ``width``, and the total after the last.
        self.first_rows: list[int] = [0]
        self._breaks: dict[int, list[int]] = {}

    def _add(self, start: int, end: int, number: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.numbers.append(number)

    @property
    def height(self) -> int:
        return self.first_rows[-1]

    def wrap(self, width: int) -> None:
        """Count every line's rows at ``width`` cells."""
        if width == self.width:
            return
        visible = self.visible
        counts = [
            1 if end < 0 else len(wrap_offsets(visible[start:end], width)) + 1
            for start, end in zip(self.starts, self.ends, strict=True)
        ]
        self.first_rows = [0, *accumulate(counts)]
        self.width = width
        self._breaks.clear()

    def breaks(self, line: int) -> list[int]:
        """Where ``line`` wraps at the current width, as offsets into the line (remembered
        for the last few hundred lines, so a huge single line is wrapped once)."""
        breaks = self._breaks.get(line)
        if breaks is None:
            if len(self._breaks) >= 256:
                del self._breaks[next(iter(self._breaks))]
            line_text = self.visible[self.starts[line] : self.ends[line]]
            breaks = self._breaks[line] = wrap_offsets(line_text, self.width)
        return breaks

    def row(self, y: int) -> Row | None:
        """What row ``y`` shows; None for a blank row or past the end."""
        if not 0 <= y < self.height:
            return None
        line = bisect_right(self.first_rows, y) - 1
        start, end = self.starts[line], self.ends[line]
        if end < 0:
            return None
        breaks = self.breaks(line)
        index = y - self.first_rows[line]
        row_start = start + (breaks[index - 1] if index else 0)
        if index < len(breaks):
            return Row(line, row_start, start + breaks[index], True)
        return Row(line, row_start, end, False)

    def row_of(self, offset: int) -> int:
        """The row that shows article ``offset`` (or the nearest line before it)."""
        line = bisect_right(self.starts, offset) - 1
        while line >= 0 and self.ends[line] < 0:
            line -= 1
        if line < 0:
            return 0
        within = min(offset, self.ends[line]) - self.starts[line]
        return self.first_rows[line] + bisect_right(self.breaks(line), within)

    def offset_of(self, y: int) -> int | None:
        """The article offset of the first character row ``y`` shows (for keeping the
        same words on top when the width changes)."""
        if not 0 <= y < self.height:
            return None
        line = bisect_right(self.first_rows, y) - 1
        if self.ends[line] < 0:
            return self.starts[line]
        index = y - self.first_rows[line]
        return self.starts[line] + (self.breaks(line)[index - 1] if index else 0)
