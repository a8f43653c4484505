"""Progress and cancel for long work, handed to the work as one plain object.

The idea follows Orange's ``TaskState``: the work (run on a worker thread) writes how far it is
and asks whether it should stop; the caller (the GUI thread) reads the progress and asks for the
stop. Nothing here knows Qt, so the same work runs from the command line.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled the work; nothing was changed or written."""


class TaskState:
    """How far some work is (steps done, steps in all, what it is doing) and whether it was
    asked to stop. Written by the work, read and cancelled by whoever started it."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.step = ""
        self._cancel = threading.Event()

    def report(self, done: int, total: int, step: str = "") -> None:
        self.done, self.total, self.step = done, total, step

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the stop was asked for."""
        if self._cancel.is_set():
            raise Cancelled
