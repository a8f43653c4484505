"""Pausing Python's garbage collector while many small objects are made at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Building 100,000 small objects makes the collector rescan everything again and again,
    holding the interpreter lock for a tenth of a second each time (a window stutters); the
    objects are freed by reference counting either way."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
