"""What the main window expects of a page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.views.settings_store import SettingsStore


class Page(QWidget):
    """A page of the main window. ``activate`` runs each time the page is shown."""

    statusMessage = Signal(str)  # a line for the status bar while this page is shown
    undo_stack: QUndoStack | None = None  # a page that edits: its steps join Edit > Undo

    def activate(self) -> None:
        """The page became visible; load what it shows if it has not yet."""

    def refresh(self) -> None:
        """Load what the page shows again (View > Refresh)."""

    def restore_settings(self, settings: SettingsStore) -> None:
        """Read the page's own view state (column widths, ...) from the settings."""

    def save_settings(self, settings: SettingsStore) -> None:
        """Write the page's own view state to the settings."""

    def set_scrolled_content(self, content: QWidget) -> None:
        """Fill the page with ``content``, scrolling when the window is smaller than it."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
