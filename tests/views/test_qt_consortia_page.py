"""The consortia page driven as a user would: open a consortium, edit members and budgets until
a rule breaks and see the violation appear, undo it; start a new one and save it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from desktop.models.queries.consortia import (
    ConsortiumDraft,
    MemberDraft,
    create_consortium,
    list_consortia,
    load_consortium,
)
from desktop.models.tables.organisation import Organisation
from desktop.views.context import AppContext
from desktop.views.pages.consortia.editor import WAITING_ROLE
from desktop.views.pages.consortia.members import MemberColumn
from desktop.views.pages.consortia.page import ConsortiaPage


def sme_ids(context: AppContext, count: int) -> list[int]:
    with context.database.transaction() as session:
        statement = (
            select(Organisation.id)
            .where(Organisation.kind == "company", Organisation.is_sme.is_(True))
            .order_by(Organisation.id)
            .limit(count)
        )
        return list(session.exec(statement))


@pytest.fixture
def consortium_id(context: AppContext) -> int:
    first, second = sme_ids(context, 2)
    draft = ConsortiumDraft(
        "Zeewier uit de Noordzee",
        (MemberDraft(first, "lead"), MemberDraft(second)),
        instrument_code="mit-rd",
    )
    with context.database.transaction() as session:
        return create_consortium(session, draft)


@pytest.fixture
def page(qtbot, context: AppContext, consortium_id: int) -> Iterator[ConsortiaPage]:
    page = ConsortiaPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.editor.names is not None)
    yield page
    context.tasks.wait()


def open_first(qtbot, page: ConsortiaPage) -> None:
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(page.editor.draft.members) == 2)


def check_lines(page: ConsortiaPage, waiting: bool = False) -> list[str]:
    """The rule check's lines: the broken rules, or (``waiting``) those on rules that wait for
    budgets."""
    items = page.editor.check_list
    if not items.isVisible():
        return []
    lines = [items.item(row) for row in range(items.count())]
    return [line.text() for line in lines if bool(line.data(WAITING_ROLE)) == waiting]


def violations(page: ConsortiaPage) -> list[str]:
    return check_lines(page)


def test_the_members_model_is_a_proper_qt_model(qtbot, qtmodeltester, page):
    open_first(qtbot, page)
    qtmodeltester.check(page.editor.members_model)
    qtmodeltester.check(page.model)


def test_edit_until_a_rule_breaks_then_undo(qtbot, page, consortium_id):
    open_first(qtbot, page)
    # No budgets yet: the budget rules wait, and the check says so instead of "met".
    assert page.editor.check_title.text().endswith(
        ": the rules checked so far are met; some rules wait for budgets."
    )
    waiting, without_budget = check_lines(page, waiting=True)
    assert waiting.startswith("Checked once every member has a budget: ")
    assert without_budget.startswith("No budget yet: ") and without_budget.count(", ") == 1

    # Remove the second SME: MIT R&D needs two.
    page.editor.members.selectRow(1)
    qtbot.mouseClick(page.editor.remove_button, Qt.MouseButton.LeftButton)
    assert "At least 2 independent SMEs required, 1 found" in violations(page)
    assert "not met" in page.editor.check_title.text()

    page.editor.undo_stack.undo()
    assert violations(page) == []

    # Budgets: one member bears 90 % of the costs, above MIT's 70 %.
    model = page.editor.members_model
    model.setData(model.index(0, MemberColumn.CASH), 90_000)
    model.setData(model.index(1, MemberColumn.IN_KIND), 10_000)
    found = violations(page)
    assert len(found) == 1 and found[0].startswith("No participant may bear more than 70%")
    assert "100,000" in page.editor.budget.text()
    assert check_lines(page, waiting=True) == []  # every member has a budget now
    page.editor.undo_stack.undo()
    assert violations(page) == []

    # Saving stores the edit; the list shows it.
    model.setData(model.index(1, MemberColumn.RATIONALE), "grows the seaweed")
    qtbot.keyClick(page.editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.editor.is_modified())
    with page._context.database.transaction() as session:
        stored = load_consortium(session, consortium_id)
    assert stored.draft.members[1].rationale == "grows the seaweed"
    assert stored.draft.members[1].budget_in_kind == 0


def test_one_lead_only(qtbot, page):
    open_first(qtbot, page)
    page.editor.members.selectRow(1)
    qtbot.mouseClick(page.editor.lead_button, Qt.MouseButton.LeftButton)
    roles = [m.role for m in page.editor.draft.members]
    assert roles == ["partner", "lead"]


def test_a_new_consortium_needs_a_title_and_members(qtbot, page, context):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.editor.heading.text() == "New consortium"
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.problem.text() == "Give the consortium a title."
    qtbot.keyClicks(page.editor.title, "Kweekvlees")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert page.editor.problem.text() == "Add at least one member."

    [sme] = sme_ids(context, 1)
    page.editor.add_member(sme, "first SME")
    qtbot.waitUntil(lambda: sme in page.editor.organisations)
    assert page.editor.draft.members[0].role == "lead"
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    with context.database.transaction() as session:
        titles = {row.title for row in list_consortia(session)}
    assert titles == {"Zeewier uit de Noordzee", "Kweekvlees"}
    page.editor.undo_stack.undo()  # edits stay undoable after a save
    assert page.editor.is_modified()


def test_delete_a_consortium_and_undo(qtbot, page, context, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    open_first(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.editor.heading.text() == "New consortium"
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.editor.draft.title == "Zeewier uit de Noordzee")
    assert len(page.editor.draft.members) == 2
    with context.database.transaction() as session:
        assert [row.title for row in list_consortia(session)] == ["Zeewier uit de Noordzee"]


def type_into_cell(qtbot, page: ConsortiaPage, row: int, column: int, text: str) -> None:
    """Click the cell, open its editor with F2 and type, as a user would."""
    view = page.editor.members
    rect = view.visualRect(page.editor.members_model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_tab_out_of_budget_cells_keeps_every_value_typed(qtbot, page):
    open_first(qtbot, page)
    type_into_cell(qtbot, page, 0, MemberColumn.CASH, "12500")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # Tab went on to the in-kind cell: type there and Tab out again.
    qtbot.keyClicks(QApplication.focusWidget(), "3000")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    member = page.editor.draft.members[0]
    assert (member.budget_cash, member.budget_in_kind) == (12_500, 3_000)
    assert "15,500" in page.editor.budget.text()


def test_ctrl_s_saves_the_value_being_typed_and_says_so(qtbot, page, consortium_id):
    messages: list[str] = []
    page.statusMessage.connect(messages.append)
    open_first(qtbot, page)
    assert not page.editor.unsaved.isVisible()
    type_into_cell(qtbot, page, 1, MemberColumn.IN_KIND, "4000")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.editor.is_modified())
    assert not page.editor.unsaved.isVisible()
    # The list is read again after the save; the message stays.
    qtbot.waitUntil(lambda: messages[-1].endswith("Consortia: 1"))
    assert messages[-1].startswith("“Zeewier uit de Noordzee” was saved.")
    with page._context.database.transaction() as session:
        stored = load_consortium(session, consortium_id)
    assert stored.draft.members[1].budget_in_kind == 4_000

    qtbot.keyClicks(page.editor.title, " en Waddenzee")
    assert page.editor.unsaved.isVisible()
