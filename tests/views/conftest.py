"""Qt fixtures: settings in a temporary folder, a context on a test database, the main window."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from desktop.models.database import Database
from desktop.models.queries.organisations.records import save_organisation
from desktop.models.records import OrganisationRecord
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow
from desktop.views.settings_store import SettingsStore
from desktop.views.tasks import TaskRunner
from desktop.views.translation import install_translators, interface_locale, remove_translators

# Organisations the tests search and sort for; names no built-in organisation has.
EXTRA_ORGANISATIONS = (
    OrganisationRecord(
        name="Zwaluwstaart Robotics", kind="company", type="sme", city="Aaa-stad", is_sme=True
    ),
    OrganisationRecord(
        name="Zwaluwnest Lab", kind="knowledge", type="research_institute", city="Zzz-dorp"
    ),
    OrganisationRecord(name="Kwartelkoning Energie", kind="company", type="startup", is_sme=True),
)


@pytest.fixture(scope="session", autouse=True)
def english_counts(qapp) -> Iterator[None]:
    """English as the application speaks it: a count reads "1 project", "2 projects"."""
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def widgets_deleted_on_the_gui_thread() -> Iterator[None]:
    """Closed widgets are deleted, and their reference cycles collected, before the next test:
    the collector must not find them later in a worker thread, where destroying a widget crashes
    Qt."""
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # what a test's window kept for its session (desktop.services.lifecycle.collector) goes too
    gc.unfreeze()
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings() a test makes lands in a temporary folder, never in the user's own."""
    folder = tmp_path / "qsettings"
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(previous)


@pytest.fixture(autouse=True)
def isolated_log_folder(tmp_path: Path, monkeypatch) -> Path:
    """The application's log file lands in a temporary folder, never in the user's own."""
    folder = tmp_path / "logs"
    monkeypatch.setattr("desktop.services.lifecycle.logs.log_folder", lambda: folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> SettingsStore:
    file = str(tmp_path / "helixmatch-test.ini")
    return SettingsStore(QSettings(file, QSettings.Format.IniFormat))


def add_extra_organisations(database: Database) -> None:
    with database.transaction() as session:
        for record in EXTRA_ORGANISATIONS:
            save_organisation(session, record, "user")


@pytest.fixture
def tasks(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


@pytest.fixture
def context(database: Database, settings: SettingsStore, tasks: TaskRunner) -> AppContext:
    add_extra_organisations(database)
    return AppContext(database, settings, tasks, interface_locale("en"), "en")


@pytest.fixture
def window(qtbot, context: AppContext) -> Iterator[MainWindow]:
    """The main window at the common laptop size, shown and active."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    context.tasks.wait()
