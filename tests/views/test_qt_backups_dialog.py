"""The Backups dialog: listing, backing up now, restoring after confirmation; a server database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import backups
from desktop.models.database import sqlite_path
from desktop.views.backups_dialog import BackupsDialog
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, context: AppContext) -> Iterator[BackupsDialog]:
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    context.tasks.wait()


def names(context: AppContext) -> set[str]:
    with context.database.engine.connect() as connection:
        return set(connection.exec_driver_sql("SELECT name FROM organisation").scalars())


def test_back_up_now_then_restore_after_confirmation(qtbot, dialog, context, monkeypatch):
    if sqlite_path(context.database.url) is None:
        pytest.skip("backups of a server database are made on the server")
    before = dialog.table.topLevelItemCount()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == before + 1)
    saved = names(context)
    with context.database.transaction() as session:
        session.connection().exec_driver_sql("UPDATE organisation SET name = 'Overschreven'")

    asked = []
    monkeypatch.setattr(BackupsDialog, "confirm", lambda _self, file: asked.append(file) or True)
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: informed.append(args))
    manual = next(
        i
        for i in range(dialog.table.topLevelItemCount())
        if dialog.table.topLevelItem(i).text(1) == "Made on request"
    )
    dialog.table.setCurrentItem(dialog.table.topLevelItem(manual))
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        dialog.restore_button.click()

    assert asked and names(context) == saved
    assert informed
    kinds = [b.kind for b in backups.list_backups(sqlite_path(context.database.url))]
    assert "replaced" in kinds


def test_declining_the_confirmation_changes_nothing(qtbot, dialog, context, monkeypatch):
    if sqlite_path(context.database.url) is None:
        pytest.skip("backups of a server database are made on the server")
    path = backups.make_backup(sqlite_path(context.database.url), "manual")
    with context.database.transaction() as session:
        session.connection().exec_driver_sql("UPDATE organisation SET name = 'Blijft'")
    monkeypatch.setattr(BackupsDialog, "confirm", lambda _self, _file: False)
    dialog.restore(path)
    context.tasks.wait()
    assert names(context) == {"Blijft"}


def test_a_server_database_is_explained_and_nothing_can_be_pressed(qtbot, context, monkeypatch):
    monkeypatch.setattr(context.database, "url", "postgresql+psycopg://team@server/helixmatch")
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert "server" in dialog.explanation.text()
    assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()


def test_the_main_window_opens_it_from_the_file_menu(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    dialog.close()
