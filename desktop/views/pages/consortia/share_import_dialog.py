"""The Import share file dialog: what a colleague's share file brings, reviewed before storing.

The file is read and checked, and each of its organisations looked for in this database, in the
background; the dialog lists them as found (with the evidence) or new, with any warnings. Only
**Import** stores anything: the new organisations and the consortium, in one transaction.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importing.share_file import SharePlan, apply_share_import, plan_share_import
from desktop.services.lifecycle.backups import before_import
from desktop.services.user_error import UserError
from desktop.views.context import AppContext
from desktop.views.error_reporting import show_unexpected
from desktop.views.labels import CodeLabels


class ShareImportDialog(QDialog):
    imported = Signal(int)  # the id of the consortium stored

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._path = path
        self.plan: SharePlan | None = None
        self.setWindowTitle(self.tr("Import share file"))
        self.resize(720, 440)

        self.summary = QLabel(self.tr("Reading %1…").replace("%1", path.name))
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Organisation in the file"), self.tr("In this database"), self.tr("Why")]
        )
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.store)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        context.run(partial(plan_share_import, path=path), self._planned, self._failed, key="share")

    def _planned(self, plan: SharePlan) -> None:
        self.plan = plan
        self.progress.hide()
        consortium = plan.document.consortium
        self.summary.setText(
            " ".join(
                (
                    self.tr("“%1” with %Ln member(s).", "", len(plan.document.members)),
                    self.tr("%Ln organisation(s) new here.", "", plan.new_organisations),
                )
            ).replace("%1", consortium.title)
        )
        labels = CodeLabels()
        for placement in plan.placements:
            if placement.existing_id is None:
                found, why = self.tr("new: will be added"), ""
            else:
                found = placement.existing_name or ""
                why = ", ".join(labels.evidence.get(code, code) for code in placement.evidence)
            name = labels.organisation(placement.name, placement.demo)
            item = QTreeWidgetItem([name, found, why])
            item.setToolTip(0, labels.with_demo_hint(name, placement.demo))
            self.table.addTopLevelItem(item)
        if plan.warnings:
            self.warnings.setText("\n".join(plan.warnings))
            self.warnings.show()
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    @Slot()
    def store(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.import_button.setEnabled(False)
        self.progress.show()
        database = self._context.database

        def backed_up_then_imported() -> int:
            before_import(database.url)  # the same backup as before an import on the command line
            return apply_share_import(database, plan)

        self._context.tasks.call(backed_up_then_imported, self._stored, self._failed, key="share")

    def _stored(self, consortium_id: int) -> None:
        self.progress.hide()
        self.imported.emit(consortium_id)
        self.accept()

    def _failed(self, error: BaseException, details: str) -> None:
        self.progress.hide()
        self.import_button.setEnabled(self.plan is not None)
        if isinstance(error, UserError):
            self.summary.setText(self.tr("This file cannot be imported. Nothing was stored."))
            self.message.setText(str(error))
            self.message.setStyleSheet("color: #b00020;")
            return
        self.message.setText(self.tr("The import failed. Nothing was stored."))
        show_unexpected(self, error, details, title=self.tr("Import share file"))
