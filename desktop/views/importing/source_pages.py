"""The first step of the import wizard: the file (with a preview), read in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop.services.importing.problems import ImportRefused
from desktop.services.importing.sheet import Sheet, read_sheet, sheet_names
from desktop.services.words.catalogue import Words
from desktop.views.context import AppContext
from desktop.views.importing.state import WizardState
from desktop.views.translation import interface_language

PREVIEW_ROWS = 8


def _read(path: Path, sheet: str | None) -> tuple[list[str], str | None, Sheet]:
    """The workbook's sheets (none for CSV), the sheet read, and its rows."""
    names = sheet_names(path)
    chosen = sheet if sheet in names else (names[0] if names else None)
    return names, chosen, read_sheet(path, chosen)


class FilePage(QWizardPage):
    """Choose a CSV file or workbook (and its sheet); it is read in the background."""

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__()
        self._context = context
        self._state = state
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("A CSV file (any delimiter; UTF-8 or Windows-1252) or an Excel workbook.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.sheet_box = QComboBox()
        self.sheet_box.setEnabled(False)
        self.sheet_box.activated.connect(self._sheet_chosen)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(QLabel(self.tr("Sheet:")))
        row.addWidget(self.sheet_box)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.source)
        layout.addWidget(self.preview, 1)

    @Slot()
    def browse(self) -> None:
        folder = self._context.settings.import_folder
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import organisations"),
            folder,
            self.tr("Spreadsheets (*.csv *.txt *.xlsx *.xlsm);;All files (*)"),
        )
        if name:
            self._context.settings.import_folder = str(Path(name).parent)
            self.open_file(Path(name))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        self._state.path, self._state.sheet = path, sheet
        self._state.table = None
        self.path_edit.setText(str(path))
        self.source.setText(self.tr("Reading…"))
        self.completeChanged.emit()
        self._context.tasks.call(
            lambda: _read(path, sheet), self._read_done, self._read_failed, key="import-read"
        )

    @Slot(int)
    def _sheet_chosen(self, _index: int) -> None:
        if self._state.path is not None:
            self.open_file(self._state.path, self.sheet_box.currentText())

    def _read_done(self, result: tuple[list[str], str | None, Sheet]) -> None:
        names, chosen, table = result
        self._state.table, self._state.sheet = table, chosen
        self.sheet_box.clear()
        self.sheet_box.addItems(names)
        self.sheet_box.setEnabled(bool(names))
        self.sheet_box.setCurrentText(chosen or "")
        self.source.setText(
            self.tr("%1: %Ln row(s) (%2)", "", len(table.rows))
            .replace("%1", self._state.path.name)
            .replace("%2", table.source)
        )
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(row.number) for row in shown])
        for r, row in enumerate(shown):
            for c, cell in enumerate(row.cells):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self.completeChanged.emit()

    def _read_failed(self, error: BaseException, _details: str) -> None:
        if isinstance(error, ImportRefused):
            words = Words(interface_language())
            text = "\n".join(words.file_problem(p) for p in error.problems[:5])
        else:
            text = str(error)
        self.source.setText(self.tr("This file cannot be read: %1").replace("%1", text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._state.table is not None
