"""The column step of the import wizard: which field each column fills (suggested from the
headers, or loaded from a mapping file), defaults for empty cells, and saving the mapping as the
file that ``helixmatch import organisations --mapping FILE`` reads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop.services.importing import organisations_file as organisation_format
from desktop.services.importing.mapping import (
    ORGANISATION_HEADERS,
    ColumnMapping,
    read_mapping_file,
    resolve_mapping,
    suggest_columns,
    write_mapping_file,
)
from desktop.services.importing.problems import ERROR, ImportRefused, Problem
from desktop.services.user_error import UserError
from desktop.services.words.catalogue import Words
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.importing.state import WizardState
from desktop.views.translation import interface_language

FIELDS = organisation_format.REQUIRED + organisation_format.OPTIONAL
SAMPLES = 3
MAPPING_FILTER = "*.json"


class MappingPage(QWizardPage):
    """Which column holds which field, and defaults; a mapping loaded from or saved to a file."""

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__()
        self._context = context
        self._state = state
        self._words = Words(interface_language())
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Check which field each column fills; give values for empty cells if needed.")
        )
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Field"), self.tr("First values")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.defaults = QTableWidget(len(FIELDS), 2)
        self.defaults.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Default value")])
        self.defaults.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.defaults.verticalHeader().hide()
        for r, name in enumerate(FIELDS):
            item = QTableWidgetItem(self._words.field(name))
            item.setToolTip(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.defaults.setItem(r, 0, item)
            self.defaults.setItem(r, 1, QTableWidgetItem(""))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.load_button.setToolTip(
            self.tr("Set columns and defaults from a mapping file (Ctrl+O)")
        )
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button = QPushButton(self.tr("&Save mapping…"))
        self.save_button.setToolTip(
            self.tr(
                "Save columns and defaults for the next import, or for the command line: "
                "helixmatch import organisations FILE --mapping MAPPING.json (Ctrl+S)"
            )
        )
        self.save_button.clicked.connect(self.save_mapping)
        for button in (self.load_button, self.save_button):
            button.setAutoDefault(False)  # Enter still means Next
        for keys, slot in ((QKeySequence.StandardKey.Open, self.load_mapping),
                           (QKeySequence.StandardKey.Save, self.save_mapping)):  # fmt: skip
            QShortcut(keys, self, slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("Defaults for empty cells:")))
        layout.addWidget(self.defaults, 2)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        table = self._state.table
        self.note.clear()
        self.columns.setRowCount(len(table.headers))
        for r, header in enumerate(table.headers):
            self.columns.setItem(r, 0, QTableWidgetItem(header))
            box = QComboBox()
            box.addItem(self.tr("(not imported)"), None)
            for name in FIELDS:
                box.addItem(self._words.field(name), name)
            self.columns.setCellWidget(r, 1, box)
            samples = [row.cells[r] for row in table.rows[:SAMPLES] if row.cells[r]]
            self.columns.setItem(r, 2, QTableWidgetItem(" | ".join(samples)))
        self._show_columns(suggest_columns(table.headers, ORGANISATION_HEADERS))
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(1)

    def _show_columns(self, columns: dict[str, str | None]) -> None:
        for header, field in columns.items():
            self.set_field(header, field)

    def _show_defaults(self, defaults: dict[str, str]) -> None:
        for r, name in enumerate(FIELDS):
            self.defaults.item(r, 1).setText(defaults.get(name, ""))

    def set_field(self, header: str, field: str | None) -> None:
        row = self._state.table.headers.index(header)
        box = self.columns.cellWidget(row, 1)
        box.setCurrentIndex(box.findData(field) if field else 0)

    def set_default(self, field: str, value: str) -> None:
        self.defaults.item(FIELDS.index(field), 1).setText(value)

    def current_mapping(self) -> ColumnMapping:
        """Every column with its field (``None``: not imported), and the defaults given."""
        headers = self._state.table.headers
        columns = {
            header: self.columns.cellWidget(r, 1).currentData() for r, header in enumerate(headers)
        }
        defaults = {
            name: self.defaults.item(r, 1).text().strip()
            for r, name in enumerate(FIELDS)
            if self.defaults.item(r, 1).text().strip()
        }
        return ColumnMapping(columns, defaults)

    def _resolve(
        self, file: str, mapping: ColumnMapping
    ) -> tuple[dict[str, str | None], dict[str, str], list[Problem]]:
        """What a mapping means for the file chosen: columns, defaults by field, and the errors
        that make it unusable (as the import itself would find them)."""
        columns, defaults, problems = resolve_mapping(
            file,
            self._state.table.headers,
            mapping,
            FIELDS,
            organisation_format.REQUIRED,
            ORGANISATION_HEADERS,
        )
        return columns, defaults, [problem for problem in problems if problem.severity == ERROR]

    def _folder(self) -> str:
        remembered = self._context.settings.mapping_folder
        return remembered or str(self._state.path.parent)

    @Slot()
    def load_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load mapping"),
            self._folder(),
            self.tr("Mapping files (%1);;All files (*)").replace("%1", MAPPING_FILTER),
        )
        if name:
            self._context.settings.mapping_folder = str(Path(name).parent)
            self.load_mapping_file(Path(name))

    def load_mapping_file(self, path: Path) -> bool:
        """Set columns and defaults from a mapping file. A file that cannot be read or does not
        fit the sheet (a column it lacks, an unknown field, ...) is refused with every problem
        listed, and nothing on the page changes."""
        try:
            columns, defaults, problems = self._resolve(path.name, read_mapping_file(path))
        except ImportRefused as refused:
            columns, defaults, problems = {}, {}, refused.problems
        if problems:
            self._refuse(
                self.tr("Load mapping"),
                self.tr("%1 cannot be used for %2; nothing was changed.")
                .replace("%1", path.name)
                .replace("%2", self._state.path.name),
                problems,
            )
            return False
        self._show_columns(columns)
        self._show_defaults(defaults)
        self.note.setText(self.tr("Columns and defaults from %1.").replace("%1", path.name))
        return True

    @Slot()
    def save_mapping(self) -> None:
        suggested = Path(self._folder()) / f"{self._state.path.stem}-mapping.json"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save mapping"),
            str(suggested),
            self.tr("Mapping files (%1)").replace("%1", MAPPING_FILTER),
        )
        if name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".json")
            self._context.settings.mapping_folder = str(path.parent)
            self.save_mapping_file(path)

    def save_mapping_file(self, path: Path) -> bool:
        """Write the page's mapping; one the import would refuse is not saved (the reasons are
        shown), so that a saved mapping always works here and on the command line."""
        mapping = self.current_mapping()
        _columns, _defaults, problems = self._resolve(self._state.path.name, mapping)
        if problems:
            self._refuse(
                self.tr("Save mapping"),
                self.tr("The mapping cannot be saved until this is put right:"),
                problems,
            )
            return False
        try:
            write_mapping_file(path, mapping)
        except UserError as error:
            show_error(self, self.tr("Save mapping"), str(error))
            return False
        self.note.setText(self.tr("Mapping saved as %1.").replace("%1", path.name))
        return True

    def _refuse(self, title: str, headline: str, problems: list[Problem]) -> None:
        lines = [headline, ""] + [f"• {self._where(problem)}{self._words.file_problem(problem)}"
                                  for problem in problems]  # fmt: skip
        show_error(self, title, "\n".join(lines))

    def _where(self, problem: Problem) -> str:
        if problem.column is None:
            return ""
        if problem.code == "missing_field":
            return self.tr("field '%1': ").replace("%1", self._words.field(problem.column))
        return self.tr("column '%1': ").replace("%1", problem.column)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        mapping = self.current_mapping()
        self._state.columns, self._state.defaults = mapping.columns, mapping.defaults
        return True
