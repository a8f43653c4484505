"""The navigator: a widget pressed on one page opens the right page with the right item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.queries.questions import QuestionDraft, create_question
from desktop.models.tables.organisation import Organisation


def _double_click(qtbot, listed: QListWidget, text: str) -> None:
    row = next(row for row in range(listed.count()) if text in listed.item(row).text())
    centre = listed.visualItemRect(listed.item(row)).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_a_double_click_on_a_recent_consortium_opens_it(qtbot, window, context):
    with context.database.transaction() as session:
        first, second = session.exec(select(Organisation.id).limit(2)).all()
        create_consortium(session, ConsortiumDraft("Blauwe energie", (MemberDraft(first, "lead"),)))
        create_consortium(session, ConsortiumDraft("Groen dak", (MemberDraft(second, "lead"),)))
    page = window.page("overview")
    page.refresh()
    qtbot.waitUntil(lambda: page.recent_consortia.list.count() == 2)
    _double_click(qtbot, page.recent_consortia.list, "Blauwe energie")
    assert window.current_key() == "consortia"
    consortia = window.page("consortia")
    qtbot.waitUntil(lambda: consortia.editor.draft.title == "Blauwe energie")


def test_a_double_click_on_a_recent_question_selects_it_at_the_desk(qtbot, window, context):
    with context.database.transaction() as session:
        create_question(session, QuestionDraft("Sensoren voor dijken"))
        wanted = create_question(session, QuestionDraft("Warmte uit de Waal"))
    page = window.page("overview")
    page.refresh()
    qtbot.waitUntil(lambda: page.recent_questions.list.count() == 2)
    _double_click(qtbot, page.recent_questions.list, "Warmte")
    assert window.current_key() == "desk"
    desk = window.page("desk")
    qtbot.waitUntil(lambda: desk.selected_question() == wanted)


def test_the_overview_steps_start_something_new_or_go_to_a_page(qtbot, window):
    page = window.page("overview")
    qtbot.mouseClick(page.step_buttons["new_organisation"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "organisations"
    assert window.page("organisations").detail.title.text() == "New organisation"
    window.show_key("overview")
    qtbot.mouseClick(page.step_buttons["new_consortium"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "consortia"
    assert window.page("consortia").editor.heading.text() == "New consortium"
    window.show_key("overview")
    qtbot.mouseClick(page.step_buttons["desk"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "desk"


def test_an_organisation_asked_for_is_shown_on_its_page(qtbot, window, context):
    with context.database.transaction() as session:
        wanted = session.exec(select(Organisation.id).limit(1)).one()
    window.navigator.openOrganisation.emit(wanted)
    assert window.current_key() == "organisations"
    page = window.page("organisations")
    qtbot.waitUntil(lambda: page.shown_id == wanted)
    context.tasks.wait()
