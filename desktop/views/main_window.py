"""The main window: it assembles the pages, the navigation, the menus and the status bar."""

from __future__ import annotations

import dataclasses
import html
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import metadata
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from desktop.services.lifecycle.logs import log_file
from desktop.views.context import AppContext
from desktop.views.error_reporting import show_unexpected
from desktop.views.navigator import Navigator
from desktop.views.pages.base import Page
from desktop.views.settings_store import WidgetState
from desktop.views.window_actions import WindowActions

if TYPE_CHECKING:  # pages and dialogs load when first shown, not with the window
    from desktop.views.backups_dialog import BackupsDialog
    from desktop.views.importing import ImportWizard
    from desktop.views.importing.import_log_dialog import ImportLogDialog
    from desktop.views.pages.consortia.page import ConsortiaPage
    from desktop.views.pages.matching.desk import DeskPage
    from desktop.views.pages.matching.match import MatchPage
    from desktop.views.pages.matching.missions import MissionsPage
    from desktop.views.pages.matching.regional import RegionalPage
    from desktop.views.pages.matching.shared_engine import MatchingServices
    from desktop.views.pages.organisations.page import OrganisationsPage
    from desktop.views.pages.overview import OverviewPage
    from desktop.views.pages.settings import SettingsPage

DEFAULT_SIZE = QSize(1280, 800)
# The pages' modules, and the text measures the pictures use, loaded in the background soon
# after start so that a first visit to a page only builds its widgets.
PAGE_MODULES = tuple(
    f"desktop.views.pages.{name}"
    for name in (
        "overview", "organisations.page", "matching.missions", "matching.desk", "matching.match",
        "matching.regional", "consortia.page", "settings",
    )
)  # fmt: skip
PRELOADED = (*PAGE_MODULES, "reportlab.pdfbase.pdfmetrics")
PRELOAD_DELAY_MS = 500
SP = QStyle.StandardPixmap
P = TypeVar("P", bound=Page)


@dataclass
class PageEntry(Generic[P]):
    key: str
    label: str
    icon: QStyle.StandardPixmap
    make: Callable[[], P]
    page: P | None = None  # made when first shown or asked for


@dataclass
class WindowPages:
    """The pages in the order of the page list, each with its own type."""

    overview: PageEntry[OverviewPage]
    organisations: PageEntry[OrganisationsPage]
    missions: PageEntry[MissionsPage]
    desk: PageEntry[DeskPage]
    match: PageEntry[MatchPage]
    regional: PageEntry[RegionalPage]
    consortia: PageEntry[ConsortiaPage]
    settings: PageEntry[SettingsPage]

    def in_order(self) -> list[PageEntry]:
        """The pages in the order the fields are declared, which is the page list's."""
        return [getattr(self, field.name) for field in dataclasses.fields(self)]


