"""Edit > Undo import: the import log in the application, and the same undo as
``helixmatch import undo``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from desktop.models import Organisation
from desktop.services.importing.organisation_import import import_organisations
from desktop.views.importing.import_log_dialog import ImportLogDialog


def imported_names(context) -> set[str]:
    with context.database.transaction() as session:
        return set(session.exec(select(Organisation.name).where(Organisation.origin == "import")))


def test_the_edit_menu_undoes_the_latest_import(qtbot, context, tmp_path, monkeypatch) -> None:
    from desktop.views.main_window import MainWindow

    for number, name in ((1, "Eerste BV"), (2, "Tweede BV")):
        path = tmp_path / f"leden{number}.csv"
        path.write_text(f"naam\n{name}\n", encoding="utf-8")
        import_organisations(context.database, path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    edit_menu = window.window_actions.edit_menu
    action = next(a for a in edit_menu.actions() if a.text() == "Undo &import…")
    action.trigger()
    dialog = window.findChild(ImportLogDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.imports.topLevelItemCount() == 2, timeout=10_000)
    newest, oldest = (dialog.imports.topLevelItem(i) for i in range(2))
    oldest_id = int(oldest.text(0).lstrip("#"))
    assert newest.text(3) == "leden2.csv" and newest.text(4).endswith("created")
    assert dialog.selected() == int(newest.text(0).lstrip("#"))
    assert dialog.undo_button.isEnabled()
    dialog.imports.setCurrentItem(oldest)
    assert not dialog.undo_button.isEnabled()  # imports are undone newest first
    dialog.imports.setCurrentItem(newest)

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.undone, timeout=10_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert imported_names(context) == {"Eerste BV"}
    assert "undone" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.imports.topLevelItem(0).text(5) != "", timeout=10_000)
    assert dialog.selected() == oldest_id  # the next to undo
    dialog.reject()
