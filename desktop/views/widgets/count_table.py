"""A group of "label, bar, number" rows: counts per category with their share at a glance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QWidget

from desktop.views.widgets.style import mute

BAR_HEIGHT = 8


class CountTable(QGroupBox):
    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._empty_text = empty_text
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self.rows: list[tuple[str, int]] = []

    def set_counts(self, rows: list[tuple[str, int]], number: Callable[[int], str]) -> None:
        """``rows`` are (label, count) pairs, shown in the given order."""
        self.rows = rows
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not rows:
            empty = QLabel(self._empty_text)
            mute(empty)
            self._grid.addWidget(empty, 0, 0, 1, 3)
            return
        largest = max(count for _, count in rows) or 1
        for line, (label, count) in enumerate(rows):
            self._grid.addWidget(QLabel(label), line, 0)
            bar = QProgressBar()
            bar.setRange(0, largest)
            bar.setValue(count)
            bar.setTextVisible(False)
            bar.setFixedHeight(BAR_HEIGHT)
            bar.setMinimumWidth(60)
            self._grid.addWidget(bar, line, 1)
            value = QLabel(number(count))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(value, line, 2)
