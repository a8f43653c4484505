"""A small read-only table of prepared rows (candidates, members, answers, regional matches).

Rows arrive already in words; each may carry the id it stands for, a tooltip and the values to
sort by, so that a proxy sorts numbers as numbers. A row about a demonstration organisation is
tinted like it is in the organisations list, and its tooltip says that it is fictional.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.views.labels import CodeLabels
from desktop.views.widgets.style import DEMO_TINT

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the id the row stands for
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value to sort the column by
ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    key: Any = None
    tooltip: str = ""
    sort: tuple[Any, ...] = ()  # per column; the cell's text where missing
    demo: bool = False  # the row stands for a demonstration organisation


class RowTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []
        self._labels = CodeLabels()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._labels.with_demo_hint(row.tooltip, row.demo) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.demo:
            return QBrush(DEMO_TINT)
        if role == KEY_ROLE:
            return row.key
        if role == SORT_ROLE:
            if column < len(row.sort) and row.sort[column] is not None:
                return row.sort[column]
            return row.cells[column].casefold() if column < len(row.cells) else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
