"""run_application: the window on a good database, a clear message and exit code otherwise."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop.services.lifecycle import backups
from desktop.views import startup
from desktop.views.app import run_application
from desktop.views.main_window import MainWindow
from desktop.views.settings_store import SettingsStore


def record_error(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def run_until_shown(url: str, look, *, last_used: bool = False) -> int:
    """Run the application on ``url``; once the window is shown, ``look(window)`` is called
    every 20 ms until it returns true, then the window is closed."""

    def watch() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if windows and look(windows[0]):
            windows[0].close()
            return
        QTimer.singleShot(20, watch)

    QTimer.singleShot(0, watch)
    return run_application(url, create=False, last_used=last_used)


def test_a_foreign_file_gets_an_error_dialog_and_a_non_zero_exit(qapp, tmp_path, monkeypatch):
    shown = record_error(monkeypatch)
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"these are my notes, not a database")
    code = run_application(f"sqlite:///{foreign}", create=False)
    assert code != 0
    assert len(shown) == 1 and str(foreign) in shown[0]
    assert foreign.read_bytes() == b"these are my notes, not a database"


def test_a_database_from_a_newer_version_is_refused(qapp, database_path: Path, monkeypatch):
    shown = record_error(monkeypatch)
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    code = run_application(f"sqlite:///{database_path}", create=False)
    assert code != 0
    assert "newer version" in shown[0]


def test_the_window_opens_on_a_database_and_quits_cleanly(qapp, database_path: Path, monkeypatch):
    shown = record_error(monkeypatch)
    seen: list[str] = []

    def look(window: MainWindow) -> bool:
        seen.append(window.windowTitle())
        return True

    code = run_until_shown(f"sqlite:///{database_path}", look)
    assert code == 0
    assert shown == []
    assert seen and str(database_path) in seen[0]


def test_a_new_database_is_created_behind_a_progress_dialog(qapp, tmp_path, monkeypatch):
    shown = record_error(monkeypatch)
    monkeypatch.setattr("desktop.views.startup.PROGRESS_DELAY_MS", 0)
    seen: dict[str, object] = {}

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen["progress"] = widget.labelText()
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen["notice"] = widget.statusBar().currentMessage()
                widget.close()
                return
        QTimer.singleShot(10, watch)

    QTimer.singleShot(0, watch)
    path = tmp_path / "new" / "helixmatch.db"
    code = run_application(f"sqlite:///{path}", create=True)
    assert code == 0 and shown == []
    assert path.exists()
    assert seen["progress"] == "Opening the database…"
    assert seen["notice"] == f"A new database was created at {path}."


def test_the_days_backup_is_made_once_the_window_is_shown(qapp, database_path: Path, monkeypatch):
    shown = record_error(monkeypatch)
    folder = backups.backup_folder(database_path)
    shutil.rmtree(folder, ignore_errors=True)

    def backed_up() -> bool:
        return any(b.kind == "daily" for b in backups.list_backups(database_path))

    after_opening: list[bool] = []
    open_database = startup.open_database

    def opening(*args, **kwargs):
        opened = open_database(*args, **kwargs)
        after_opening.append(backed_up())
        return opened

    monkeypatch.setattr(startup, "open_database", opening)
    assert run_until_shown(f"sqlite:///{database_path}", lambda _window: backed_up()) == 0
    assert shown == []
    assert after_opening == [False]  # opening the database did not wait for the copy


def test_a_backup_that_cannot_be_made_is_said_in_the_status_bar(
    qapp, database_path: Path, monkeypatch
):
    folder = backups.backup_folder(database_path)
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("a file where the backup folder should be")

    def look(window: MainWindow) -> bool:
        return window.statusBar().currentMessage().startswith("No backup was made today")

    assert run_until_shown(f"sqlite:///{database_path}", look) == 0
    assert folder.read_text() == "a file where the backup folder should be"


def titles_on_start(url: str, *, last_used: bool) -> list[str]:
    seen: list[str] = []

    def look(window: MainWindow) -> bool:
        seen.append(window.windowTitle())
        return True

    assert run_until_shown(url, look, last_used=last_used) == 0
    return seen


def test_without_a_named_database_the_one_opened_last_opens(qapp, database_path: Path, tmp_path):
    default = tmp_path / "default.db"
    shutil.copy(database_path, default)
    SettingsStore(QSettings()).remember_database(str(database_path))
    assert str(database_path) in titles_on_start(f"sqlite:///{default}", last_used=True)[0]
    # A database named on the command line wins over the one opened last.
    assert str(default) in titles_on_start(f"sqlite:///{default}", last_used=False)[0]
    # The one opened last is gone: the default opens.
    database_path.unlink()
    assert str(default) in titles_on_start(f"sqlite:///{default}", last_used=True)[0]
