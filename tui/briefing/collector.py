"""Pausing Python's cycle collector around allocation-heavy loops that make no cycles.

Building 100,000 list rows or millions of index entries sets off the collector's passes
again and again, each walking every object made so far: a third of an index build, half of
decoding the reader's list. Threads share the collector, so pauses nest by count: the
collector runs again when the last pause ends, and only if it ran before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """``keep``: what the block makes lives as long as the process (the reader's list), so
    later passes skip it too. Without that, the first pass after the pause walks all of it,
    on whichever thread allocates next: 40 ms on the UI thread at 100,000 rows."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
        if keep:
            gc.freeze()
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
