"""Process-wide settings the program applies once at start."""

from __future__ import annotations

import gc

#: Objects allocated between young-generation collections. Loading an office builds tens of
#: thousands of small records in a burst; with Python's default (700) that burst sets off
#: repeated full collections that walk every object of the program.
GC_YOUNG_THRESHOLD = 10_000


def tune_gc() -> None:
    """Collect the young generation less often (measured in benchmarks/bench_core.py).

    gc.freeze() was tried too: it leaves the collector's count of long-lived objects near zero,
    so full collections come *more* often, and the analysis got slower.
    """
    _, middle, old = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)
