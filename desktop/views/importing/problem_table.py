"""The errors and warnings of an import, one a line; a row with an error can be put right in
place (its value typed anew) or left out, so that the rest of the file can be imported."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.services.importing.problems import ERROR, Problem
from desktop.services.importing.row_edits import RowEdits
from desktop.services.words.catalogue import Words
from desktop.views.translation import interface_language

ROW, COLUMN, KIND, PROBLEM, VALUE, LEAVE_OUT = range(6)


def fixable(problem: Problem) -> bool:
    """An error in one row's value: it can be typed anew, or the row left out."""
    return problem.severity == ERROR and problem.row is not None and problem.field is not None


class ProblemTable(QTableWidget):
    valueTyped = Signal(int, str, str)  # row number, field, the value typed
    rowLeftOut = Signal(int, bool)  # row number, left out or taken back in

    def __init__(self) -> None:
        super().__init__(0, 6)
        self._words = Words(interface_language())
        self._shown: list[Problem] = []
        self._filling = False
        self.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Problem"),
             self.tr("Put right"), self.tr("Leave out")]
        )  # fmt: skip
        self.horizontalHeader().setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        self.itemChanged.connect(self._item_changed)

    def show_problems(self, problems: list[Problem], headers: tuple[str, ...], edits: RowEdits):
        """``headers``: the file's columns (a field without one is named in words)."""
        self._filling = True
        self._shown = problems
        self.setRowCount(0)  # also drops the check boxes of the lines shown before
        self.setRowCount(len(problems))
        for r, problem in enumerate(problems):
            left_out = problem.row in edits.skipped
            kind = self.tr("error") if problem.severity == ERROR else self.tr("warning")
            if left_out:
                kind = self.tr("left out")
            column = problem.column or ""
            if column not in headers:  # a field without a column of its own: its word
                column = self._words.field(problem.field or column)
            cells = ("" if problem.row is None else str(problem.row), column, kind,
                     self._words.file_problem(problem))  # fmt: skip
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long problem is cut off in its column
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(r, c, item)
            self._value_cell(r, problem, edits)
            if problem.severity == ERROR and problem.row is not None:
                self.setCellWidget(r, LEAVE_OUT, self._leave_out_box(problem.row, left_out))
        for column in (ROW, COLUMN, KIND, VALUE, LEAVE_OUT):
            self.resizeColumnToContents(column)
        self._filling = False

    def _value_cell(self, r: int, problem: Problem, edits: RowEdits) -> None:
        item = QTableWidgetItem()
        if fixable(problem):
            typed = edits.values.get(problem.row, {}).get(problem.field)
            item.setText(typed if typed is not None else problem.value or "")
            item.setToolTip(self.tr("Double-click to type the right value"))
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(r, VALUE, item)

    def _leave_out_box(self, row: int, left_out: bool) -> QCheckBox:
        box = QCheckBox(self.tr("row %1").replace("%1", str(row)))
        box.setChecked(left_out)
        box.toggled.connect(lambda checked: self.rowLeftOut.emit(row, checked))
        return box

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != VALUE:
            return
        problem = self._shown[item.row()]
        if fixable(problem):
            self.valueTyped.emit(problem.row, problem.field, item.text().strip())

    def value_item(self, row: int, field: str) -> QTableWidgetItem | None:
        """The cell in which the value of a row's field is put right."""
        for r, problem in enumerate(self._shown):
            if problem.row == row and problem.field == field and fixable(problem):
                return self.item(r, VALUE)
        return None

    def leave_out_box(self, row: int) -> QCheckBox | None:
        for r, problem in enumerate(self._shown):
            if problem.row == row and self.cellWidget(r, LEAVE_OUT) is not None:
                return self.cellWidget(r, LEAVE_OUT)
        return None
