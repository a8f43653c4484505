"""Progress and cancel for a long run (matching): a bar, what it is doing, and a Cancel button.

The work is a plain function that receives progress and cancellation callbacks (as in Orange's
``concurrent`` helpers); it runs on the task runner, and its result comes back to the GUI thread.
The worker only writes its progress into a plain object, which a timer on the GUI thread shows:
no Qt object crosses threads, so a page closed during a run is safe. A new run cancels the one
before it, so a late answer never overwrites a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.views.context import AppContext

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
REFRESH_MS = 100


class _Progress:
    """Steps done and in all, written by the worker, read by the GUI thread."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0

    def report(self, done: int, total: int) -> None:
        self.done, self.total = done, total


class RunBar(QWidget):
    runningChanged = Signal(bool)

    def __init__(self, context: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key = key
        self._stop: threading.Event | None = None
        self._progress = _Progress()
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the run (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._show_progress)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self._set_running(False)

    def is_running(self) -> bool:
        return self._stop is not None

    def run(
        self,
        text: str,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException, str], None],
    ) -> None:
        if self._stop is not None:
            self._stop.set()
        stop = threading.Event()
        progress = _Progress()
        self._stop, self._progress = stop, progress

        def job() -> Any:
            return work(progress.report, stop.is_set)

        def succeeded(result: Any) -> None:
            self._finished()
            on_success(result)

        def failed(error: BaseException, details: str) -> None:
            self._finished()
            on_failure(error, details)

        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self._set_running(True)
        self._timer.start()
        self._context.tasks.call(job, succeeded, failed, key=self._key)

    @Slot()
    def cancel(self) -> None:
        if self._stop is None:
            return
        self._stop.set()
        self._context.tasks.cancel(self._key)
        self._finished()
        self.label.setText(self.tr("Cancelled."))
        self.label.show()

    def _finished(self) -> None:
        self._stop = None
        self._timer.stop()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.label.setVisible(running)
        self.runningChanged.emit(running)

    @Slot()
    def _show_progress(self) -> None:
        done, total = self._progress.done, self._progress.total
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
