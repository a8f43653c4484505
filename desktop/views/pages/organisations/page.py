"""Organisations: the whole list, searched, filtered and sorted by the database, loaded as you
scroll; a detail pane to view and edit one; add, delete (with undo) and merge duplicates."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.organisations.editing import EditConflict
from desktop.services.organisations.operations import (
    DeletedOrganisation,
    Merged,
    OrganisationData,
    OrganisationGone,
    OrganisationInConsortia,
    delete_an_organisation,
    load_organisation,
    merge_two_organisations,
    prepare_name_search,
    save_entered_organisation,
)
from desktop.services.organisations.validation import InvalidOrganisation, clean_organisation
from desktop.services.reference.code_names import CodeNames, load_code_names
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import show_unexpected
from desktop.views.labels import CodeLabels
from desktop.views.pages.base import Page
from desktop.views.pages.organisations.detail import OrganisationDetail
from desktop.views.pages.organisations.filter_bar import FilterBar
from desktop.views.pages.organisations.list_export import OrganisationListExport
from desktop.views.pages.organisations.table_model import (
    SORT_KEYS,
    Column,
    OrganisationTableModel,
    Roles,
)
from desktop.views.pages.organisations.undo_steps import (
    AddOrganisation,
    DeleteOrganisation,
    EditOrganisation,
    MergeOrganisations,
)
from desktop.views.pictures.organisation_network import OrganisationNetworkView
from desktop.views.settings_store import SettingsStore, WidgetState
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.page_header import PageHeader
from desktop.views.widgets.split_view import SplitView
from desktop.views.widgets.style import mute

SEARCH_DELAY_MS = 250
PREPARE_DELAY_MS = 400  # after the page is shown, when the fuzzy index is made
# The name takes whatever room is left; the others start at a width that fits their words.
COLUMN_WIDTHS = {
    Column.SHORT_NAME: 90,
    Column.KIND: 105,
    Column.TYPE: 160,
    Column.CITY: 115,
    Column.PROVINCE: 120,
    Column.SME: 50,
    Column.ORIGIN: 105,
}
HIDDEN_WHILE_DETAIL = (Column.SHORT_NAME, Column.CITY, Column.SME, Column.ORIGIN)
LIST_SHARE = 60  # percent of the width the list gets beside the detail pane


class OrganisationsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loaded_once = False
        self._labels = CodeLabels()
        self.finder = context.finder
        self.undo_stack = QUndoStack(self)
        self.shown_id: int | None = None
        self.model = OrganisationTableModel(context.run, self._labels, self, finder=self.finder)
        self.model.countsChanged.connect(self._counts_changed)
        self.model.loadFailed.connect(self._load_failed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, short names and aliases"))
        self.search.setToolTip(self.tr("Finds names that are alike too: typos are tolerated."))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.filters = FilterBar(self._labels, context.language)
        self.filters.filtersChanged.connect(self._filters_changed)

        self._make_actions()
        self.list_export = OrganisationListExport(context, self)
        self.list_export.finished.connect(self.statusMessage.emit)
        self.table = self._make_table()
        self.no_match = QLabel()
        mute(self.no_match)
        self.no_match.hide()
        self.detail = OrganisationDetail(self._labels, context.language)
        self.detail.saveRequested.connect(self._save_requested)
        self.detail.openOrganisation.connect(self.show_organisation)
        self.network = OrganisationNetworkView(context)
        self.network.organisationChosen.connect(self.show_organisation)
        self.detail.tabs.addTab(self.network, self.tr("Network"))
        self.no_detail = EmptyState(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
            self.tr("No organisation chosen"),
            self.tr("Choose one in the list to see and edit it, or add a new one (Ctrl+N)."),
        )
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.no_detail)
        self.detail_stack.addWidget(self.detail)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.no_match)
        list_layout.addWidget(self.table)
        self.splitter = SplitView(LIST_SHARE)
        self.splitter.addWidget(list_page)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.empty_state = EmptyState(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("No organisations yet"),
            self.tr(
                "Add one with New (Ctrl+N), import a file of organisations with "
                "'helixmatch import organisations FILE', or add the demonstration data with "
                "'helixmatch demo add'."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_state)

        top = QHBoxLayout()
        top.addWidget(PageHeader(self.tr("Organisations")), 1)
        top.addWidget(self.search, 1, Qt.AlignmentFlag.AlignBottom)
        import_button = QToolButton()
        import_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        import_button.setToolTip(
            self.tr("Import organisations from a CSV file or Excel workbook (Ctrl+I)")
        )
        import_button.clicked.connect(self._open_import_wizard)
        top.addWidget(import_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.filters.clear_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        for action in (self.new_action, self.delete_action, self.merge_action, self.export_action):
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

    def _make_actions(self) -> None:
        def action(text: str, tip: str, keys: QKeySequence, slot) -> QAction:
            made = QAction(text, self)
            made.setShortcut(keys)
            made.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.find_action = action(
            self.tr("Find"), self.tr("Search"), QKeySequence(QKeySequence.StandardKey.Find),
            self._focus_search,
        )  # fmt: skip
        self.new_action = action(
            self.tr("&New organisation"), self.tr("Add an organisation"),
            QKeySequence(QKeySequence.StandardKey.New), self.new_organisation,
        )  # fmt: skip
        self.delete_action = action(
            self.tr("&Delete"), self.tr("Delete the chosen organisation"),
            QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected,
        )  # fmt: skip
        self.merge_action = action(
            self.tr("&Merge…"), self.tr("Merge two organisations that are the same"),
            QKeySequence("Ctrl+M"), self.merge_selected,
        )  # fmt: skip
        self.export_action = action(
            self.tr("E&xport list…"), self.tr("Save the organisations shown to Excel or CSV"),
            QKeySequence("Ctrl+Shift+E"), self.export_list,
        )  # fmt: skip
        self.save_action = action(
            self.tr("&Save"), self.tr("Save the organisation"),
            QKeySequence(QKeySequence.StandardKey.Save), self._save_shortcut,
        )  # fmt: skip
        self.new_action.setShortcut(QKeySequence())  # Ctrl+N is File > New organisation
        self.delete_action.setEnabled(False)
        self.merge_action.setEnabled(False)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: fast at 100k
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        for column in HIDDEN_WHILE_DETAIL:  # the detail pane shows them; room for the name
            header.hideSection(column)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.setSortingEnabled(True)  # the model hands the sort to the database
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.dataChanged.connect(self._rows_arrived)
        return table

    # --- Page --------------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.model.reload()
            self._context.run(load_code_names, self._names_loaded, key="organisations-names")
            # The fuzzy index is made once, in the background, before the first search, but
            # not while the page paints for the first time: its Python work would slow that.
            QTimer.singleShot(PREPARE_DELAY_MS, self, self._prepare_finder)
        self._emit_status()

    def _prepare_finder(self) -> None:
        self._context.run(
            partial(prepare_name_search, finder=self.finder), lambda _: None, priority=-1
        )

    def _open_import_wizard(self) -> None:
        from desktop.views.importing import open_import_wizard  # loads when first used

        open_import_wizard(self._context, self, self.refresh)

    def refresh(self) -> None:
        self._loaded_once = True
        self.model.reload()
        if self.shown_id is not None:
            self.show_organisation(self.shown_id)

    def restore_settings(self, settings: SettingsStore) -> None:
        state = settings.widget_state(WidgetState.ORGANISATIONS_HEADER)
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            if header.sortIndicatorSection() not in SORT_KEYS:
                header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.splitter.restore(settings.widget_state(WidgetState.ORGANISATIONS_SPLITTER))

    def save_settings(self, settings: SettingsStore) -> None:
        header = self.table.horizontalHeader()
        settings.set_widget_state(WidgetState.ORGANISATIONS_HEADER, header.saveState())
        settings.set_widget_state(WidgetState.ORGANISATIONS_SPLITTER, self.splitter.saveState())

    # --- showing one -------------------------------------------------------------------------

    @Slot(int)
    def show_organisation(self, organisation_id: int) -> None:
        self.shown_id = organisation_id
        self._context.run(
            partial(load_organisation, organisation_id=organisation_id),
            self._details_loaded,
            key="organisation-details",
        )

    def _details_loaded(self, details) -> None:
        if details is None:  # deleted meanwhile
            self.shown_id = None
            self.detail_stack.setCurrentWidget(self.no_detail)
            return
        self.detail.show_details(details)
        self.network.set_organisation(self.shown_id)
        self.detail_stack.setCurrentWidget(self.detail)

    def _names_loaded(self, names: CodeNames) -> None:
        self.filters.set_names(names)
        self.detail.set_names(names)

    def _selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.id_at(row) for row in rows) if i is not None]

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.delete_action.setEnabled(count == 1)
        self.merge_action.setEnabled(count == 2)

    @Slot(QModelIndex, QModelIndex)
    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        organisation_id = current.data(Roles.ID) if current.isValid() else None
        if organisation_id is None or organisation_id == self.shown_id:
            return
        if self._leave_unsaved():
            self.show_organisation(organisation_id)

    @Slot(QModelIndex, QModelIndex)
    def _rows_arrived(self, first: QModelIndex, last: QModelIndex) -> None:
        """A row chosen while it was still loading is shown once it arrives."""
        current = self.table.currentIndex()
        if current.isValid() and first.row() <= current.row() <= last.row():
            self._current_row_changed(current, QModelIndex())

    def _leave_unsaved(self) -> bool:
        """True when the detail pane may show something else (saved, or changes discarded)."""
        if self.detail_stack.currentWidget() is not self.detail or not self.detail.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("“%1” has changes that are not saved. Discard them?").replace(
                "%1", self.detail.title.text()
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- changes -----------------------------------------------------------------------------

    def _apply(self, work, on_done) -> None:
        """Run a change (an operation of ``desktop.services.organisations.operations``) in a
        worker; afterwards the list and the detail pane are reloaded."""

        def done(result) -> None:
            on_done(result)
            self._data_changed()

        self._context.run(work, done, self._change_failed)

    def _data_changed(self) -> None:
        self.model.reload()
        if self.shown_id is not None:
            self.show_organisation(self.shown_id)

    @Slot()
    def new_organisation(self) -> None:
        if not self._leave_unsaved():
            return
        self.shown_id = None
        self.table.clearSelection()
        self.detail.show_new(OrganisationData(name="", kind="company", type="sme", is_sme=True))
        self.detail_stack.setCurrentWidget(self.detail)

    @Slot()
    def _save_shortcut(self) -> None:
        if self.detail_stack.currentWidget() is self.detail:
            self.detail.save_button.click()

    @Slot(object)
    def _save_requested(self, data: OrganisationData) -> None:
        details = self.detail.details
        organisation_id = details.id if details is not None else None
        before = details.data if details is not None else None
        expected = details.version if details is not None else None
        self._context.run(
            partial(
                save_entered_organisation,
                organisation_id=organisation_id,
                data=data,
                expected_version=expected,
            ),
            partial(self._saved, before, data),
            self._save_failed,
        )

    def _saved(
        self, before: OrganisationData | None, data: OrganisationData, saved_id: int
    ) -> None:
        after = clean_organisation(data)[0]
        name = after.name
        if before is None:
            text = self.tr("Add “%1”").replace("%1", name)
            self.undo_stack.push(AddOrganisation(text, self._apply, saved_id))
            self.statusMessage.emit(self.tr("“%1” was added.").replace("%1", name))
        else:
            text = self.tr("Edit “%1”").replace("%1", name)
            self.undo_stack.push(EditOrganisation(text, self._apply, saved_id, before, after))
            self.statusMessage.emit(self.tr("“%1” was saved.").replace("%1", name))
        self.shown_id = saved_id
        self._data_changed()

    def _save_failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, InvalidOrganisation):
            self.detail.show_problems(error.problems)
        elif isinstance(error, EditConflict):
            show_error(
                self,
                self.tr("Changed elsewhere"),
                self.tr(
                    "This organisation was changed elsewhere after you opened it. Your changes "
                    "were not saved; the pane now shows the stored values."
                ),
            )
            self._data_changed()
        else:
            self._change_failed(error, details)

    def _change_failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, OrganisationGone):
            show_error(
                self,
                self.tr("Organisation not found"),
                self.tr("The organisation no longer exists; it was deleted elsewhere."),
            )
            self._data_changed()
        elif isinstance(error, OrganisationInConsortia):
            QMessageBox.information(
                self,
                self.tr("Cannot delete"),
                self.tr(
                    "This organisation is a member of %n consortium/consortia. Remove it from "
                    "them first, or merge it with the organisation that replaces it.",
                    "",
                    error.count,
                ),
            )
        else:
            show_unexpected(self, error, details, title=self.tr("The change could not be made"))

    @Slot()
    def delete_selected(self) -> None:
        ids = self._selected_ids()
        if len(ids) != 1:
            return
        name = self.model.data(self.table.selectionModel().selectedRows()[0], Roles.NAME)
        answer = QMessageBox.question(
            self,
            self.tr("Delete organisation"),
            self.tr(
                "Delete “%1” with its contacts and project history? You can undo this with "
                "Edit > Undo."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._apply(partial(delete_an_organisation, organisation_id=ids[0]), self._deleted)

    def _deleted(self, deleted: DeletedOrganisation) -> None:
        text = self.tr("Delete “%1”").replace("%1", deleted.name)
        self.undo_stack.push(DeleteOrganisation(text, self._apply, deleted))
        if self.shown_id == deleted.id:
            self.shown_id = None
            self.detail_stack.setCurrentWidget(self.no_detail)
        self.statusMessage.emit(self.tr("“%1” was deleted.").replace("%1", deleted.name))

    @Slot()
    def merge_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        ids = self._selected_ids()
        if len(ids) != 2 or len(rows) != 2:
            return
        names = [self.model.data(index, Roles.NAME) for index in sorted(rows, key=QModelIndex.row)]
        kept = self.ask_which_to_keep(names)
        if kept is None:
            return
        keep, drop = ids[kept], ids[1 - kept]
        self._apply(partial(merge_two_organisations, keep=keep, drop=drop), self._merged)

    def ask_which_to_keep(self, names: list[str]) -> int | None:
        """Which of the two organisations to keep (0 or 1), or None to cancel."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merge organisations"))
        box.setText(self.tr("Which of the two do you keep?"))
        box.setInformativeText(
            self.tr(
                "The other one is removed: its projects, consortium memberships, contacts and "
                "questions move to the one you keep, its names become aliases, and fields the "
                "kept one leaves empty are filled from it. Edit > Undo takes the merge back."
            )
        )
        role = QMessageBox.ButtonRole.AcceptRole
        buttons = [box.addButton(self.tr("Keep “%1”").replace("%1", n), role) for n in names]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def _merged(self, merged: Merged) -> None:
        text = self.tr("Merge “%1”").replace("%1", merged.removed)
        self.undo_stack.push(MergeOrganisations(text, self._apply, merged))
        self.shown_id = merged.kept
        self.table.clearSelection()
        self.statusMessage.emit(
            self.tr("Merged “%1” into the kept organisation; moved: %2.")
            .replace("%1", merged.removed)
            .replace(
                "%2",
                ", ".join(
                    (
                        self.tr("%n project(s)", "", merged.projects),
                        self.tr("%n consortium membership(s)", "", merged.consortia),
                        self.tr("%n contact(s)", "", merged.contacts),
                    )
                ),
            )
        )

    # --- search, sort, filters ---------------------------------------------------------------

    @Slot()
    def export_list(self) -> None:
        """The organisations as shown (search and filters) to Excel or CSV."""
        self.list_export.start(self.model.query.list_filter())

    @Slot()
    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def _apply_search(self) -> None:
        self.model.set_text(self.search.text())
        self._show_sort()
        self.table.scrollToTop()

    def _show_sort(self) -> None:
        """The header shows the model's sort: no column while a search shows the best first."""
        header = self.table.horizontalHeader()
        order = (
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicator(self.model.sort_column(), order)

    def show_province(self, code: str) -> None:
        """Every organisation in one province (a click on the map): a search typed earlier
        would hide them, so it is cleared."""
        self.search.clear()
        self._search_timer.stop()
        self._apply_search()
        self.filters.set_province(code)

    @Slot(object)
    def _filters_changed(self, filters) -> None:
        self.model.set_filters(filters)
        self.table.scrollToTop()

    @Slot(int, Qt.SortOrder)
    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if section < 0:  # a search lists the best match first: no column is sorted
            return
        if section not in SORT_KEYS:  # short name and SME are not sortable: put the arrow back
            model_column = self.model.sort_column()
            descending = self.model.query.descending
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(model_column, order)
        else:
            self.table.scrollToTop()

    @Slot(int, int)
    def _counts_changed(self, count: int, total: int) -> None:
        self.stack.setCurrentWidget(self.empty_state if total == 0 else self.splitter)
        query = self.model.query
        narrowed = bool(query.text) or not query.filters.is_empty()
        self.no_match.setVisible(total > 0 and count == 0)
        if count == 0 and query.text:
            self.no_match.setText(
                self.tr("No organisation matches “%1”.").replace("%1", query.text)
            )
        elif count == 0 and narrowed:
            self.no_match.setText(self.tr("No organisation matches these filters."))
        self._emit_status()

    def _emit_status(self) -> None:
        if self.model.is_reloading() and self.model.total == 0:
            self.statusMessage.emit(self.tr("Loading organisations…"))
            return
        number = self._context.number
        count, total = self.model.rowCount(), self.model.total
        query = self.model.query
        if self.model.search_capped():
            message = self.tr("Organisations: the best %1 of %2; type more to narrow the search")
            message = message.replace("%1", number(count)).replace("%2", number(total))
        elif query.text or not query.filters.is_empty():
            message = self.tr("Organisations: %1 of %2").replace("%1", number(count))
            message = message.replace("%2", number(total))
        else:
            message = self.tr("Organisations: %1").replace("%1", number(total))
        self.statusMessage.emit(message)

    @Slot(str, str)
    def _load_failed(self, message: str, details: str) -> None:
        show_unexpected(
            self, message, details, title=self.tr("The organisations could not be loaded")
        )
