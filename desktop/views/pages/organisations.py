"""Organisations: the whole list, searched and sorted by the database, loaded as you scroll."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.labels import CodeLabels
from desktop.views.organisation_table import SORT_KEYS, Column, OrganisationTableModel
from desktop.views.pages.base import Page
from desktop.views.widgets.empty_state import EmptyState
from desktop.views.widgets.page_header import PageHeader
from desktop.views.widgets.style import mute

SEARCH_DELAY_MS = 250
HEADER_KEY = "organisations/header"
# The name takes whatever room is left; the others start at a width that fits their words.
COLUMN_WIDTHS = {
    Column.SHORT_NAME: 90,
    Column.KIND: 105,
    Column.TYPE: 190,
    Column.CITY: 115,
    Column.PROVINCE: 120,
    Column.SME: 50,
    Column.ORIGIN: 105,
}


class OrganisationsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loaded_once = False
        self.model = OrganisationTableModel(context.query, CodeLabels(), self)
        self.model.countsChanged.connect(self._counts_changed)
        self.model.loadFailed.connect(self._load_failed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or short name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

        self.table = self._make_table()
        self.no_match = QLabel()
        mute(self.no_match)
        self.no_match.hide()

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.no_match)
        list_layout.addWidget(self.table)
        self.empty_state = EmptyState(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("No organisations yet"),
            self.tr(
                "Import a file of organisations with 'helixmatch import organisations FILE', "
                "or add the demonstration data with 'helixmatch demo add'."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.empty_state)

        top = QHBoxLayout()
        top.addWidget(PageHeader(self.tr("Organisations")), 1)
        top.addWidget(self.search, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

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
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.setSortingEnabled(True)  # the model hands the sort to the database
        return table

    # --- Page --------------------------------------------------------------------------------

    def activate(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.model.reload()
        self._emit_status()

    def refresh(self) -> None:
        self._loaded_once = True
        self.model.reload()

    def restore_settings(self, settings: QSettings) -> None:
        state = settings.value(HEADER_KEY, None)
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            if header.sortIndicatorSection() not in SORT_KEYS:
                header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    # --- slots -------------------------------------------------------------------------------

    @Slot()
    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def _apply_search(self) -> None:
        self.model.set_text(self.search.text())
        self.table.scrollToTop()

    @Slot(int, Qt.SortOrder)
    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if section not in SORT_KEYS:  # short name and SME are not sortable: put the arrow back
            model_column = self.model.sort_column()
            descending = self.model.query.descending
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(model_column, order)
        else:
            self.table.scrollToTop()

    @Slot(int, int)
    def _counts_changed(self, count: int, total: int) -> None:
        self.stack.setCurrentWidget(self.empty_state if total == 0 else self.stack.widget(0))
        text = self.model.query.text
        self.no_match.setVisible(total > 0 and count == 0)
        if count == 0 and text:
            self.no_match.setText(self.tr("No organisation matches “%1”.").replace("%1", text))
        self._emit_status()

    def _emit_status(self) -> None:
        if self.model.is_reloading() and self.model.total == 0:
            self.statusMessage.emit(self.tr("Loading organisations…"))
            return
        number = self._context.number
        count, total = self.model.rowCount(), self.model.total
        if self.model.query.text:
            message = self.tr("Organisations: %1 of %2").replace("%1", number(count))
            message = message.replace("%2", number(total))
        else:
            message = self.tr("Organisations: %1").replace("%1", number(total))
        self.statusMessage.emit(message)

    @Slot(str, str)
    def _load_failed(self, message: str, details: str) -> None:
        show_error(self, self.tr("The organisations could not be loaded"), message, details)