class MainWindow(QMainWindow):
    databaseChosen = Signal(str, bool)  # another database to open: URL, create when missing

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._messages: dict[str, str] = {}
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{context.database.location} — HelixMatch")
        self.setWindowIcon(self._icon(SP.SP_FileDialogDetailedView))

        self._services: MatchingServices | None = None
        self.navigator = Navigator(self)
        self.pages = self._make_pages()
        self.entries = self.pages.in_order()
        self.nav = QListWidget()
        self.stack = QStackedWidget()
        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self.window_actions = self._install_actions()
        self._answer_navigator()
        context.tasks.taskFailed.connect(self._task_failed)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.itemClicked.connect(self._focus_page)
        self.read_settings()
        QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload_pages)

    # --- assembly ----------------------------------------------------------------------------

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)

    def _nav_icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        """The style's icon, drawn unchanged on the selected row (not tinted into the highlight)."""
        source = self._icon(pixmap)
        icon = QIcon()
        for size in (16, 20, 24, 32, 40):
            drawn = source.pixmap(size, size)
            icon.addPixmap(drawn, QIcon.Mode.Normal)
            icon.addPixmap(drawn, QIcon.Mode.Selected)
        return icon

    def _make_pages(self) -> WindowPages:
        return WindowPages(
            PageEntry("overview", self.tr("Overview"), SP.SP_FileDialogListView, self._overview),
            PageEntry(
                "organisations",
                self.tr("Organisations"),
                SP.SP_FileDialogDetailedView,
                self._organisations,
            ),
            PageEntry("missions", self.tr("Missions"), SP.SP_DialogApplyButton, self._missions),
            PageEntry("desk", self.tr("One-stop desk"), SP.SP_MessageBoxQuestion, self._desk),
            PageEntry("match", self.tr("Match"), SP.SP_FileDialogContentsView, self._match),
            PageEntry("regional", self.tr("Regional matching"), SP.SP_DriveNetIcon, self._regional),
            PageEntry("consortia", self.tr("Consortia"), SP.SP_DirOpenIcon, self._consortia),
            PageEntry("settings", self.tr("Settings"), SP.SP_FileDialogInfoView, self._settings),
        )

    # Each page is made (and its module loaded) when it is first shown or asked for.

    def _overview(self) -> OverviewPage:
        from desktop.views.pages.overview import OverviewPage

        return OverviewPage(self._context, self.navigator)

    def _organisations(self) -> OrganisationsPage:
        from desktop.views.pages.organisations.page import OrganisationsPage

        return OrganisationsPage(self._context)

    def _consortia(self) -> ConsortiaPage:
        from desktop.views.pages.consortia.page import ConsortiaPage

        return ConsortiaPage(self._context)

    def _settings(self) -> SettingsPage:
        from desktop.views.pages.settings import SettingsPage

        page = SettingsPage(self._context)
        page.databaseChosen.connect(self.databaseChosen)
        return page

    def _matching_services(self) -> MatchingServices:
        """One engine in memory for the four matching pages, made with the first of them."""
        if self._services is None:
            from desktop.views.pages.matching.shared_engine import MatchingServices

            self._services = MatchingServices.create(self._context)
        return self._services

    def _missions(self) -> MissionsPage:
        from desktop.views.pages.matching.missions import MissionsPage

        return MissionsPage(self._context, self.navigator)

    def _desk(self) -> DeskPage:
        from desktop.views.pages.matching.desk import DeskPage

        return DeskPage(self._matching_services(), self.navigator)

    def _match(self) -> MatchPage:
        from desktop.views.pages.matching.match import MatchPage

        return MatchPage(self._matching_services())

    def _regional(self) -> RegionalPage:
        from desktop.views.pages.matching.regional import RegionalPage

        return RegionalPage(self._matching_services())

    def _build_central(self) -> None:
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for entry in self.entries:
            item = QListWidgetItem(self._nav_icon(entry.icon), entry.label)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(entry.label) for entry in self.entries)
        self.nav.setFixedWidth(widest + self.nav.iconSize().width() + 48)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.page_status = QLabel()
        self.page_status.setContentsMargins(6, 0, 6, 0)
        location = self._context.database.location
        status = self.tr("Database: %1").replace("%1", location)
        if self._context.database.read_only:
            status = self.tr("Database: %1 (read-only)").replace("%1", location)
        self.database_status = QLabel(status)
        self.database_status.setToolTip(location)
        self.database_status.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.page_status, 1)
        self.statusBar().addPermanentWidget(self.database_status)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import organisations…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.show_import_wizard)
        file_menu.addAction(import_action)
        backups_action = QAction(self.tr("&Backups…"), self)
        backups_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backups_action.triggered.connect(self.show_backups)
        file_menu.addAction(backups_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions = QActionGroup(self)
        for number, entry in enumerate(self.entries, start=1):
            action = QAction(entry.label, self.page_actions)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self._go_to(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(lambda: self.current_page().refresh())
        view_menu.addAction(refresh)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About HelixMatch"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _install_actions(self) -> WindowActions:
        actions = WindowActions(self, self.file_menu)
        actions.newOrganisation.connect(self.navigator.newOrganisation)
        actions.newConsortium.connect(self.navigator.newConsortium)
        actions.openDatabase.connect(lambda: self._made(self.pages.settings).open_other())
        actions.newDatabase.connect(lambda: self._made(self.pages.settings).create_new())
        actions.undoImport.connect(self.show_import_log)
        return actions

    def _answer_navigator(self) -> None:
        """Each request of the navigator shows the page that answers it, made if need be."""
        pages, navigator = self.pages, self.navigator
        navigator.showPage.connect(self.show_key)
        navigator.openOrganisation.connect(
            lambda key: self._shown(pages.organisations).show_organisation(key)
        )
        navigator.filterProvince.connect(
            lambda code: self._shown(pages.organisations).show_province(code)
        )
        navigator.newOrganisation.connect(
            lambda: self._shown(pages.organisations).new_organisation()
        )
        navigator.openConsortium.connect(
            lambda key: self._shown(pages.consortia).open_consortium(key)
        )
        navigator.newConsortium.connect(lambda: self._shown(pages.consortia).new_consortium())
        navigator.openQuestion.connect(lambda key: self._shown(pages.desk).open_question(key))
        navigator.findPartnersForMission.connect(
            lambda code: self._shown(pages.match).find_partners_for_mission(code)
        )

    # --- pages -------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def page(self, key: str) -> Page:
        return self._made(self.entries[self.page_keys().index(key)])

    def current_page(self) -> Page:
        return self._made(self.entries[self.nav.currentRow()])

    def current_key(self) -> str:
        return self.entries[self.nav.currentRow()].key

    def _made(self, entry: PageEntry[P]) -> P:
        if entry.page is None:
            page = entry.page = entry.make()
            self.stack.addWidget(page)
            page.statusMessage.connect(partial(self._page_message, entry.key))
            page.restore_settings(self._context.settings)
            if page.undo_stack is not None:
                self.window_actions.add_stack(page.undo_stack)
        return entry.page

    def _shown(self, entry: PageEntry[P]) -> P:
        """The page of ``entry``, made and shown."""
        self.show_key(entry.key)
        return self._made(entry)

    def show_page(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def _go_to(self, row: int) -> None:
        self.show_page(row)
        self._focus_page()

    def _focus_page(self) -> None:
        """A page chosen with the mouse or Ctrl+1..8 takes the keyboard, so that its own keys
        (Ctrl+F, Del, Ctrl+E, ...) work at once; the arrow keys in the page list keep it there."""
        self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_key(self, key: str) -> None:
        self.show_page(self.page_keys().index(key))

    @Slot(int)
    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        page = self._made(entry)
        self.stack.setCurrentWidget(page)
        self.window_actions.page_shown(page.undo_stack)
        self.page_actions.actions()[row].setChecked(True)
        self.page_status.setText(self._messages.get(entry.key, ""))
        page.activate()

    def _preload_pages(self) -> None:
        def load() -> None:
            for name in PRELOADED:
                importlib.import_module(name)

        self._context.tasks.call(load, lambda _none: None, priority=-1)

    def _pages_made(self) -> list[Page]:
        return [entry.page for entry in self.entries if entry.page is not None]

    def _page_message(self, key: str, text: str) -> None:
        self._messages[key] = text
        if key == self.current_key():
            self.page_status.setText(text)

    def show_notice(self, text: str) -> None:
        """A passing message (database created, migrated) in the status bar."""
        self.statusBar().showMessage(text, 15_000)

    # --- settings ----------------------------------------------------------------------------

    def read_settings(self) -> None:
        settings = self._context.settings
        geometry = settings.widget_state(WidgetState.MAIN_WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = settings.widget_state(WidgetState.MAIN_WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        key = settings.shown_page
        keys = self.page_keys()
        self.show_page(keys.index(key) if key in keys else 0)

    def write_settings(self) -> None:
        settings = self._context.settings
        settings.set_widget_state(WidgetState.MAIN_WINDOW_GEOMETRY, self.saveGeometry())
        settings.set_widget_state(WidgetState.MAIN_WINDOW_STATE, self.saveState())
        settings.shown_page = self.current_key()
        for page in self._pages_made():
            page.save_settings(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.write_settings()
        super().closeEvent(event)

    # --- menus -------------------------------------------------------------------------------

    @Slot()
    def _about(self) -> None:
        try:
            version = metadata.version("helixmatch")
        except metadata.PackageNotFoundError:
            version = ""
        text = self.tr(
            "<h3>HelixMatch %1</h3>"
            "<p>Builds triple- and quadruple-helix innovation consortia for the Dutch "
            "mission-driven innovation policy, from a database on your own computer.</p>"
            "<p>Database: %2</p>"
            "<p>Log file: %3</p>"
        )
        location = html.escape(self._context.database.location)
        log = html.escape(str(log_file()))
        text = text.replace("%1", version).replace("%2", location).replace("%3", log)
        QMessageBox.about(self, self.tr("About HelixMatch"), text)

    @Slot()
    def show_import_wizard(self) -> ImportWizard:
        from desktop.views.importing import open_import_wizard

        return open_import_wizard(self._context, self, self._reload_pages)

    @Slot()
    def show_backups(self) -> BackupsDialog:
        from desktop.views.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._context, self)
        dialog.restored.connect(self._reload_pages)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def show_import_log(self) -> ImportLogDialog:
        from desktop.views.importing.import_log_dialog import ImportLogDialog

        dialog = ImportLogDialog(self._context, self)
        dialog.undone.connect(self._reload_pages)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _reload_pages(self) -> None:
        for page in self._pages_made():
            page.refresh()

    @Slot(str, str)
    def _task_failed(self, message: str, details: str) -> None:
        show_unexpected(self, message, details)
