"""Speed tricks with Python's cyclic garbage collector, in one place (no Qt here).

Reference counting frees almost every object the moment it is no longer used; the cyclic
collector is only for objects that refer to each other in a circle. It runs whenever
allocations outnumber deallocations by a threshold and then walks the objects it tracks
(now and then all of them). While a program builds up objects that all stay alive, each of
those runs walks a growing heap and frees nothing. meapp does that
twice, and holds the collector off there; memory is still freed by reference counting, only
garbage in cycles waits until the collector runs again.

* The start (`hold_collector` in `meapp.cli.main`, `release_and_freeze` once the window is
  shown, in `meapp.ui.app`): nearly everything the start allocates (modules, classes,
  SQLAlchemy's mappers, Qt's wrappers) lives as long as the app. The collector rescanning
  it cost about 60 ms of a one-second start to an interactive dashboard (commit c5fc874
  measured a fifth of the start, `bench/run.py` shows the start). `release_and_freeze`
  then moves what the start built out of the collector's sight (`gc.freeze`), so later
  collections no longer walk it either. The hold is only for the straight path to the
  window: before a dialog waits for the user (first start, login, restore, an error)
  `release_collector` turns the collector back on without freezing, so the garbage the
  dialog's work leaves (creating the demo, for one) is still collected.
* The roll-up of all programmes (`collector_paused` in `meapp.services.monitoring.status`):
  a few hundred thousand row tuples and status objects, all alive until it returns; the
  collector's runs on the way were a quarter of its time on the `oblast` demo.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # roll-ups running now, in any thread
_paused = False  # whether the outermost of them switched the collector off


def hold_collector() -> None:
    """Switch the collector off for the start (see the module's docstring)."""
    gc.disable()


def release_and_freeze() -> None:
    """The start reached its window: freeze what it built out of the collector's sight and
    let the collector run again. Does nothing when the collector is on already (a dialog
    released it, or the start was not held), so that only the start's own objects are
    frozen, never garbage a dialog left."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def release_collector() -> None:
    """The start leaves its straight path for a dialog that waits for the user: let the
    collector run again, freezing nothing."""
    gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector held off while a large computation builds objects that all live until
    it ends; on again when the last such computation (of any thread) is done. Left alone
    when it was off already (the start holds it): whoever switched it off turns it on."""
    global _depth, _paused
    with _lock:
        if _depth == 0:
            _paused = gc.isenabled()
            if _paused:
                gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _paused:
                _paused = False
                gc.enable()
