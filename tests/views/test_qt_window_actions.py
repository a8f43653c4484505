"""Menus, toolbar and shortcuts of the main window; the settings page; switching databases."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.queries.questions import QuestionDraft, create_question
from desktop.models.tables.organisation import Organisation
from desktop.views.app import run_application
from desktop.views.main_window import PAGE_MODULES, MainWindow


def test_ctrl_n_starts_a_new_organisation_from_any_page(qtbot, window):
    window.show_key("match")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "organisations"
    page = window.page("organisations")
    assert page.detail.title.text() == "New organisation"


def test_ctrl_shift_n_starts_a_new_consortium(qtbot, window):
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, modifiers)
    assert window.current_key() == "consortia"
    assert window.page("consortia").editor.heading.text() == "New consortium"


def test_edit_undo_follows_the_page_shown(window):
    group = window.window_actions.undo_group
    window.show_key("organisations")
    assert group.activeStack() is window.page("organisations").undo_stack
    window.show_key("consortia")
    assert group.activeStack() is window.page("consortia").undo_stack
    window.show_key("overview")
    assert group.activeStack() is None
    assert window.window_actions.undo.shortcut().toString() == "Ctrl+Z"
    assert not window.window_actions.undo.isEnabled()


def test_settings_keep_the_language_and_the_matching_defaults(qtbot, window, context):
    window.show_key("settings")
    page = window.page("settings")
    page.language.setCurrentIndex(page.language.findData("nl"))
    assert context.settings.qsettings.value("language", type=str) == "nl"
    assert page.language_note.isVisible()  # the window speaks English until a restart
    page.helix.setCurrentIndex(page.helix.findData("quadruple"))
    page.size_max.setValue(8)
    page.size_min.setValue(5)
    defaults = context.settings.matching_defaults
    assert (defaults.helix, defaults.size_min, defaults.size_max) == ("quadruple", 5, 8)
    page.size_min.setValue(12)  # above the maximum: the maximum follows
    assert page.size_max.value() == 12


def test_file_open_asks_for_a_file_and_offers_it_to_the_launcher(window, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(other), ""))
    chosen: list[tuple[str, bool]] = []
    window.databaseChosen.connect(lambda url, create: chosen.append((url, create)))
    window.window_actions.open_database.trigger()
    assert chosen == [(f"sqlite:///{other}", False)]


def test_recent_databases_are_listed_newest_first(window, context):
    context.settings.remember_database("/data/a.db")
    context.settings.remember_database("/data/b.db")
    context.settings.remember_database("/data/a.db")
    assert context.settings.recent_databases[:2] == ["/data/a.db", "/data/b.db"]
    window.show_key("settings")
    page = window.page("settings")
    shown = [page.recent.item(row).text() for row in range(page.recent.count())]
    assert shown[:2] == ["/data/a.db", "/data/b.db"]


def test_the_window_moves_to_another_database(qapp, database_path: Path, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(str(args)))
    other = tmp_path / "other.db"
    shutil.copyfile(database_path, other)
    titles: list[str] = []

    def step() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(20, step)
            return
        titles.append(windows[0].windowTitle())
        if len(titles) == 1:
            windows[0].databaseChosen.emit(f"sqlite:///{other}", False)
            QTimer.singleShot(20, step)
        elif str(other) not in titles[-1]:
            QTimer.singleShot(20, step)
        else:
            windows[0].close()

    QTimer.singleShot(0, step)
    assert run_application(f"sqlite:///{database_path}", create=False) == 0
    assert str(database_path) in titles[0]
    assert str(other) in titles[-1]


def test_the_overview_shows_consortia_and_offers_next_steps(qtbot, window, context):
    with context.database.transaction() as session:
        first, second = session.exec(select(Organisation.id).limit(2)).all()
        create_consortium(
            session, ConsortiumDraft("Blauwe energie", (MemberDraft(first, "lead"),), "submitted")
        )
        create_consortium(session, ConsortiumDraft("Groen dak", (MemberDraft(second, "lead"),)))
    page = window.page("overview")
    page.refresh()
    qtbot.waitUntil(lambda: page.recent_consortia.list.count() == 2)
    counts = dict(page.status_table.rows)
    assert counts["Submitted"] == 1 and counts["Draft"] == 1 and counts["Awarded"] == 0
    assert page.recent_questions.empty.isVisible()

    qtbot.mouseClick(page.step_buttons["match"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "match"
    window.show_key("overview")
    item = page.recent_consortia.list.item(1)
    page.recent_consortia.list.itemActivated.emit(item)
    consortia = window.page("consortia")
    qtbot.waitUntil(lambda: consortia.editor.draft.title == "Blauwe energie")
    assert window.current_key() == "consortia"


def test_a_question_chosen_on_the_overview_is_selected_at_the_desk(qtbot, window, context):
    with context.database.transaction() as session:
        first = create_question(session, QuestionDraft("Warmte uit de Waal"))
        create_question(session, QuestionDraft("Sensoren voor dijken"))
    page = window.page("overview")
    page.refresh()
    qtbot.waitUntil(lambda: page.recent_questions.list.count() == 2)
    titles = [page.recent_questions.list.item(row).text() for row in range(2)]
    item = page.recent_questions.list.item(
        next(row for row, title in enumerate(titles) if "Warmte" in title)
    )
    page.recent_questions.list.itemActivated.emit(item)
    assert window.current_key() == "desk"
    desk = window.page("desk")
    qtbot.waitUntil(lambda: desk.selected_question() == first)


def test_pages_are_made_when_first_shown(qtbot, window):
    made = [entry.key for entry in window.entries if entry.page is not None]
    assert made == ["overview"]
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "consortia"
    assert window.stack.currentWidget() is window.page("consortia")
    assert window.window_actions.undo_group.activeStack() is window.page("consortia").undo_stack


def test_every_page_module_is_loaded_in_the_background(window):
    modules = {type(window.page(key)).__module__ for key in window.page_keys()}
    assert modules == set(PAGE_MODULES)
