"""Consortia: every consortium with its status, filtered by status and title; the editor beside
the list."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.consortia.operations import (
    ConsortiumChanged,
    ConsortiumDraft,
    ConsortiumError,
    ConsortiumRow,
    EditorCodes,
    LoadedConsortium,
    delete_consortium,
    list_consortia,
    load_editor_codes,
    member_organisations,
    open_consortium,
    restore_consortium,
    save_draft,
)
from desktop.services.reference.code_names import CodeNames
from desktop.views.context import AppContext
from desktop.views.error_reporting import show_unexpected
from desktop.views.labels import CodeLabels
from desktop.views.pages.base import Page
from desktop.views.pages.consortia.editor import EMPTY, ConsortiumEditor
from desktop.views.pages.consortia.undo_steps import DeleteConsortium
from desktop.views.row_table_model import KEY_ROLE, SORT_ROLE, Row, RowTableModel
from desktop.views.settings_store import SettingsStore, WidgetState
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.page_header import PageHeader
from desktop.views.widgets.split_view import SplitView
from matching.codes import ConsortiumStatus

if TYPE_CHECKING:  # the dialogs load when first opened, not with the window
    from desktop.views.pages.consortia.share_import_dialog import ShareImportDialog
    from desktop.views.pictures.consortium_pictures import ConsortiumPicturesDialog

LIST_SHARE = 34
TITLE_LINES = 2
ROW_PADDING = 4


class ConsortiaPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = CodeLabels()
        self._loaded_once = False
        self.rows: list[ConsortiumRow] = []
        self.names: CodeNames | None = None
        self.consortium_id: int | None = None
        self.version: int | None = None
        self._done = ""  # what was just done, kept when the list is read again after it

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), None)
        for code in ConsortiumStatus:
            self.status_filter.addItem(self._labels.consortium_statuses[code], code)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter by title"))
        self.text_filter.setClearButtonEnabled(True)

        self.model = RowTableModel(
            [self.tr("Title"), self.tr("Status"), self.tr("Members"), self.tr("Changed")],
            self,
        )  # fmt: skip
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.text_filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        # A title wraps to TITLE_LINES lines, then ends in "…"; the tooltip has it whole.
        self.table.setWordWrap(True)
        lines = self.table.fontMetrics().lineSpacing() * TITLE_LINES
        self.table.verticalHeader().setDefaultSectionSize(lines + 2 * ROW_PADDING)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.editor = ConsortiumEditor(context)
        self.editor.saveRequested.connect(self._save)
        self.editor.organisationsWanted.connect(self._fetch_organisations)
        self.undo_stack = self.editor.undo_stack

        self.delete_action = self._action(
            self.tr("&Delete consortium"), QKeySequence(QKeySequence.StandardKey.Delete),
            self.delete_consortium,
        )  # fmt: skip
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self._action(
            self.tr("Save"), QKeySequence(QKeySequence.StandardKey.Save), self.editor.request_save
        )
        self.new_button = new_button = QPushButton(self.tr("New consortium"))
        new_button.setToolTip(self.tr("Start a new consortium (Ctrl+Shift+N)"))
        new_button.clicked.connect(self.new_consortium)
        delete_button = QPushButton(self.tr("Delete"))
        delete_button.setToolTip(self.tr("Delete the chosen consortium"))
        delete_button.clicked.connect(self.delete_consortium)
        self._action(self.tr("Export…"), QKeySequence("Ctrl+E"), self.export_consortium)
        export_button = QPushButton(self.tr("Export…"))
        export_button.setToolTip(
            self.tr("Export the chosen consortium as PDF, Word, Excel, JSON or share file (Ctrl+E)")
        )
        export_button.clicked.connect(self.export_consortium)
        self._action(self.tr("Import…"), QKeySequence("Ctrl+Shift+I"), self.import_share)
        import_button = QPushButton(self.tr("Import…"))
        import_button.setToolTip(
            self.tr("Import a consortium from a colleague's share file (Ctrl+Shift+I)")
        )
        import_button.clicked.connect(self.import_share)
        self._action(self.tr("Pictures…"), QKeySequence("Ctrl+Shift+P"), self.show_pictures)
        pictures_button = QPushButton(self.tr("Pictures…"))
        pictures_button.setToolTip(
            self.tr(
                "Helix balance, map, network and coverage of the chosen consortium (Ctrl+Shift+P)"
            )
        )
        pictures_button.clicked.connect(self.show_pictures)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.text_filter, 1)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        # Two rows: the list stays narrow beside the editor.
        buttons = QGridLayout()
        buttons.addWidget(new_button, 0, 0)
        buttons.addWidget(delete_button, 0, 1)
        buttons.addWidget(import_button, 0, 2)
        buttons.addWidget(export_button, 1, 0)
        buttons.addWidget(pictures_button, 1, 1)
        buttons.setColumnStretch(3, 1)
        list_layout.addLayout(buttons)

        self.splitter = SplitView(LIST_SHARE)
        self.splitter.addWidget(list_side)
        editor_scroll = QScrollArea()  # a small window scrolls the editor instead of cutting it
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        self.splitter.addWidget(editor_scroll)
        self.empty_state = EmptyState(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
            self.tr("No consortia yet"),
            self.tr(
                "Start one with New consortium (Ctrl+Shift+N), save one from the Match page, or "
                "turn a question at the One-stop desk into a draft."
            ),
        )
        new_from_empty = QPushButton(self.tr("New consortium"))
        new_from_empty.clicked.connect(self.new_consortium)
        empty_layout = self.empty_state.layout()
        empty_layout.insertWidget(
            empty_layout.count() - 1, new_from_empty, 0, Qt.AlignmentFlag.AlignHCenter
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(
            PageHeader(
                self.tr("Consortia"),
                self.tr("The consortia you build: members, roles, budget and the rule check."),
            )
        )
        layout.addWidget(self.stack, 1)

    def _action(self, text: str, keys: QKeySequence, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- Page --------------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self._context.run(
                load_editor_codes,
                self._vocabulary_loaded,
                key="consortia-names",
            )
        self.refresh()

    def refresh(self) -> None:
        status = self.status_filter.currentData()
        statuses = (status,) if status else ()
        self._context.run(
            partial(list_consortia, statuses=statuses),
            self._listed,
            key="consortia-list",
        )

    def restore_settings(self, settings: SettingsStore) -> None:
        self.splitter.restore(settings.widget_state(WidgetState.CONSORTIA_SPLITTER))

    def save_settings(self, settings: SettingsStore) -> None:
        settings.set_widget_state(WidgetState.CONSORTIA_SPLITTER, self.splitter.saveState())

    # --- the list ----------------------------------------------------------------------------

    def _vocabulary_loaded(self, vocabulary: EditorCodes) -> None:
        self.names = vocabulary.names
        self.editor.set_names(vocabulary.names, vocabulary.rules)
        self.refresh()

    def _instrument_name(self, code: str | None) -> str:
        if not code or self.names is None:
            return code or ""
        pair = self.names.instruments.get(code)
        return (pair[self._context.language != "nl"]) if pair else code

    def _listed(self, rows: list[ConsortiumRow]) -> None:
        self.rows = rows
        statuses = self._labels.consortium_statuses
        locale = self._context.locale
        self.model.set_rows(
            [
                Row(
                    (
                        row.title,
                        statuses.get(row.status, row.status),
                        str(row.members),
                        locale.toString(row.updated_at.date(), locale.FormatType.ShortFormat),
                    ),
                    key=row.id,
                    tooltip="\n".join(  # the whole title, when the column cuts it off
                        text for text in (row.title, self._instrument_name(row.instrument_code))
                        if text
                    ),
                    sort=(row.title.lower(), list(ConsortiumStatus).index(row.status), row.members,
                          row.updated_at),
                )
                for row in rows
            ]
        )  # fmt: skip
        filtered = self.status_filter.currentData() is not None
        empty = not rows and not filtered and self.consortium_id is None
        self.stack.setCurrentWidget(
            self.empty_state if empty and not self.editor.is_modified() else self.splitter
        )
        self._select(self.consortium_id)
        count = self.tr("Consortia: %1").replace("%1", self._context.number(len(rows)))
        # What was just done stays in the status bar when the list is read again after it.
        self.statusMessage.emit(f"{self._done} {count}" if self._done else count)
        self._done = ""

    def _tell(self, text: str) -> None:
        """Say in the status bar what was just done (saved, deleted, imported)."""
        self._done = text
        self.statusMessage.emit(text)

    def _select(self, consortium_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KEY_ROLE) == consortium_id:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                return

    @Slot(QModelIndex, QModelIndex)
    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        consortium_id = current.data(KEY_ROLE) if current.isValid() else None
        if consortium_id is None or consortium_id == self.consortium_id:
            return
        if not self._leave_unsaved():
            self._select(self.consortium_id)
            return
        self._load(consortium_id)

    def open_consortium(self, consortium_id: int) -> None:
        """Show a consortium in the editor (after asking about unsaved changes)."""
        if consortium_id != self.consortium_id and self._leave_unsaved():
            self._load(consortium_id)

    def _load(self, consortium_id: int) -> None:
        self._context.run(
            partial(open_consortium, consortium_id=consortium_id),
            self._opened,
            key="consortium-open",
        )

    def _opened(self, loaded: LoadedConsortium | None) -> None:
        if loaded is None:
            self.refresh()
            return
        self.consortium_id = loaded.id
        self.version = loaded.version
        self.stack.setCurrentWidget(self.splitter)
        self.editor.load(loaded.draft, loaded.organisations, loaded.draft.title)
        self._select(loaded.id)

    def _leave_unsaved(self) -> bool:
        if not self.editor.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The consortium has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- changes -----------------------------------------------------------------------------

    @Slot()
    def new_consortium(self) -> None:
        if not self._leave_unsaved():
            return
        self.consortium_id = None
        self.version = None
        self.table.clearSelection()
        self.stack.setCurrentWidget(self.splitter)
        self.editor.load(EMPTY, {}, self.tr("New consortium"))
        self.editor.title.setFocus()

    @Slot(list)
    def _fetch_organisations(self, ids: list[int]) -> None:
        self._context.run(
            partial(member_organisations, ids=ids),
            self.editor.add_organisations,
        )

    @Slot(object)
    def _save(self, draft: ConsortiumDraft) -> None:
        self._context.run(
            partial(
                save_draft, consortium_id=self.consortium_id, draft=draft, version=self.version
            ),
            self._saved,
            self._save_failed,
        )

    def _saved(self, loaded: LoadedConsortium) -> None:
        self.consortium_id = loaded.id
        self.version = loaded.version
        self.editor.heading.setText(loaded.draft.title)
        self.editor.undo_stack.setClean()
        self._tell(self.tr("“%1” was saved.").replace("%1", loaded.draft.title))
        self.refresh()

    def _save_failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, ConsortiumChanged):
            self.editor.show_problem(
                self.tr(
                    "The consortium was changed or deleted elsewhere; your changes were not "
                    "saved. Open it again to see the stored version."
                )
            )
        elif isinstance(error, ConsortiumError):
            self.editor.show_problem(str(error))
        else:
            show_unexpected(
                self, error, details, title=self.tr("The consortium could not be saved")
            )

    @Slot()
    def show_pictures(self) -> ConsortiumPicturesDialog | None:
        """The pictures of the consortium in the editor, as saved, in a window of their own."""
        if self.consortium_id is None:
            return None
        from desktop.views.pictures.consortium_pictures import ConsortiumPicturesDialog

        title = self.editor.draft.title
        dialog = ConsortiumPicturesDialog(self._context, self.consortium_id, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def import_share(self) -> None:
        """A consortium from a colleague's share file, reviewed before it is stored."""
        folder = self._context.settings.export_folder
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import share file"),
            folder,
            self.tr("HelixMatch share files (*.helixshare);;All files (*)"),
        )
        if name:
            self.review_share(Path(name))

    def review_share(self, path: Path) -> ShareImportDialog:
        from desktop.views.pages.consortia.share_import_dialog import ShareImportDialog

        dialog = ShareImportDialog(self._context, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._share_imported)
        dialog.open()
        return dialog

    def _share_imported(self, consortium_id: int) -> None:
        self._tell(self.tr("The shared consortium was imported."))
        self.refresh()
        self.open_consortium(consortium_id)

    @Slot()
    def export_consortium(self) -> None:
        """The Export dialog for the consortium in the editor, as it is saved."""
        if self.consortium_id is None:
            return
        if self.editor.is_modified():
            QMessageBox.information(
                self,
                self.tr("Export"),
                self.tr("Save the consortium first (Ctrl+S): an export shows what is saved."),
            )
            return
        from desktop.views.pages.consortia.export_dialog import ExportDialog

        dialog = ExportDialog(self._context, self.consortium_id, self.editor.draft.title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda path: self.statusMessage.emit(self.tr("Exported to %1").replace("%1", path))
        )
        dialog.open()

    @Slot()
    def delete_consortium(self) -> None:
        if self.consortium_id is None:
            return
        title = self.editor.draft.title
        answer = QMessageBox.question(
            self,
            self.tr("Delete consortium"),
            self.tr("Delete “%1” with its members and budget? You can undo this (Ctrl+Z).").replace(
                "%1", title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._context.run(
            partial(delete_consortium, consortium_id=self.consortium_id), self._deleted
        )

    def _deleted(self, loaded: LoadedConsortium) -> None:
        self.consortium_id = None
        self.version = None
        self.editor.load(EMPTY, {}, self.tr("New consortium"))
        text = self.tr("Delete “%1”").replace("%1", loaded.draft.title)
        self.undo_stack.push(DeleteConsortium(text, partial(self._restore, loaded)))
        self.undo_stack.setClean()  # nothing to save: the deletion is stored already
        self._tell(self.tr("“%1” was deleted.").replace("%1", loaded.draft.title))
        self.refresh()

    def _restore(self, loaded: LoadedConsortium) -> None:
        self._context.run(partial(restore_consortium, loaded=loaded), self._restored)

    def _restored(self, consortium_id: int) -> None:
        self._load(consortium_id)
        self.refresh()
