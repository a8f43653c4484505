"""Keeping Python's garbage collector from stalling the window.

A full collection scans every container object alive: with the window, the name index and the
matching engine in memory that is a few hundred thousand objects and a tenth of a second with
the interpreter lock held (the window stutters). Objects built to last the whole session are
therefore moved out of its reach (``gc.freeze``); they are still freed by reference counting.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def keep_long_lived() -> None:
    """Leave everything alive now out of later collections."""
    gc.freeze()


@contextmanager
def building_long_lived() -> Iterator[None]:
    """Build many small objects that last the session: the collector is paused meanwhile (it
    would rescan everything again and again) and leaves them alone afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        keep_long_lived()
        if was_enabled:
            gc.enable()
