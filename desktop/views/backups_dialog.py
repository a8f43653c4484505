"""The Backups dialog: the database's backups, how many are kept, a backup on request, and
restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.lifecycle import backups
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import show_unexpected
from desktop.views.settings_store import WidgetState

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    restored = Signal()  # the database now holds a backup's data: pages should reload
    kept_stored = Signal()  # the number of backups kept of each kind was saved

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._database = backups.sqlite_path(context.database.url)
        self._storing_kept = False
        self._wanted_kept: int | None = None  # changed while a store was running
        self.setWindowTitle(self.tr("Backups"))
        geometry = context.settings.widget_state(WidgetState.BACKUPS_DIALOG_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(620, 420)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.kept = QSpinBox()
        self.kept.setRange(1, backups.MOST_KEPT)
        self.kept.setKeyboardTracking(False)  # stored when typing ends, not at every digit
        self.kept.setAccessibleName(self.tr("Backups kept of each kind"))
        kept_label = QLabel(self.tr("Backups &kept of each kind:"))
        kept_label.setBuddy(self.kept)
        self.kept_note = QLabel(
            self.tr(
                "Lowering the number deletes the oldest backups beyond it when the next backup "
                "is made (they are greyed out below); until then, raising it again keeps them."
            )
        )
        self.kept_note.setWordWrap(True)
        self.kept.valueChanged.connect(self._store_kept)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 220)
        self.empty = QLabel(
            self.tr(
                "No backups yet. HelixMatch makes one each day you open this database and one "
                "before every import and update; “Back up now” makes one at once."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.file_button = QPushButton(self.tr("Restore from &file…"))
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._restore_from_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item, _column: self._restore_selected())

        self.kept_row = QWidget()
        row = QHBoxLayout(self.kept_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(kept_label)
        row.addWidget(self.kept)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.kept_row)
        layout.addWidget(self.kept_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.table.setFocus()  # arrow keys move through the list, not the number kept
        self.reload()

    def done(self, result: int) -> None:
        """Remember the size for the next time."""
        self._context.settings.set_widget_state(
            WidgetState.BACKUPS_DIALOG_GEOMETRY, self.saveGeometry()
        )
        super().done(result)

    def _kind_label(self, kind: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "import": self.tr("Before an import"),
            "migration": self.tr("Before an update of HelixMatch"),
            "manual": self.tr("Made on request"),
            "replaced": self.tr("Replaced by a restore"),
        }.get(kind, kind)

    def reload(self) -> None:
        self.table.clear()
        if self._database is None:
            self.explanation.setText(
                self.tr(
                    "This is a team database on a server. It is backed up on the server "
                    "(for instance with pg_dump), not by HelixMatch."
                )
            )
            self.table.hide()
            self.empty.hide()
            self.kept_row.hide()
            self.kept_note.hide()
            self._update_buttons()
            return
        folder = backups.backup_folder(self._database)
        self.explanation.setText(self.tr("Backups are kept in %1.").replace("%1", str(folder)))
        kept = backups.kept_per_kind(self._database)
        self.kept.blockSignals(True)
        self.kept.setValue(kept)
        self.kept.blockSignals(False)
        found = backups.list_backups(self._database)
        leaving = {backup.path for backup in backups.surplus(found, kept)}
        for backup in found:
            made = self._context.locale.toString(backup.made, "yyyy-MM-dd HH:mm:ss")
            size = self._context.locale.formattedDataSize(backup.size)
            item = QTreeWidgetItem([made, self._kind_label(backup.kind), size])
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            if backup.path in leaving:
                self._mark_leaving(item, kept)
            self.table.addTopLevelItem(item)
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)
        if found:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._update_buttons()

    def _mark_leaving(self, item: QTreeWidgetItem, kept: int) -> None:
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        note = self.tr(
            "Deleted when the next backup is made: only the newest %n of each kind are kept.",
            "",
            kept,
        )
        for column in range(item.columnCount()):
            item.setForeground(column, grey)
            item.setToolTip(column, note)

    def _update_buttons(self) -> None:
        local = self._database is not None
        self.backup_button.setEnabled(local)
        self.file_button.setEnabled(local)
        self.restore_button.setEnabled(local and bool(self.table.selectedItems()))
        self.kept.setEnabled(local and not self._context.database.read_only)

    def _busy(self, busy: bool) -> None:
        for widget in (self.backup_button, self.restore_button, self.file_button, self.kept):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    @Slot(int)
    def _store_kept(self, count: int) -> None:
        """Store the number off the GUI thread, one store at a time: the last value wins."""
        self._wanted_kept = count
        if not self._storing_kept:
            self._store_wanted_kept()

    def _store_wanted_kept(self) -> None:
        database, count = self._database, self._wanted_kept
        if database is None or count is None:
            return
        self._storing_kept, self._wanted_kept = True, None
        self._context.tasks.call(
            lambda: backups.set_kept_per_kind(database, count),
            self._kept_stored,
            self._kept_failed,
        )

    def _kept_stored(self, _none: None) -> None:
        self._storing_kept = False
        if self._wanted_kept is not None:
            self._store_wanted_kept()
            return
        self.reload()
        self.kept_stored.emit()

    def _kept_failed(self, error: BaseException, details: str) -> None:
        self._storing_kept, self._wanted_kept = False, None
        self._failed(error, details)

    @Slot()
    def back_up_now(self) -> None:
        database = self._database
        if database is None:
            return
        self._busy(True)
        self._context.tasks.call(
            lambda: backups.make_backup(database, "manual"), self._backed_up, self._failed
        )

    def _backed_up(self, _path: Path) -> None:
        self._busy(False)
        self.reload()

    def _restore_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.restore(Path(items[0].data(0, PATH_ROLE)))

    def _restore_from_file(self) -> None:
        start = str(backups.backup_folder(self._database)) if self._database else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from file"), start, self.tr("HelixMatch databases (*.db)")
        )
        if name:
            self.restore(Path(name))

    def confirm(self, file: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace everything in this database by the backup %1?\n\n"
                "What the database holds now is kept as a backup of its own."
            ).replace("%1", file.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, file: Path) -> None:
        database = self._database
        if database is None or not self.confirm(file):
            return
        self._busy(True)
        self._context.tasks.call(
            lambda: backups.restore_backup(database, file), self._restored, self._failed
        )

    def _restored(self, _kept: Path | None) -> None:
        self._busy(False)
        self.reload()
        self.restored.emit()
        QMessageBox.information(
            self,
            self.tr("Restore a backup"),
            self.tr("The backup was restored. What the database held before is in the list."),
        )

    def _failed(self, error: BaseException, details: str) -> None:
        self._busy(False)
        self.reload()
        if isinstance(error, backups.DatabaseError):
            show_error(self, self.tr("Backups"), str(error))
            return
        show_unexpected(self, error, details, title=self.tr("Backups"))
