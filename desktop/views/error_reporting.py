"""An error nobody caught, in a slot or an event handler, is logged and shown in a dialog
instead of only printed to a terminal the user does not see."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.views.dialogs import show_error

log = logging.getLogger(__name__)


@contextmanager
def errors_reported(log_file: Path | None) -> Iterator[None]:
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
            if log_file is not None:
                note = QCoreApplication.translate("errors", "Also written to %1.")
                details = f"{details}\n{note.replace('%1', str(log_file))}"
            show_error(
                QApplication.activeWindow(),
                QCoreApplication.translate("errors", "Something went wrong"),
                str(error) or kind.__name__,
                details,
            )
        finally:
            showing = False

    sys.excepthook = report
    try:
        yield
    finally:
        sys.excepthook = previous
