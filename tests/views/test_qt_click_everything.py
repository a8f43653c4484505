"""Every page of the main window, with data in it, and every enabled action and button on it
pressed once, as a user could: nothing may raise, and nothing may end in the error dialog.

Dialogs are answered by the test: the file dialogs return a file in a temporary folder (save) or
nothing (open), and every modal window or popup menu that opens is closed as a user pressing Esc
would. Errors the application reports in a dialog (a critical message box) fail the test, as do
errors written to the log and exceptions raised in slots (pytest-qt's capture).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.queries.questions import QuestionDraft, create_question
from desktop.models.tables.organisation import Organisation
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow

SETTLE_TIMEOUT_MS = 60_000
CLOSE_EVERY_MS = 20
# Pressing these would end the test rather than check anything: Quit closes the window under test.
SKIPPED_ACTIONS = {"&Quit"}


class ModalCloser(QObject):
    """Closes every modal window and popup menu that opens, and keeps the errors reported."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(CLOSE_EVERY_MS)
        self._timer.timeout.connect(self._close_what_is_open)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _close_what_is_open(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if isinstance(modal, QMessageBox) and modal.icon() == QMessageBox.Icon.Critical:
            self.errors.append(f"{modal.windowTitle()}: {modal.text()}\n{modal.detailedText()}")
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def first_suffix(file_filter: str) -> str:
    """The extension of the first pattern in a file dialog's filter: ".xlsx" for
    "Excel workbook (*.xlsx)"."""
    found = re.search(r"\*(\.\w+)", file_filter or "")
    return found.group(1) if found else ""


@pytest.fixture
def answered_dialogs(monkeypatch, tmp_path: Path) -> Iterator[ModalCloser]:
    saved = tmp_path / "saved"
    saved.mkdir()
    names = iter(range(1, 1000))

    def save_file_name(_parent=None, _caption="", _folder="", file_filter="", *_a, **_k):
        return str(saved / f"file-{next(names)}{first_suffix(file_filter)}"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    for name in ("getText", "getItem", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, lambda *_a, **_k: ("", False))
    for name in ("getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, lambda *_a, **_k: (0, False))
    closer = ModalCloser()
    yield closer
    closer.stop()


@pytest.fixture
def window(qtbot, context: AppContext, answered_dialogs) -> Iterator[MainWindow]:
    """The main window on the built-in and demonstration data, with a consortium and a
    question so that every list has something in it."""
    with context.database.transaction() as session:
        first, second = session.exec(
            select(Organisation.id)
            .where(Organisation.kind == "company", Organisation.is_sme.is_(True))
            .order_by(Organisation.id)
            .limit(2)
        ).all()
        draft = ConsortiumDraft(
            "Waterstof uit zeewind",
            (MemberDraft(first, "lead"), MemberDraft(second)),
            instrument_code="mit-rd",
        )
        create_consortium(session, draft)
        question = QuestionDraft(
            "Robotarm voor kassen",
            "Een robot die tomaten plukt in de glastuinbouw met beeldherkenning",
            organisation_id=first,
            region_code="NL-ZH",
        )
        create_question(session, question)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    context.tasks.wait()


def settle(qtbot, context: AppContext) -> None:
    """Wait until the work a press started has finished and its results are shown."""
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=SETTLE_TIMEOUT_MS)
    qtbot.wait(1)


def close_other_windows(window: MainWindow) -> None:
    """Windows a press opened without blocking (wizards, dialogs, pictures) are closed."""
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
            widget.close()


def describe(item: QObject, page: QWidget) -> str:
    """Names a button or action by its text and the widgets around it, so that the same
    button on another card of the same kind counts as pressed already."""
    text = item.text() if isinstance(item, (QAbstractButton, QAction)) else ""
    keys = item.shortcut().toString() if isinstance(item, QAction) else ""
    parts = [f"{type(item).__name__} {text!r} {keys!r} {item.toolTip()!r}"]
    parent = item.parent()
    while parent is not None and parent is not page:
        parts.append(type(parent).__name__)
        parent = parent.parent()
    return " < ".join(parts)


def enabled_actions(window: MainWindow, page: QWidget) -> list[QAction]:
    """The actions of the menu bar's menus and the toolbars, and those of the page and its
    widgets (shortcuts, context menus)."""
    sources = [
        *window.menuBar().findChildren(QMenu),
        *window.findChildren(QToolBar),
        page,
        *page.findChildren(QWidget),
    ]
    found: list[QAction] = []
    for source in sources:
        for action in source.actions():
            if action.menu() is None and not action.isSeparator() and action not in found:
                found.append(action)
    return [a for a in found if a.isEnabled() and a.text() not in SKIPPED_ACTIONS]


def pressable_buttons(page: QWidget) -> list[QAbstractButton]:
    return [
        button
        for button in page.findChildren(QAbstractButton)
        if isinstance(button, (QPushButton, QToolButton))
        and button.isVisible()
        and button.isEnabled()
    ]


def lists_with_rows(page: QWidget) -> list[QAbstractItemView]:
    return [
        view
        for view in page.findChildren(QAbstractItemView)
        if not isinstance(view, QHeaderView)
        and view.isVisible()
        and view.model() is not None
        and view.model().rowCount() > 0
    ]


def click_first_row(qtbot, view: QAbstractItemView) -> None:
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


LATER_WORDS = ("new", "delete")  # what leaves the chosen row: starting anew, deleting it


def leaves_the_row(item: QAction | QAbstractButton) -> int:
    """Starting something new and deleting come last, so that what the chosen row offers is
    pressed first: 0 for other items, 1 for new, 2 for delete."""
    said = f"{item.text()} {item.toolTip()}".replace("&", "").lower().split()
    return next((n for n, word in enumerate(LATER_WORDS, 1) if word in said), 0)


def press_everything_on(qtbot, window: MainWindow, key: str, context: AppContext) -> list[str]:
    """Chooses the first row of every list on the page ``key``, triggers every enabled action
    and presses every visible enabled button once, including those that appear after an earlier
    press or choice. Returns what it pressed."""
    pressed: list[str] = []

    def back_on_the_page() -> QWidget:
        close_other_windows(window)
        if window.current_key() != key:
            window.show_key(key)
        settle(qtbot, context)
        return window.page(key)

    page = back_on_the_page()
    while True:
        lists = [v for v in lists_with_rows(page) if describe(v, page) not in pressed]
        actions = [a for a in enabled_actions(window, page) if describe(a, page) not in pressed]
        buttons = [b for b in pressable_buttons(page) if describe(b, page) not in pressed]
        if lists:
            pressed.append(describe(lists[0], page))
            click_first_row(qtbot, lists[0])
        elif actions or buttons:
            item = sorted([*actions, *buttons], key=leaves_the_row)[0]
            pressed.append(describe(item, page))
            if isinstance(item, QAction):
                item.trigger()
            else:
                qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
        else:
            return pressed
        page = back_on_the_page()


def test_every_action_and_button_on_every_page_works(
    qtbot, window: MainWindow, context: AppContext, answered_dialogs: ModalCloser
):
    pressed = {key: press_everything_on(qtbot, window, key, context) for key in window.page_keys()}
    assert answered_dialogs.errors == []
    for key, items in pressed.items():
        assert any(item.startswith(("QPushButton", "QToolButton")) for item in items), key
    assert any("Export to Excel" in item for item in pressed["regional"])
