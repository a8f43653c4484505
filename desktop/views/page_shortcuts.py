"""Run and cancel keys of the matching pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

RUN_KEYS = ("Ctrl+Return", "Ctrl+Enter")
CANCEL_KEYS = ("Esc",)


def _shortcut(widget: QWidget, keys: tuple[str, ...], triggered: Callable[[], None]) -> QAction:
    action = QAction(widget)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(triggered)
    return action


def add_run_shortcuts(
    widget: QWidget, run: Callable[[], None], cancel: Callable[[], None] | None = None
) -> None:
    """Ctrl+Return runs the page's work and Esc cancels it, wherever the focus is on the page."""
    actions = [_shortcut(widget, RUN_KEYS, run)]
    if cancel is not None:
        actions.append(_shortcut(widget, CANCEL_KEYS, cancel))
    widget.addActions(actions)
