"""The main window: it assembles the pages, the navigation, the menus and the status bar."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import partial
from importlib import metadata
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal, Slot
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

from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.pages.base import Page
from desktop.views.pages.consortia import ConsortiaPage
from desktop.views.pages.matching import matching_pages
from desktop.views.pages.organisations import OrganisationsPage
from desktop.views.pages.overview import OverviewPage
from desktop.views.pages.planned import PlannedPage
from desktop.views.pages.settings import SettingsPage
from desktop.views.window_actions import WindowActions

if TYPE_CHECKING:  # the dialogs load when first opened, not with the window
    from desktop.views.backups_dialog import BackupsDialog
    from desktop.views.import_wizard import ImportWizard

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"
DEFAULT_SIZE = QSize(1280, 800)
SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class PageEntry:
    key: str
    label: str
    icon: QStyle.StandardPixmap
    page: Page


class MainWindow(QMainWindow):
    databaseChosen = Signal(str, bool)  # another database to open: URL, create when missing

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._messages: dict[str, str] = {}
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{context.database.location} — HelixMatch")
        self.setWindowIcon(self._icon(SP.SP_FileDialogDetailedView))

        self.entries = self._make_pages()
        self.nav = QListWidget()
        self.stack = QStackedWidget()
        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self.commands = self._install_commands()
        context.tasks.taskFailed.connect(self._task_failed)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.read_settings()

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

    def _make_pages(self) -> list[PageEntry]:
        context = self._context
        entries = [
            PageEntry(
                "overview", self.tr("Overview"), SP.SP_FileDialogListView, OverviewPage(context)
            ),
            PageEntry(
                "organisations",
                self.tr("Organisations"),
                SP.SP_FileDialogDetailedView,
                OrganisationsPage(context),
            ),
        ]
        planned = (
            ("missions", self.tr("Missions"), SP.SP_DialogApplyButton),
            ("question", self.tr("One-stop desk"), SP.SP_MessageBoxQuestion),
            ("match", self.tr("Match"), SP.SP_FileDialogContentsView),
            ("regional", self.tr("Regional matching"), SP.SP_DriveNetIcon),
            ("consortia", self.tr("Consortia"), SP.SP_DirOpenIcon),
        )
        matching = matching_pages(context, self.show_key)
        for key, label, icon in planned:
            if key == "consortia":
                page = ConsortiaPage(context)
            else:
                page = matching.get(key) or PlannedPage(key, self._icon(icon))
            entries.append(PageEntry(key, label, icon, page))
        settings = SettingsPage(context)
        settings.databaseChosen.connect(self.databaseChosen)
        entries.append(
            PageEntry("settings", self.tr("Settings"), SP.SP_FileDialogInfoView, settings)
        )
        return entries

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
            self.stack.addWidget(entry.page)
            entry.page.statusMessage.connect(partial(self._page_message, entry.key))
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
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
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

    def _install_commands(self) -> WindowActions:
        stacks = {e.key: e.page.undo_stack for e in self.entries if hasattr(e.page, "undo_stack")}
        commands = WindowActions(self, self.file_menu, stacks)
        organisations, consortia = self.page("organisations"), self.page("consortia")
        settings = self.page("settings")
        commands.newOrganisation.connect(lambda: self._then(organisations.new_organisation))
        commands.newConsortium.connect(lambda: self._then(consortia.new_consortium))
        commands.openDatabase.connect(settings.open_other)
        commands.newDatabase.connect(settings.create_new)
        overview = self.page("overview")
        steps = {
            "new_organisation": commands.new_organisation.trigger,
            "new_consortium": commands.new_consortium.trigger,
            "question": lambda: self.show_key("question"),
            "match": lambda: self.show_key("match"),
        }
        overview.stepChosen.connect(lambda key: steps[key]())
        overview.consortiumChosen.connect(lambda key: self._open_consortium(consortia, key))
        overview.questionChosen.connect(lambda _key: self.show_key("question"))
        overview.dashboard.provinceChosen.connect(lambda code: self._filter_province(code))
        overview.dashboard.organisationChosen.connect(lambda key: self._open_organisation(key))
        return commands

    def _filter_province(self, code: str) -> None:
        self.show_key("organisations")
        self.page("organisations").filters.set_province(code)

    def _open_organisation(self, organisation_id: int) -> None:
        self.show_key("organisations")
        self.page("organisations").show_organisation(organisation_id)

    def _open_consortium(self, page: ConsortiaPage, consortium_id: int) -> None:
        self.show_key("consortia")
        page.open_consortium(consortium_id)

    def _then(self, make_new) -> None:
        """Show the page that ``make_new`` belongs to, then start the new item there."""
        self.show_page(self.stack.indexOf(make_new.__self__))
        make_new()

    # --- pages -------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def page(self, key: str) -> Page:
        return self.entries[self.page_keys().index(key)].page

    def current_page(self) -> Page:
        return self.entries[self.stack.currentIndex()].page

    def current_key(self) -> str:
        return self.entries[self.stack.currentIndex()].key

    def show_page(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def show_key(self, key: str) -> None:
        self.show_page(self.page_keys().index(key))

    @Slot(int)
    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        self.stack.setCurrentIndex(row)
        if hasattr(self, "commands"):
            self.commands.page_shown(getattr(entry.page, "undo_stack", None))
        self.page_actions.actions()[row].setChecked(True)
        self.page_status.setText(self._messages.get(entry.key, ""))
        entry.page.activate()

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
        geometry = settings.value(GEOMETRY_KEY, QByteArray(), type=QByteArray)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = settings.value(STATE_KEY, QByteArray(), type=QByteArray)
        if not state.isEmpty():
            self.restoreState(state)
        for entry in self.entries:
            entry.page.restore_settings(settings)
        key = settings.value(PAGE_KEY, "overview", type=str)
        keys = self.page_keys()
        self.show_page(keys.index(key) if key in keys else 0)

    def write_settings(self) -> None:
        settings = self._context.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(PAGE_KEY, self.current_key())
        for entry in self.entries:
            entry.page.save_settings(settings)
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
        )
        location = html.escape(self._context.database.location)
        text = text.replace("%1", version).replace("%2", location)
        QMessageBox.about(self, self.tr("About HelixMatch"), text)

    @Slot()
    def show_import_wizard(self) -> ImportWizard:
        from desktop.views.import_wizard import open_import_wizard

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
    def _reload_pages(self) -> None:
        for entry in self.entries:
            entry.page.refresh()

    @Slot(str, str)
    def _task_failed(self, message: str, details: str) -> None:
        show_error(self, self.tr("Something went wrong"), message, details)
