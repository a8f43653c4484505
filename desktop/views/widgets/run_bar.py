"""Progress and cancel for a long run (matching): a bar, what it is doing, and a Cancel button.

The work is started with :meth:`TaskRunner.start`, which hands it a ``TaskState`` and shows its
progress here; its result comes back to the GUI thread. A new run cancels the one before it, so
a late answer never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.services.progress import Cancelled, TaskState
from desktop.views.context import AppContext
from desktop.views.tasks import Work


class RunBar(QWidget):
    runningChanged = Signal(bool)

    def __init__(self, context: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key = key
        self._state: TaskState | None = None
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
        return self._state is not None

    def run(
        self,
        text: str,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException, str], None],
    ) -> None:
        if self._state is not None:
            self._state.cancel()

        def succeeded(result: Any) -> None:
            self._finished()
            on_success(result)

        def failed(error: BaseException, details: str) -> None:
            self._finished()
            if not isinstance(error, Cancelled):  # a cancelled run ends quietly, on every page
                on_failure(error, details)

        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self._set_running(True)
        self._state = self._context.tasks.start(
            work, succeeded, failed, key=self._key, on_progress=self._show_progress
        )

    @Slot()
    def cancel(self) -> None:
        if self._state is None:
            return
        self._state.cancel()
        self._context.tasks.cancel(self._key)
        self._finished()
        self.label.setText(self.tr("Cancelled."))
        self.label.show()

    def _finished(self) -> None:
        self._state = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.label.setVisible(running)
        self.runningChanged.emit(running)

    def _show_progress(self, state: TaskState) -> None:
        if state is self._state and state.total > 0:
            self.bar.setRange(0, state.total)
            self.bar.setValue(state.done)
