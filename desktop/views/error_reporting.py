"""An error nobody caught, in a slot or an event handler, is logged and shown in a dialog
instead of only printed to a terminal the user does not see."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.lifecycle.logs import log_file
from desktop.views.dialogs import show_error

log = logging.getLogger(__name__)


def show_unexpected(parent: QWidget | None, message: str, details: str) -> None:
    """A program error in a dialog, with where the log file keeps its details."""
    path = log_file()
    if path.exists():
        note = QCoreApplication.translate("errors", "Also written to %1.")
        details = f"{details}\n{note.replace('%1', str(path))}"
    show_error(
        parent, QCoreApplication.translate("errors", "Something went wrong"), message, details
    )


@contextmanager
def errors_reported() -> Iterator[None]:
    """While the application runs, uncaught errors are logged and shown (one dialog at a time)."""
    previous = sys.excepthook
    showing = False

    def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None):
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details)
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            show_unexpected(QApplication.activeWindow(), str(error) or kind.__name__, details)
        finally:
            showing = False

    sys.excepthook = report
    try:
        yield
    finally:
        sys.excepthook = previous
