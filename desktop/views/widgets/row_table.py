"""The read-only tables of prepared rows that the matching pages show."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

ROW_PADDING = 10  # pixels above the font's height


def read_only_table(model: QAbstractItemModel) -> QTableView:
    """A table that selects whole rows, never edits, has no row numbers and one line per row;
    the caller sets how its columns size."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
    table.setWordWrap(False)
    return table
