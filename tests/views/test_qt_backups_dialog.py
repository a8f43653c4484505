"""The Backups dialog: listing, backing up now, restoring after confirmation, how many are kept
(the same number as on the command line); a server database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox

from desktop.cli.main import main
from desktop.models.database import sqlite_path
from desktop.services.lifecycle import backups
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
    assert dialog.kept_row.isHidden() and dialog.kept_note.isHidden()


def test_the_main_window_opens_it_from_the_file_menu(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    dialog.close()


def database_file(context: AppContext) -> Path:
    path = sqlite_path(context.database.url)
    if path is None:
        pytest.skip("backups of a server database are made on the server")
    return path


def table_kinds(dialog: BackupsDialog) -> list[str]:
    return [dialog.table.topLevelItem(i).text(1) for i in range(dialog.table.topLevelItemCount())]


def cli_output(capsys, path: Path, *argv: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(path), "backup", *argv]) == 0
    return capsys.readouterr().out


def test_the_number_kept_set_in_the_dialog_is_what_the_command_line_uses(qtbot, context, capsys):
    path = database_file(context)
    for day in range(1, 5):
        backups.make_backup(path, "manual", now=datetime(2026, 1, day, 9, 0, 0))
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kept.value() == backups.DEFAULT_KEPT
    assert (dialog.kept.minimum(), dialog.kept.maximum()) == (1, backups.MOST_KEPT)

    dialog.kept.setFocus()
    dialog.kept.lineEdit().selectAll()
    with qtbot.waitSignal(dialog.kept_stored, timeout=10_000):
        qtbot.keyClicks(dialog.kept, "2")
        qtbot.keyClick(dialog.kept, Qt.Key.Key_Return)

    assert backups.kept_per_kind(path) == 2
    listed = cli_output(capsys, path, "--list")
    assert "keeping the newest 2 backups of each kind" in listed
    assert listed.count(" manual ") == 4  # nothing is deleted before the next backup
    grey = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    leaving = [
        dialog.table.topLevelItem(row)
        for row in range(dialog.table.topLevelItemCount())
        if dialog.table.topLevelItem(row).foreground(0).color() == grey
    ]
    assert len(leaving) == 2 and all(item.text(1) == "Made on request" for item in leaving)
    assert "next backup" in leaving[0].toolTip(0)

    dialog.backup_button.click()  # the next backup applies the number
    qtbot.waitUntil(lambda: table_kinds(dialog).count("Made on request") == 2)
    assert [b.kind for b in backups.list_backups(path)].count("manual") == 2


def test_the_number_set_on_the_command_line_shows_in_the_dialog(qtbot, context, capsys):
    path = database_file(context)
    assert "keeping the newest 4" in cli_output(capsys, path, "--keep", "4")
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.kept.value() == 4 and dialog.kept.isEnabled()


def test_quick_changes_are_stored_in_order_and_the_last_one_wins(qtbot, dialog, context):
    path = database_file(context)
    for value in (5, 3, 9, 6):
        dialog.kept.setValue(value)
    qtbot.waitUntil(lambda: not dialog._storing_kept, timeout=10_000)
    context.tasks.wait()
    assert backups.kept_per_kind(path) == 6 and dialog.kept.value() == 6


def test_a_read_only_database_shows_the_number_but_cannot_change_it(qtbot, context, monkeypatch):
    database_file(context)
    monkeypatch.setattr(context.database, "read_only", True)
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.kept.value() == backups.DEFAULT_KEPT and not dialog.kept.isEnabled()


def test_the_dialog_opens_at_the_size_it_was_closed_at(qtbot, context):
    first = BackupsDialog(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)
    first.reject()
    second = BackupsDialog(context)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)
