"""The one dialog for an error the user can act on."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """What is wrong and where, in words the user can act on; never a traceback (an error the
    program did not expect goes to ``error_reporting.show_unexpected``)."""
    QMessageBox.warning(parent, title, message)
