"""The last two steps of the import wizard: every row checked (errors and warnings, likely
duplicates with their evidence and a decision each), then the import itself with progress."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop.backups import before_import
from desktop.exchange.organisation_import import (
    DuplicatePolicy,
    OrganisationImport,
    import_organisations,
)
from desktop.exchange.problems import ERROR, ImportRefused, Problem
from desktop.exchange.report_files import write_problems
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.import_wizard.problem_words import ProblemWords
from desktop.views.import_wizard.state import WizardState
from desktop.views.reason_words import evidence_words


class ImportCancelled(Exception):
    """The user cancelled; the transaction rolls back."""


def _dry_run(context: AppContext, state: WizardState) -> OrganisationImport:
    return import_organisations(
        context.database,
        state.path,
        sheet=state.sheet,
        mapping=state.mapping(),
        policy=DuplicatePolicy.KEEP,  # report every likely duplicate; the user decides
        dry_run=True,
    )


class CheckPage(QWizardPage):
    """Every row validated and compared, without storing anything."""

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__()
        self._context = context
        self._state = state
        self.setTitle(self.tr("Check and review"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._words = ProblemWords(self)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.export_button = QPushButton(self.tr("&Export problems…"))
        self.export_button.clicked.connect(self.export_problems)
        self.duplicates = QTableWidget(0, 5)
        self.duplicates.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Likely the same as"),
                self.tr("Evidence"),
                self.tr("Action"),
            ]  # fmt: skip
        )
        self.duplicates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.duplicates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.duplicates.verticalHeader().hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Errors and warnings:")), 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.problems, 1)
        layout.addWidget(QLabel(self.tr("Likely duplicates:")))
        layout.addWidget(self.duplicates, 2)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._state.checked, self._state.problems = None, []
        self.problems.setRowCount(0)
        self.duplicates.setRowCount(0)
        self.summary.setText(self.tr("Checking every row…"))
        context, state = self._context, self._state
        context.tasks.call(
            lambda: _dry_run(context, state), self._checked, self._failed, key="import-check"
        )

    def _show_problems(self, problems: list[Problem]) -> None:
        self._state.problems = problems
        self.problems.setRowCount(len(problems))
        for r, problem in enumerate(problems):
            kind = self.tr("error") if problem.severity == ERROR else self.tr("warning")
            row = "" if problem.row is None else str(problem.row)
            cells = (row, problem.column or "", kind, self._words.describe(problem))
            for c, text in enumerate(cells):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        for column in range(3):
            self.problems.resizeColumnToContents(column)
        self.export_button.setEnabled(bool(problems))

    def _checked(self, result: OrganisationImport) -> None:
        self._state.checked = result
        self._show_problems(result.prepared.problems)
        duplicates = [o for o in result.outcomes if o.match is not None]
        self.duplicates.setRowCount(len(duplicates))
        actions = (
            (self.tr("Skip"), DuplicatePolicy.SKIP),
            (self.tr("Merge"), DuplicatePolicy.MERGE),
            (self.tr("Keep both"), DuplicatePolicy.KEEP),
        )
        for r, outcome in enumerate(duplicates):
            match = outcome.match
            target = match.name if match.row is None else self.tr("%1 (row %2 of the file)")
            target = target.replace("%1", match.name).replace("%2", str(match.row))
            evidence = ", ".join(evidence_words(e.code) for e in match.evidence)
            for c, text in enumerate((str(outcome.row), outcome.name, target, evidence)):
                self.duplicates.setItem(r, c, QTableWidgetItem(text))
            box = QComboBox()
            for label, policy in actions:
                box.addItem(label, policy)
            self.duplicates.setCellWidget(r, 4, box)
        self.duplicates.resizeColumnsToContents()
        counts = result.counts()
        self.summary.setText(
            self.tr("%1 rows checked. Likely duplicates: %2; choose what happens to each.")
            .replace("%1", self._context.number(len(result.outcomes)))
            .replace("%2", self._context.number(len(duplicates)))
            if counts
            else self.tr("The file has no rows.")
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, ImportRefused):
            self._show_problems(error.problems)
            self.summary.setText(
                self.tr("The file has errors; nothing can be imported until they are fixed.")
            )
            return
        self.summary.setText(self.tr("The check failed."))
        show_error(self, self.tr("Import organisations"), str(error), details)

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

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._state.checked is not None and bool(self._state.checked.outcomes)


class _Progress(QObject):
    """Carries progress from the worker to the GUI thread."""

    moved = Signal(str, int, int)


class ImportPage(QWizardPage):
    """The import itself, in one transaction, with progress; Cancel rolls it back."""

    def __init__(self, context: AppContext, state: WizardState, check: CheckPage) -> None:
        super().__init__()
        self._context = context
        self._state = state
        self._check = check
        self._cancel = threading.Event()
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._state.imported = None
        self._cancel.clear()
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))
        context, state = self._context, self._state
        decisions = self._check.decisions()
        progress, cancel = self._progress, self._cancel

        def report(step: str, done: int, total: int) -> None:
            if cancel.is_set():
                raise ImportCancelled
            progress.moved.emit(step, done, total)

        def run() -> OrganisationImport:
            before_import(context.database.url)
            return import_organisations(
                context.database, state.path, sheet=state.sheet, mapping=state.mapping(),
                decisions=decisions, progress=report,
            )  # fmt: skip

        context.tasks.call(run, self._done, self._failed, key="import-run")

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(str, int, int)
    def _moved(self, _step: str, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: OrganisationImport) -> None:
        self._state.imported = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        counts = result.counts()
        self.status.setText(
            self.tr(
                "Done: %1 created, %2 updated, %3 merged, %4 skipped, %5 kept. Stored as import "
                "#%6; the command line can undo it: helixmatch import undo %6"
            )
            .replace("%1", self._context.number(counts["created"]))
            .replace("%2", self._context.number(counts["updated"]))
            .replace("%3", self._context.number(counts["merged"]))
            .replace("%4", self._context.number(counts["skipped"]))
            .replace("%5", self._context.number(counts["kept"]))
            .replace("%6", str(result.batch_id))
        )
        self.completeChanged.emit()
        self.wizard().imported.emit(result.batch_id)

    def _failed(self, error: BaseException, details: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("Cancelled. Nothing was stored."))
            return
        self.status.setText(self.tr("The import failed. Nothing was stored."))
        show_error(self, self.tr("Import organisations"), str(error), details)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._state.imported is not None
