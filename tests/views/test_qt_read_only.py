"""A database that may not be written: the window opens, says so, and saves nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.app import run_application
from desktop.views.main_window import MainWindow


def test_a_read_only_database_opens_and_the_window_says_so(qapp, database_path: Path, monkeypatch):
    # Permissions as for a file on a read-only share (root could write anywhere regardless).
    monkeypatch.setattr("desktop.services.lifecycle.opening.is_writable", lambda _path: False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _title, text: told.append(text))
    seen: list[str] = []

    def close_the_window() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(20, close_the_window)
            return
        seen.append(windows[0].database_status.text())
        windows[0].close()

    before = database_path.read_bytes()
    QTimer.singleShot(0, close_the_window)
    assert run_application(f"sqlite:///{database_path}", create=False) == 0
    assert seen and "(read-only)" in seen[0]
    assert told and "nothing can be saved" in told[0]
    assert database_path.read_bytes() == before
    assert not database_path.with_name(database_path.name + ".backups").exists()
