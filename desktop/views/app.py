"""The desktop application: ``run_application`` is what ``helixmatch gui`` calls."""

from __future__ import annotations

import contextlib
import signal
import sys
from importlib import metadata

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.services.lifecycle.logs import start_log_file, stop_log_file
from desktop.views.error_reporting import errors_reported
from desktop.views.settings_store import SettingsStore
from desktop.views.startup import Launcher
from desktop.views.translation import (
    chosen_language,
    install_translators,
    interface_locale,
    remove_translators,
)
from desktop.views.window_system import window_problem

ORGANISATION_NAME = "HelixMatch"
APPLICATION_NAME = "HelixMatch"
SIGNAL_POLL_MS = 250
EXIT_NO_WINDOW = 1


def application() -> QApplication:
    """The running QApplication, made if there is none, with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1] or ["helixmatch"])
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    with contextlib.suppress(metadata.PackageNotFoundError):
        QCoreApplication.setApplicationVersion(metadata.version("helixmatch"))
    return app  # type: ignore[return-value]


def run_application(url: str, create: bool = True, *, last_used: bool = False) -> int:
    """Open the database at ``url`` and run the window; returns the exit code (non-zero when
    the database cannot be opened, or no window). With ``last_used`` (no database was named),
    the database file opened last is opened instead when it is still there."""
    problem = window_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_NO_WINDOW
    log_handler = start_log_file()
    app = application()
    settings = SettingsStore(QSettings())
    if last_used:
        url = settings.last_database() or url
    language = chosen_language(settings)
    translators = install_translators(app, language)
    QLocale.setDefault(interface_locale(language))  # counts in sentences: 12,345 or 12.345
    launcher = Launcher(app, url, create, settings, language)
    # Ctrl+C in the terminal quits; the timer lets Python see the signal while Qt waits.
    previous_handler = signal.signal(signal.SIGINT, lambda *_: app.quit())
    poll = QTimer()
    poll.timeout.connect(lambda: None)
    poll.start(SIGNAL_POLL_MS)
    try:
        with errors_reported():
            launcher.start()
            return app.exec()
    finally:
        poll.stop()
        signal.signal(signal.SIGINT, previous_handler)
        launcher.close()
        remove_translators(app, translators)
        launcher.deleteLater()
        del launcher, poll, settings
        stop_log_file(log_handler)
