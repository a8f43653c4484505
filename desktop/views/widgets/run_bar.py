"""Progress and cancel for a long run (matching): a bar, what it is doing, and a Cancel button.

The work is a plain function that receives progress and cancellation callbacks (as in Orange's
``concurrent`` helpers); it runs on the task runner, and its result comes back to the GUI thread.
A new run cancels the one before it, so a late answer never overwrites a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.views.context import AppContext

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _ProgressRelay(QObject):
    """Carries progress from the worker. Owned by the application, not by the bar, so that a
    worker still reporting after its page was closed emits on a live object (Qt drops the
    connection to a deleted bar); the worker has it deleted on the GUI thread when it ends."""

    progressed = Signal(int, int)


class RunBar(QWidget):
    runningChanged = Signal(bool)

    def __init__(self, context: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key = key
        self._stop: threading.Event | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the run (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
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
        self._stop = stop
        relay = _ProgressRelay(QCoreApplication.instance())
        relay.progressed.connect(self._show_progress)

        def job() -> Any:
            try:
                return work(relay.progressed.emit, stop.is_set)
            finally:
                relay.deleteLater()

        def succeeded(result: Any) -> None:
            self._finished()
            on_success(result)

        def failed(error: BaseException, details: str) -> None:
            self._finished()
            on_failure(error, details)

        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self._set_running(True)
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
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.label.setVisible(running)
        self.runningChanged.emit(running)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self._stop is not None and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
