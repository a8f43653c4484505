"""Saving the organisations list as it is shown (search and filters) to Excel or CSV.

The rows are written in the task runner with a progress dialog whose Cancel stops the export
before any file appears. The files use the exchange format, so another database can import them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop.services.organisations.listing import OrganisationFilter
from desktop.services.progress import Cancelled, TaskState
from desktop.services.user_error import UserError
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import show_unexpected


class OrganisationListExport(QObject):
    finished = Signal(str)  # a sentence for the status bar

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.progress: QProgressDialog | None = None

    def choose_path(self) -> Path | None:
        folder = self._context.settings.export_folder
        suggested = Path(folder) / f"organisations-{date.today().isoformat()}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export organisations"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"),
        )
        return Path(name) if name else None

    def start(self, filters: OrganisationFilter) -> None:
        """Ask where, then export the organisations ``filters`` allows."""
        if self.progress is not None:
            return
        path = self.choose_path()
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        file_format = path.suffix.lower().lstrip(".")
        self.progress = QProgressDialog(
            self.tr("Exporting organisations…"), self.tr("Cancel"), 0, 0, self._parent
        )
        self.progress.setWindowTitle(self.tr("Export organisations"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        database = self._context.database

        def work(state: TaskState) -> tuple[Path, int]:
            from desktop.services.exporting.organisations import (
                export_organisations,  # loads openpyxl
            )

            count = export_organisations(database, file_format, path, filters, state=state)
            return path, count

        state = self._context.tasks.start(
            work, self._done, self._failed, on_progress=self._show_progress
        )
        self.progress.canceled.connect(state.cancel)

    def _show_progress(self, state: TaskState) -> None:
        if self.progress is not None and not state.is_cancelled():
            self.progress.setMaximum(state.total)
            self.progress.setValue(state.done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: tuple[Path, int]) -> None:
        self._close_progress()
        path, count = result
        self._context.settings.export_folder = str(path.parent)
        self.finished.emit(
            self.tr("%Ln organisation(s) exported to %1", "", count).replace("%1", str(path))
        )

    def _failed(self, error: BaseException, details: str) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.finished.emit(self.tr("Export cancelled: no file was written."))
        elif isinstance(error, UserError):
            show_error(self._parent, self.tr("Export organisations"), str(error))
        else:
            show_unexpected(self._parent, error, details, title=self.tr("Export organisations"))
