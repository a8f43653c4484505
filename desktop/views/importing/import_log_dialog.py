"""Edit > Undo import: the imports made so far (the import log), and undoing the latest one, as
``helixmatch import undo`` does: what it added removed, what it changed put back."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importing.history import (
    BatchSummary,
    UndoRefused,
    import_history,
    undo_an_import,
)
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import show_unexpected

ID_ROLE = Qt.ItemDataRole.UserRole


class ImportLogDialog(QDialog):
    undone = Signal(int)  # an import was undone: pages should reload

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._undoable: int | None = None  # the latest import not undone
        self.setWindowTitle(self.tr("Undo import"))
        self.resize(760, 420)
        explanation = QLabel(
            self.tr(
                "Undoing an import removes the organisations it added and puts back what it "
                "changed. Imports are undone newest first; an import is not undone when its "
                "organisations were edited since or are in a consortium."
            )
        )
        explanation.setWordWrap(True)
        self.imports = QTreeWidget()
        self.imports.setRootIsDecorated(False)
        self.imports.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.imports.setHeaderLabels(
            [self.tr("Import"), self.tr("When"), self.tr("What"), self.tr("File"),
             self.tr("Result"), self.tr("Undone")]
        )  # fmt: skip
        self.imports.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("&Undo import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.imports, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self._context.run(import_history, self._show, self._failed, key="import-log")

    def _show(self, batches: list[BatchSummary]) -> None:
        self.imports.clear()
        open_batches = [batch.id for batch in batches if batch.undone_at is None]
        self._undoable = open_batches[0] if open_batches else None
        for batch in batches:
            undone = "" if batch.undone_at is None else self._when(batch.undone_at)
            counts = ", ".join(self._count(what, n) for what, n in batch.counts.items() if n)
            cells = (f"#{batch.id}", self._when(batch.finished_at), self._kind(batch.kind),
                     batch.source, counts, undone)  # fmt: skip
            item = QTreeWidgetItem(list(cells))
            item.setData(0, ID_ROLE, batch.id)
            self.imports.addTopLevelItem(item)
            if batch.id == self._undoable:
                self.imports.setCurrentItem(item)
        for column in range(self.imports.columnCount()):
            self.imports.resizeColumnToContents(column)
        if not batches:
            self.status.setText(self.tr("No imports yet."))
        self._selection_changed()

    def _when(self, moment) -> str:
        return moment.strftime("%Y-%m-%d %H:%M")

    def _kind(self, kind: str) -> str:
        return {
            "organisations": self.tr("organisations"),
            "projects": self.tr("projects"),
            "cordis": self.tr("CORDIS projects"),
            "ror": self.tr("ROR organisations"),
        }.get(kind, kind)

    def _count(self, what: str, n: int) -> str:
        """An import's count, as the log stores it (``created``: 4), in words where known."""
        words = {
            "created": self.tr("%Ln created", "", n),
            "updated": self.tr("%Ln updated", "", n),
            "unchanged": self.tr("%Ln unchanged", "", n),
            "merged": self.tr("%Ln merged", "", n),
            "skipped": self.tr("%Ln skipped", "", n),
            "kept": self.tr("%Ln kept as new", "", n),
        }
        return words.get(what, f"{self._context.number(n)} {what}")

    def selected(self) -> int | None:
        item = self.imports.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(chosen is not None and chosen == self._undoable)
        if chosen is not None and chosen != self._undoable:
            self.undo_button.setToolTip(self.tr("Only the latest import not undone can be undone"))
        else:
            self.undo_button.setToolTip("")

    @Slot()
    def undo_selected(self) -> None:
        batch_id = self.selected()
        if batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr("Undo import #%1? What it added is removed, what it changed put back.")
            .replace("%1", str(batch_id)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_button.setEnabled(False)
        self._context.run(
            partial(undo_an_import, batch_id=batch_id), self._undone, self._failed,
            key="import-undo",
        )  # fmt: skip

    def _undone(self, result: tuple[int, dict]) -> None:
        batch_id, counts = result
        removed = counts.get("organisations removed", 0)
        restored = counts.get("organisations restored", 0)
        parts = [self.tr("Import #%1 undone.").replace("%1", str(batch_id))]
        if removed:
            parts.append(self.tr("%Ln organisation(s) removed.", "", removed))
        if restored:
            parts.append(self.tr("%Ln organisation(s) put back as they were.", "", restored))
        self.status.setText(" ".join(parts))
        self.undone.emit(batch_id)
        self.reload()

    def _failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, UndoRefused):
            show_error(self, self.tr("Undo import"), self._refusal(error))
            self._selection_changed()
            return
        show_unexpected(self, error, details, title=self.tr("Undo import"))

    def _refusal(self, refused: UndoRefused) -> str:
        names = ", ".join(refused.names[:5]) + (" …" if len(refused.names) > 5 else "")
        text = {
            "nothing_to_undo": self.tr("There is no import to undo."),
            "unknown_import": self.tr("There is no import #%1."),
            "already_undone": self.tr("Import #%1 was undone already."),
            "later_import": self.tr("Undo import #%2 first: imports are undone newest first."),
            "edited_since": self.tr(
                "Organisations of import #%1 were edited since: %3. Nothing was undone."
            ),
            "in_consortium": self.tr(
                "Organisations import #%1 added are in consortia: %3. Remove them from the "
                "consortia first; nothing was undone."
            ),
        }[refused.code]
        return (
            text.replace("%1", str(refused.batch_id))
            .replace("%2", str(refused.later))
            .replace("%3", names)
        )
