"""Shortcuts pressed in a text field: window commands work from a field, Ctrl+Z undoes the typing
of a field with text and otherwise the page's last step, and no empty offer pop-up stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.views.field_keys import FieldKeys, install_field_keys
from desktop.views.main_window import MainWindow
from desktop.views.pages.consortia.export_dialog import ExportDialog
from desktop.views.pages.consortia.page import ConsortiaPage
from desktop.views.pages.matching.match import MatchPage
from desktop.views.widgets.organisation_picker import OrganisationPicker
from tests.views.test_qt_consortia_page import open_first, sme_ids

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def field_keys(qapp: QApplication) -> Iterator[FieldKeys]:
    """The rule, as the application installs it when it opens the window (views.startup)."""
    keys = install_field_keys(qapp)
    yield keys
    qapp.removeEventFilter(keys)
    keys.setParent(None)


@pytest.fixture
def window(field_keys, window: MainWindow) -> MainWindow:
    """The main window, with the rule for keys in text fields installed first."""
    return window


def focus(qtbot, window: MainWindow, field) -> None:
    """The window active (its shortcuts work only then) and the field focused, as after a click."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


class X11Field(QLineEdit):
    """A line edit as on X11, where Ctrl+E also moves to the end of the line (Emacs keys) and the
    field claims the key before the window's shortcut; offscreen, Qt's field does not."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == (
            Qt.Key.Key_E | CTRL
        ):
            event.accept()
            return True
        return super().event(event)


def test_a_window_command_wins_over_a_fields_emacs_key(qtbot, field_keys):
    window = QWidget()
    qtbot.addWidget(window)
    field = X11Field(window)
    QVBoxLayout(window).addWidget(field)
    triggered = []
    export = QAction(window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    export.triggered.connect(lambda: triggered.append(True))
    window.addAction(export)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert triggered == [True]
    qtbot.keyClick(field, Qt.Key.Key_C, CTRL)  # copy stays with the field
    assert triggered == [True]


def test_ctrl_e_exports_while_the_title_field_has_the_focus(qtbot, window, context):
    first, second = sme_ids(context, 2)
    draft = ConsortiumDraft("Zeewier", (MemberDraft(first, "lead"), MemberDraft(second)))
    with context.database.transaction() as session:
        create_consortium(session, draft)
    window.show_key("consortia")
    page = window.page("consortia")
    assert isinstance(page, ConsortiaPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.editor.names is not None)
    open_first(qtbot, page)
    focus(qtbot, window, page.editor.title)
    qtbot.keyClick(page.editor.title, Qt.Key.Key_E, CTRL)
    dialog = page.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def must_be_in(qtbot, window: MainWindow, typed: str) -> tuple[MatchPage, OrganisationPicker]:
    """The Match page's Must be in field, focused, with ``typed`` typed into it."""
    window.show_key("match")
    page = window.page("match")
    assert isinstance(page, MatchPage)
    qtbot.waitUntil(lambda: page.form.isEnabled())
    picker = page.form.include
    focus(qtbot, window, picker.edit)
    qtbot.keyClicks(picker.edit, typed)
    return page, picker


def test_ctrl_z_undoes_typing_in_must_be_in_and_then_the_pin(qtbot, window):
    page, picker = must_be_in(qtbot, window, "Zwaluwstaart Robotics")
    qtbot.waitUntil(lambda: bool(picker.offers()))
    picker.completer.popup().hide()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert list(picker.names().values()) == ["Zwaluwstaart Robotics"]
    qtbot.waitUntil(lambda: picker.edit.text() == "")

    qtbot.keyClicks(picker.edit, "Kwar")  # typing under way: Ctrl+Z takes the typing back
    qtbot.keyClick(picker.edit, Qt.Key.Key_Z, CTRL)
    assert picker.edit.text() == "" and list(picker.names().values()) == ["Zwaluwstaart Robotics"]

    qtbot.keyClick(picker.edit, Qt.Key.Key_Z, CTRL)  # an empty field: the page's last step
    assert picker.names() == {}
    assert page.undo_stack.redoText() == "Pin Zwaluwstaart Robotics"

    qtbot.keyClick(picker.edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert list(picker.names().values()) == ["Zwaluwstaart Robotics"]
    qtbot.wait(300)  # longer than the picker waits after typing before it looks for offers
    assert not picker.completer.popup().isVisible()


def test_no_empty_offer_pop_up_stays_when_the_typing_is_gone(qtbot, window):
    _page, picker = must_be_in(qtbot, window, "Zwaluw")
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible())
    qtbot.keyClick(picker.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not picker.offers())
    assert not picker.completer.popup().isVisible()
