"""A combo box for forms inside a scroll area: the mouse wheel scrolls the form, and changes the
value only once the box has the keyboard focus (a plain QComboBox takes every wheel turn that
passes over it, so scrolling a form silently changed its values)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox


class FormComboBox(QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area behind it scrolls
