"""Running plain functions off the GUI thread; results come back to GUI-thread callbacks.

The idea follows Anki's ``CollectionOp`` and git-cola's ``RunTask``: a function without Qt runs
in a thread pool, its result or exception travels back through a queued signal, and a callback
runs on the GUI thread. Calls given the same ``key`` supersede each other: only the result of the
newest one is delivered, so a late answer to an old request never overwrites a newer one.

Long work is started with :meth:`TaskRunner.start`: it is handed a :class:`TaskState`, into
which it writes its progress and from which it learns that it should stop. A timer on the GUI
thread reads that state, so no Qt object crosses threads and a closed page is safe.
"""

from __future__ import annotations

import functools
import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from desktop.services.progress import TaskState
from desktop.views.error_reporting import error_message

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException, str], None]
Work = Callable[[TaskState], Any]
Follow = Callable[[TaskState], None]
REFRESH_MS = 100


class _Relay(QObject):
    """Lives on the GUI thread; workers emit on it, so the slots run on the GUI thread."""

    succeeded = Signal(int, object)
    failed = Signal(int, object, str)


class _Job(QRunnable):
    def __init__(self, task_id: int, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task_id = task_id
        self._function = function
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # noqa: BLE001 - every failure goes back to the caller
            details = traceback.format_exc()
            log.error("background task failed\n%s", details)
            self._relay.failed.emit(self._task_id, error, details)
        else:
            self._relay.succeeded.emit(self._task_id, result)


@dataclass
class _Pending:
    key: str | None
    generation: int
    on_success: Success
    on_failure: Failure | None


def _owner_alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a Qt object that has been deleted meanwhile."""
    while isinstance(callback, functools.partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TaskRunner(QObject):
    """Runs functions in its own thread pool and hands their results to GUI-thread callbacks."""

    taskFailed = Signal(str, str)  # message, details: a failure that no callback handled
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._generations: dict[str, int] = {}
        self._followers: dict[int, QTimer] = {}
        self._closed = False

    def call(
        self,
        function: Callable[[], Any],
        on_success: Success,
        on_failure: Failure | None = None,
        *,
        key: str | None = None,
        priority: int = 0,
    ) -> int:
        """Run ``function()`` in the pool; returns the task id.

        ``on_success(result)`` or ``on_failure(error, details)`` runs later on the GUI thread.
        Without ``on_failure`` a failure is announced by ``taskFailed``. Queued work with a
        higher ``priority`` starts first.
        """
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        task_id = next(self._ids)
        generation = 0
        if key is not None:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation
        was_idle = not self._pending
        self._pending[task_id] = _Pending(key, generation, on_success, on_failure)
        self._pool.start(_Job(task_id, function, self._relay), priority)
        if was_idle:
            self.busyChanged.emit(True)
        return task_id

    def start(
        self,
        work: Work,
        on_success: Success,
        on_failure: Failure | None = None,
        *,
        key: str | None = None,
        on_progress: Follow | None = None,
    ) -> TaskState:
        """Run long ``work(state)`` in the pool, as :meth:`call` does; returns its state, whose
        ``cancel()`` asks the work to stop (it then fails with ``Cancelled``).

        While it runs, ``on_progress(state)`` is called on the GUI thread every ``REFRESH_MS``.
        """
        state = TaskState()
        task_id = self.call(functools.partial(work, state), on_success, on_failure, key=key)
        if on_progress is not None:
            timer = QTimer(self)
            timer.setInterval(REFRESH_MS)
            timer.timeout.connect(functools.partial(self._follow, on_progress, state))
            timer.start()
            self._followers[task_id] = timer
        return state

    def cancel(self, key: str) -> None:
        """Results still to come for ``key`` are dropped (the work itself runs to its end)."""
        self._generations[key] = self._generations.get(key, 0) + 1

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every started function has returned (results are delivered later)."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop queued work and pending results, then wait for running functions to finish."""
        self._closed = True
        self._pool.clear()
        self._pending.clear()
        for task_id in list(self._followers):
            self._stop_following(task_id)
        self._pool.waitForDone(timeout_ms)

    def _follow(self, on_progress: Follow, state: TaskState) -> None:
        if _owner_alive(on_progress):
            on_progress(state)

    def _stop_following(self, task_id: int) -> None:
        timer = self._followers.pop(task_id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()

    def _take(self, task_id: int) -> _Pending | None:
        self._stop_following(task_id)
        pending = self._pending.pop(task_id, None)
        if pending is None:
            return None
        if not self._pending:
            self.busyChanged.emit(False)
        if pending.key is not None and self._generations.get(pending.key) != pending.generation:
            return None  # superseded by a newer call with the same key
        return pending

    @Slot(int, object)
    def _succeeded(self, task_id: int, result: object) -> None:
        pending = self._take(task_id)
        if pending is not None and _owner_alive(pending.on_success):
            pending.on_success(result)

    @Slot(int, object, str)
    def _failed(self, task_id: int, error: object, details: str) -> None:
        pending = self._take(task_id)
        if pending is None:
            return
        if pending.on_failure is None:
            self.taskFailed.emit(error_message(error), details)
        elif _owner_alive(pending.on_failure):
            pending.on_failure(error, details)  # type: ignore[arg-type]
