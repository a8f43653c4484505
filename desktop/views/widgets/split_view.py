"""A list beside a detail pane that opens with a sensible split."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget


class SplitView(QSplitter):
    """Gives the first pane ``share`` percent of the width the first time it is shown, unless
    a saved state was restored; panes never collapse to nothing."""

    def __init__(self, share: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = share
        self._placed = False
        self.setChildrenCollapsible(False)

    def restore(self, state: object) -> None:
        """Apply a state saved with ``saveState`` (None: keep the first-show split)."""
        if state is not None and self.restoreState(state):
            self._placed = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            first = self.width() * self._share // 100
            self.setSizes([first, self.width() - first])
