"""Errors the program did not expect: the one place that shows a traceback.

An error nobody caught, in a slot or an event handler, is logged and shown in a dialog instead of
only printed to a terminal the user does not see; pages show the failures of their background work
the same way. Errors a user can act on go to ``dialogs.show_error`` instead."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.services.lifecycle.logs import log_file

log = logging.getLogger(__name__)


def error_message(error: BaseException) -> str:
    """What an error says, or its kind when it says nothing."""
    return str(error) or type(error).__name__


def show_unexpected(
    parent: QWidget | None,
    error: BaseException | str,
    details: str,
    *,
    title: str | None = None,
) -> None:
    """A program error in a dialog: its message, and under "Show Details" the traceback and
    where the log file keeps it."""
    message = error if isinstance(error, str) else error_message(error)
    path = log_file()
    if path.exists():
        note = QCoreApplication.translate("errors", "Also written to %1.")
        details = f"{details}\n{note.replace('%1', str(path))}"
    if title is None:
        title = QCoreApplication.translate("errors", "Something went wrong")
    _report_dialog(parent, title, message, details)


def _report_dialog(parent: QWidget | None, title: str, message: str, details: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setDetailedText(details)
    box.exec()


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
            show_unexpected(QApplication.activeWindow(), error, details)
        finally:
            showing = False

    sys.excepthook = report
    try:
        yield
    finally:
        sys.excepthook = previous
