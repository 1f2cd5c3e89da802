"""The cycle collector is paused around the list and index loads, from several threads at
once: it must come back on when the last pause ends, or a long reading session leaks."""

import gc
import threading

import pytest

from briefing.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_restored():
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


def test_a_pause_stops_the_collector_and_restores_it():
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_from_two_threads_end_with_the_last():
    gc.enable()
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # the other pause ended; this one still holds

    worker = threading.Thread(target=first)
    worker.start()
    first_in.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()
    second_done.set()
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_error_inside_still_restores_the_collector():
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("bad brief")
    assert gc.isenabled()


def test_kept_objects_are_left_out_of_later_passes():
    gc.enable()
    before = gc.get_freeze_count()
    with collector_paused(keep=True):
        rows = [(n, str(n)) for n in range(1000)]
    assert gc.get_freeze_count() >= before + len(rows)
    gc.unfreeze()
