"""Opening the database in a worker, then showing the main window, or explaining why not."""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop.services.lifecycle.collector import keep_long_lived
from desktop.services.lifecycle.opening import (
    DatabaseError,
    Opened,
    back_up_today,
    open_database,
    sqlite_path,
)
from desktop.views.context import AppContext
from desktop.views.dialogs import show_error
from desktop.views.error_reporting import error_message, show_unexpected
from desktop.views.field_keys import install_field_keys
from desktop.views.main_window import MainWindow
from desktop.views.settings_store import SettingsStore
from desktop.views.tasks import TaskRunner
from desktop.views.translation import interface_locale

PROGRESS_DELAY_MS = 500
EXIT_CANNOT_OPEN = 1


class Launcher(QObject):
    """Owns what lives as long as the application: the task runner, the database, the window."""

    def __init__(
        self, app: QApplication, url: str, create: bool, settings: SettingsStore, language: str
    ) -> None:
        super().__init__()
        self._app = app
        self._url = url
        self._create = create
        self._settings = settings
        self._language = language
        self.tasks = TaskRunner(self)
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self._progress: QProgressDialog | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_progress)

    def start(self) -> None:
        self._app.setQuitOnLastWindowClosed(False)  # no window yet: an error box must not quit
        opening = partial(open_database, self._url, create=self._create, backup_today=False)
        self.tasks.call(opening, self._opened, self._failed)
        self._progress_timer.start(PROGRESS_DELAY_MS)

    def close(self) -> None:
        """Wait for running work, then delete the window while the application still exists."""
        self._hide_progress()
        self.tasks.shutdown()
        if self.window is not None and shiboken6.isValid(self.window):
            shiboken6.delete(self.window)
        self.window = None
        if self.context is not None:
            self.context.database.close()
        self._settings.sync()

    @Slot()
    def _show_progress(self) -> None:
        dialog = QProgressDialog(self.tr("Opening the database…"), "", 0, 0)
        dialog.setWindowTitle("HelixMatch")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._progress = dialog

    def _hide_progress(self) -> None:
        self._progress_timer.stop()
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    @Slot(str, bool)
    def switch_database(self, url: str, create: bool) -> None:
        """Open another database; the window moves to it once it is open, and stays on the
        current one when it cannot be opened."""
        opening = partial(open_database, url, create=create, backup_today=False)
        self.tasks.call(opening, self._switched, self._switch_failed)

    def _switched(self, opened: Opened) -> None:
        old_window, old_context = self.window, self.context
        if old_window is not None and shiboken6.isValid(old_window):
            old_window.write_settings()
            old_window.hide()
            old_window.deleteLater()
        self._opened(opened)
        if old_context is not None:
            old_context.database.close()

    def _switch_failed(self, error: BaseException, details: str) -> None:
        title = self.tr("HelixMatch cannot open the database")
        if isinstance(error, DatabaseError):
            show_error(self.window, title, f"{title}.\n\n{error}")
        else:
            show_unexpected(self.window, error, details, title=title)

    def _opened(self, opened: Opened) -> None:
        self._hide_progress()
        language = self._language
        locale = interface_locale(language)
        self.context = AppContext(opened.database, self._settings, self.tasks, locale, language)
        path = sqlite_path(opened.database.url)
        if path is not None:
            self._settings.remember_database(str(path))
        install_field_keys(self._app)  # which shortcuts a text field keeps (field_keys)
        self.window = MainWindow(self.context)
        self.window.databaseChosen.connect(self.switch_database)
        self.window.show()
        keep_long_lived()  # the modules and the window stay; later collections skip them
        self._app.setQuitOnLastWindowClosed(True)
        location = opened.database.location
        if opened.created:
            notice = self.tr("A new database was created at %1.")
            self.window.show_notice(notice.replace("%1", location))
        elif opened.migrated_from is not None:
            notice = self.tr("The database was brought up to date; a copy of the old one is at %1.")
            self.window.show_notice(notice.replace("%1", str(opened.backup or location)))
        if opened.read_only:
            QMessageBox.information(
                self.window,
                self.tr("Read-only database"),
                self.tr(
                    "%1 may not be changed here (no permission to write the file or its "
                    "folder). You can look at everything, but nothing can be saved."
                ).replace("%1", location),
            )
        elif not opened.created:
            # The day's backup (a copy of the whole file) is made once the window is there.
            url = opened.database.url
            self.tasks.call(
                partial(back_up_today, url),
                self._backed_up,
                lambda error, _details: self._backed_up(error_message(error)),
            )

    def _backed_up(self, problem: str | None) -> None:
        if problem is not None and self.window is not None and shiboken6.isValid(self.window):
            notice = self.tr("No backup was made today: %1")
            self.window.show_notice(notice.replace("%1", str(problem)))

    def _failed(self, error: BaseException, details: str) -> None:
        self._hide_progress()
        title = self.tr("HelixMatch cannot open the database")
        if isinstance(error, DatabaseError):
            show_error(None, title, f"{title}.\n\n{error}")
        else:
            show_unexpected(None, error, details, title=title)
        self._app.exit(EXIT_CANNOT_OPEN)
