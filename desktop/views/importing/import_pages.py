"""The last two steps of the import wizard: a summary of what the import will do, with the
decisions taken (nothing stored until **Import**), then the import itself with progress."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizard, QWizardPage

from desktop.services.importing.organisation_import import OrganisationImport, import_organisations
from desktop.services.importing.problems import WARNING
from desktop.services.lifecycle.backups import before_import
from desktop.services.progress import Cancelled, TaskState
from desktop.views.context import AppContext
from desktop.views.error_reporting import show_unexpected
from desktop.views.importing.state import WizardState


def _import(
    context: AppContext, state: WizardState, dry_run: bool, task: TaskState | None = None
) -> OrganisationImport:
    """The file as the user reviewed it: rows put right or left out, a decision per duplicate."""
    return import_organisations(
        context.database, state.path, sheet=state.sheet, mapping=state.mapping(),
        decisions=dict(state.decisions), edits=state.edits, dry_run=dry_run, state=task,
    )  # fmt: skip


class OutcomeWords(QObject):
    def lines(self, result: OrganisationImport, left_out_rows: frozenset[int]) -> list[str]:
        """What an import does (or did), one line per kind of outcome that occurs; the problems
        of rows left out do not count."""
        counts = result.counts()
        problems = [p for p in result.prepared.problems if p.row not in left_out_rows]
        left_out = len(left_out_rows)
        new = counts["created"] + counts["kept"]
        updated, merged = counts["updated"], counts["merged"]
        skipped, unchanged = counts["skipped"], counts["unchanged"]
        derived = sum(p.code == "sme_from_employees" for p in problems)
        warnings = sum(p.severity == WARNING for p in problems)
        lines = (
            (new, self.tr("%Ln new organisation(s)", "", new)),
            (updated, self.tr("%Ln organisation(s) updated", "", updated)),
            (merged, self.tr("%Ln row(s) merged into organisations already stored", "", merged)),
            (skipped, self.tr("%Ln likely duplicate(s) skipped", "", skipped)),
            (unchanged, self.tr("%Ln row(s) that change nothing", "", unchanged)),
            (left_out, self.tr("%Ln row(s) with errors left out", "", left_out)),
            (
                derived,
                self.tr("SME status taken from the employees of %Ln company(s)", "", derived),
            ),
            (warnings, self.tr("%Ln warning(s), listed in the check", "", warnings)),
        )
        return ["• " + text for n, text in lines if n]


class SummaryPage(QWizardPage):
    """What the import will do, worked out without storing anything; **Import** stores it."""

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__()
        self._context = context
        self._state = state
        self._words = OutcomeWords(self)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Nothing is stored until you press Import."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._state.planned = None
        self.status.setText(self.tr("Working out what the import will do…"))
        context, state = self._context, self._state
        context.tasks.call(
            lambda: _import(context, state, dry_run=True), self._planned, self._failed,
            key="import-plan",
        )  # fmt: skip

    def _planned(self, result: OrganisationImport) -> None:
        self._state.planned = result
        file = self._state.path.name
        lines = self._words.lines(result, self._state.edits.skipped)
        self.status.setText(
            "\n".join([self.tr("Importing %1 will bring:").replace("%1", file), *lines])
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException, details: str) -> None:
        self.status.setText(self.tr("The import cannot be worked out; go back to the check."))
        show_unexpected(self, error, details, title=self.tr("Import organisations"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._state.planned is not None


class ImportPage(QWizardPage):
    """The import itself, in one transaction, with progress; Cancel rolls it back."""

    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__()
        self._context = context
        self._state = state
        self._words = OutcomeWords(self)
        self._task: TaskState | None = None
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._state.imported = None
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))
        context, state = self._context, self._state

        def run(task: TaskState) -> OrganisationImport:
            before_import(context.database.url)
            return _import(context, state, dry_run=False, task=task)

        self._task = context.tasks.start(
            run, self._done, self._failed, key="import-run", on_progress=self._moved
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _moved(self, task: TaskState) -> None:
        if task.step:  # reported at least once
            self.bar.setRange(0, max(task.total, 1))
            self.bar.setValue(task.done)

    def _done(self, result: OrganisationImport) -> None:
        self._state.imported = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        lines = self._words.lines(result, self._state.edits.skipped)
        headline = self.tr("Done, stored as import #%1:").replace("%1", str(result.batch_id))
        undo = self.tr("Edit > Undo import… takes it back.")
        self.status.setText("\n".join([headline, *lines, "", undo]))
        self.completeChanged.emit()
        self.wizard().imported.emit(result.batch_id)

    def _failed(self, error: BaseException, details: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled. Nothing was stored."))
            return
        self.status.setText(self.tr("The import failed. Nothing was stored."))
        show_unexpected(self, error, details, title=self.tr("Import organisations"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._state.imported is not None
