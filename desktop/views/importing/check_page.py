"""The review step of the import wizard: every row checked without storing anything; errors and
warnings (a row with an error put right in place or left out) beside the likely duplicates, each
with its evidence and a decision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services.importing.organisation_import import (
    DuplicatePolicy,
    OrganisationImport,
    import_organisations,
)
from desktop.services.importing.problems import ERROR, ImportRefused, Problem
from desktop.services.importing.report_files import write_problems
from desktop.services.importing.row_edits import RowEdits
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import show_unexpected
from desktop.views.importing.problem_table import ProblemTable, fixable
from desktop.views.importing.state import WizardState
from desktop.views.labels import CodeLabels


def _review(context: AppContext, state: WizardState) -> OrganisationImport:
    """Every row checked and compared; rows with errors are left out of the comparison."""
    return import_organisations(
        context.database,
        state.path,
        sheet=state.sheet,
        mapping=state.mapping(),
        policy=DuplicatePolicy.KEEP,  # report every likely duplicate; the user decides
        dry_run=True,
        edits=state.edits,
        allow_errors=True,
    )


def blocking(problems: list[Problem], edits: RowEdits) -> list[Problem]:
    """The errors of rows not left out: while there are any, nothing can be imported."""
    return [p for p in problems if p.severity == ERROR and p.row not in edits.skipped]


class CheckPage(QWizardPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__()
        self._context = context
        self._state = state
        self.setTitle(self.tr("Check and review"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = ProblemTable()
        self.problems.valueTyped.connect(self._value_typed)
        self.problems.rowLeftOut.connect(self._row_left_out)
        self.export_button = QPushButton(self.tr("&Export problems…"))
        self.export_button.clicked.connect(self.export_problems)
        self.leave_out_button = QPushButton(self.tr("&Leave out every row with errors"))
        self.leave_out_button.clicked.connect(self.leave_out_rows_with_errors)
        for button in (self.export_button, self.leave_out_button):
            button.setAutoDefault(False)  # Enter still means Next, or ends typing a value
        self.duplicates = QTableWidget(0, 5)
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("In the file"), self.tr("Likely the same as"),
             self.tr("Evidence"), self.tr("Action")]
        )  # fmt: skip
        self.duplicates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.duplicates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.duplicates.verticalHeader().hide()
        self.duplicates_label = QLabel(self.tr("Likely duplicates:"))

        problems_box = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Errors and warnings:")), 1)
        buttons.addWidget(self.leave_out_button)
        buttons.addWidget(self.export_button)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addLayout(buttons)
        problems_layout.addWidget(self.problems)
        duplicates_box = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_box)
        duplicates_layout.setContentsMargins(0, 0, 0, 0)
        duplicates_layout.addWidget(self.duplicates_label)
        duplicates_layout.addWidget(self.duplicates)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(problems_box)
        splitter.addWidget(duplicates_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._state.edits, self._state.decisions = RowEdits(), {}
        self.duplicates.setRowCount(0)
        self.check()

    def check(self) -> None:
        """Check the file again, with the rows put right or left out so far."""
        self._state.decisions.update(self.decisions())
        self._state.checked, self._state.problems = None, []
        self.summary.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        context, state = self._context, self._state
        context.tasks.call(
            lambda: _review(context, state), self._checked, self._failed, key="import-check"
        )

    @Slot(int, str, str)
    def _value_typed(self, row: int, field: str, value: str) -> None:
        self._state.edits = self._state.edits.with_value(row, field, value)
        self.check()

    @Slot(int, bool)
    def _row_left_out(self, row: int, left_out: bool) -> None:
        self._state.edits = self._state.edits.with_skipped(row, left_out)
        self.check()

    @Slot()
    def leave_out_rows_with_errors(self) -> None:
        edits = self._state.edits
        for problem in blocking(self._state.problems, edits):
            edits = edits.with_skipped(problem.row, True)
        self._state.edits = edits
        self.check()

    def _show_problems(self, problems: list[Problem]) -> None:
        self._state.problems = problems
        headers = self._state.table.headers if self._state.table else ()
        self.problems.show_problems(problems, headers, self._state.edits)
        self.export_button.setEnabled(bool(problems))
        self.leave_out_button.setEnabled(
            any(fixable(p) for p in blocking(problems, self._state.edits))
        )

    def _checked(self, result: OrganisationImport) -> None:
        self._state.checked = result
        self._show_problems(result.prepared.problems)
        self._show_duplicates([o for o in result.outcomes if o.match is not None])
        errors = blocking(result.prepared.problems, self._state.edits)
        rows_with_errors = len({p.row for p in errors})
        duplicates = self.duplicates.rowCount()
        if errors:
            text = self.tr(
                "%Ln row(s) with errors: type the right value under Put right, or leave the row "
                "out. The other rows are checked as well.",
                "",
                rows_with_errors,
            )
        elif result.outcomes:
            text = self.tr("%Ln row(s) ready to import.", "", len(result.outcomes))
        else:
            text = self.tr("There are no rows to import.")
        if duplicates:
            text += " " + self.tr(
                "%Ln likely duplicate(s): choose what happens to each.", "", duplicates
            )
        self.summary.setText(text)
        self.completeChanged.emit()

    def _show_duplicates(self, duplicates) -> None:
        decisions = self._state.decisions
        self.duplicates.setRowCount(0)
        self.duplicates.setRowCount(len(duplicates))
        actions = (
            (self.tr("Skip"), DuplicatePolicy.SKIP),
            (self.tr("Merge"), DuplicatePolicy.MERGE),
            (self.tr("Keep both"), DuplicatePolicy.KEEP),
        )
        labels = CodeLabels()
        for r, outcome in enumerate(duplicates):
            match = outcome.match
            target = match.name if match.row is None else self.tr("%1 (row %2 of the file)")
            target = target.replace("%1", match.name).replace("%2", str(match.row))
            evidence = ", ".join(labels.evidence.get(e.code, e.code) for e in match.evidence)
            for c, text in enumerate((str(outcome.row), outcome.name, target, evidence)):
                self.duplicates.setItem(r, c, QTableWidgetItem(text))
            box = QComboBox()
            for label, policy in actions:
                box.addItem(label, policy)
            box.setCurrentIndex(box.findData(decisions.get(outcome.row, DuplicatePolicy.SKIP)))
            self.duplicates.setCellWidget(r, 4, box)
        self.duplicates.resizeColumnsToContents()
        self.duplicates_label.setText(
            self.tr("Likely duplicates (%Ln):", "", len(duplicates))
            if duplicates
            else self.tr("Likely duplicates: none found")
        )

    def _failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, ImportRefused):
            self._show_problems(error.problems)
            self._show_duplicates([])
            self.summary.setText(
                self.tr("The columns chosen do not fit the file; go back to put them right.")
            )
            return
        self.summary.setText(self.tr("The check failed."))
        show_unexpected(self, error, details, title=self.tr("Import organisations"))

    def decisions(self) -> dict[int, DuplicatePolicy]:
        return {
            int(self.duplicates.item(r, 0).text()): self.duplicates.cellWidget(r, 4).currentData()
            for r in range(self.duplicates.rowCount())
        }

    def set_decision(self, row: int, policy: DuplicatePolicy) -> None:
        for r in range(self.duplicates.rowCount()):
            if self.duplicates.item(r, 0).text() == str(row):
                box = self.duplicates.cellWidget(r, 4)
                box.setCurrentIndex(box.findData(policy))

    @Slot()
    def export_problems(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export problems"), "problems.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.write_problems(Path(name))

    def write_problems(self, path: Path) -> None:
        try:
            write_problems(path, self._state.problems)
        except OSError as error:
            show_error(self, self.tr("Export problems"), str(error))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self._state.decisions.update(self.decisions())
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        checked = self._state.checked
        return (
            checked is not None
            and bool(checked.outcomes)
            and not blocking(checked.prepared.problems, self._state.edits)
        )
