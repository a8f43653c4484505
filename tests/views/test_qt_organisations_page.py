"""The organisations page driven as a user would: search, filter, edit and undo, validation,
add, delete and undo, merge two duplicates."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from desktop.models.queries.organisations.detail_data import load_details
from desktop.models.tables.organisation import Organisation
from desktop.views.context import AppContext
from desktop.views.pages.organisations.page import OrganisationsPage
from desktop.views.pages.organisations.table_model import Column


@pytest.fixture
def page(qtbot, context: AppContext) -> Iterator[OrganisationsPage]:
    page = OrganisationsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_reloading())
    qtbot.waitUntil(lambda: page.filters.province.count() > 1)
    yield page
    context.tasks.wait()


def search(qtbot, page: OrganisationsPage, text: str, rows: int) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(
        lambda: (
            page.model.query.text == text
            and not page.model.is_reloading()
            and page.model.rowCount() == rows
        ),
        timeout=10_000,
    )


def names(page: OrganisationsPage) -> set[str]:
    return {page.model.data(page.model.index(r, Column.NAME)) for r in range(page.model.rowCount())}


def open_row(qtbot, page: OrganisationsPage, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, Column.NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = page.model.id_at(row)
    qtbot.waitUntil(lambda: page.detail.details is not None and page.detail.details.id == expected)


def stored(context: AppContext, name: str) -> Organisation | None:
    with context.database.transaction() as session:
        found = session.exec(select(Organisation).where(Organisation.name == name)).first()
        if found is not None:
            session.expunge(found)
        return found


def test_fuzzy_search_finds_a_name_typed_with_mistakes(qtbot, page):
    search(qtbot, page, "Zwaluwstart Robotcs", 1)
    assert names(page) == {"Zwaluwstaart Robotics  (similar name)"}


def test_filters_narrow_the_list_in_the_data_layer(qtbot, page):
    search(qtbot, page, "zwaluw", 2)
    page.filters.kind.setCurrentIndex(page.filters.kind.findData("knowledge"))
    qtbot.waitUntil(lambda: not page.model.is_reloading() and page.model.rowCount() == 1)
    assert names(page) == {"Zwaluwnest Lab"}
    assert page.filters.clear_button.isEnabled()
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.model.is_reloading() and page.model.rowCount() == 2)


def test_edit_an_organisation_and_undo(qtbot, page, context):
    search(qtbot, page, "Zwaluwstaart", 1)
    open_row(qtbot, page, 0)
    page.detail.city.clear()
    qtbot.keyClicks(page.detail.city, "Vlissingen")
    page.detail.postcode.clear()
    qtbot.keyClicks(page.detail.postcode, "4381ab")
    page.detail.city.setFocus()
    qtbot.keyClick(page.detail.city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics").city == "Vlissingen")
    assert stored(context, "Zwaluwstaart Robotics").postcode == "4381 AB"
    qtbot.waitUntil(lambda: page.detail.postcode.text() == "4381 AB")
    assert page.undo_stack.canUndo()

    page.undo_stack.undo()
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics").city == "Aaa-stad")
    qtbot.waitUntil(lambda: page.detail.city.text() == "Aaa-stad")
    page.undo_stack.redo()
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics").city == "Vlissingen")


def test_wrong_values_are_explained_and_nothing_is_stored(qtbot, page, context):
    search(qtbot, page, "Zwaluwstaart", 1)
    open_row(qtbot, page, 0)
    page.detail.kvk.clear()
    qtbot.keyClicks(page.detail.kvk, "1234")
    page.detail.website.clear()
    qtbot.keyClicks(page.detail.website, "geen site")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.detail.problems.isVisible)
    text = page.detail.problems.text()
    assert "KvK number “1234”: a KvK number has 8 digits." in text
    assert "Website “geen site” is not a web address" in text
    assert stored(context, "Zwaluwstaart Robotics").kvk is None
    assert not page.undo_stack.canUndo()


def test_add_then_delete_and_undo_the_delete(qtbot, page, context, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.new_action.trigger()  # the New organisation button
    assert page.detail.title.text() == "New organisation"
    qtbot.keyClicks(page.detail.name, "Oesterzwam Kwekerij")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(context, "Oesterzwam Kwekerij") is not None)
    assert stored(context, "Oesterzwam Kwekerij").origin == "user"

    search(qtbot, page, "Oesterzwam", 1)
    open_row(qtbot, page, 0)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: stored(context, "Oesterzwam Kwekerij") is None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.model.is_reloading())
    assert page.undo_stack.undoText() == "Delete “Oesterzwam Kwekerij”"
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: stored(context, "Oesterzwam Kwekerij") is not None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_reloading())


def test_the_delete_question_names_the_organisation_not_how_it_was_found(qtbot, page, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.No,
    )
    search(qtbot, page, "Zwaluwstart Robotcs", 1)
    assert "(" in page.model.data(page.model.index(0, Column.NAME))  # "(similar name)"
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Delete “Zwaluwstaart Robotics” with")


def test_merge_two_duplicates(qtbot, page, context, monkeypatch):
    page.new_action.trigger()  # the New organisation button
    qtbot.keyClicks(page.detail.name, "Zwaluwstaart Robotics B.V.")
    qtbot.keyClicks(page.detail.kvk, "24681357")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics B.V.") is not None)

    search(qtbot, page, "Zwaluwstaart", 2)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        selection.select(page.model.index(row, 0), flags)
    assert page.merge_action.isEnabled()
    offered: list[list[str]] = []
    monkeypatch.setattr(page, "ask_which_to_keep", lambda names: offered.append(names) or 0)
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics B.V.") is None)
    assert offered == [["Zwaluwstaart Robotics", "Zwaluwstaart Robotics B.V."]]
    kept = stored(context, "Zwaluwstaart Robotics")
    assert kept.kvk == "24681357"
    assert kept.aliases == ["Zwaluwstaart Robotics B.V."]
    qtbot.waitUntil(lambda: not page.model.is_reloading() and page.model.rowCount() == 1)
    with context.database.transaction() as session:
        assert load_details(session, kept.id) is not None


def test_the_table_model_is_a_proper_qt_model(qtbot, qtmodeltester, page):
    search(qtbot, page, "zwaluw", 2)
    qtmodeltester.check(page.model)


def test_a_merge_can_be_undone(qtbot, page, context, monkeypatch):
    page.new_action.trigger()
    qtbot.keyClicks(page.detail.name, "Zwaluwstaart Robotics Holding")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics Holding") is not None)
    search(qtbot, page, "Zwaluwstaart", 2)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        selection.select(page.model.index(row, 0), flags)
    monkeypatch.setattr(page, "ask_which_to_keep", lambda names: 0)
    page.merge_action.trigger()
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics Holding") is None)
    qtbot.waitUntil(lambda: page.undo_stack.undoText() == "Merge “Zwaluwstaart Robotics Holding”")
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: stored(context, "Zwaluwstaart Robotics Holding") is not None)
    assert stored(context, "Zwaluwstaart Robotics").aliases == []


def test_moving_between_rows_asks_nothing_until_something_was_edited(qtbot, page, monkeypatch):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    with page._context.database.transaction() as session:
        # Stored with empty fields as NULL (as generated and bulk-imported rows are).
        session.add(Organisation(name="Aaa Leeg BV", kind="company", type="sme", kvk=None))
    search(qtbot, page, "Aaa Leeg BV", 1)
    open_row(qtbot, page, 0)
    assert not page.detail.is_modified()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.query.text == "" and page.model.rowCount() > 2)
    qtbot.waitUntil(lambda: not page.model.is_reloading())
    open_row(qtbot, page, 1)
    assert asked == []
    page.detail.name.setText("Something else")
    page.table.setCurrentIndex(page.model.index(2, Column.NAME))
    assert len(asked) == 1 and page.detail.name.text() == "Something else"
