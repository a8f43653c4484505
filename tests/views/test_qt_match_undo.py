"""Undo and redo on the Match page, driven through the main window's Edit menu and Ctrl+Z as a
user would; and the helix balance picture on the consortium cards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QTableView

from desktop.models.queries.organisations.records import save_organisation
from desktop.models.records import OrganisationRecord
from desktop.services.pictures.helix_picture import COMPACT_TILE_WIDTH, helix_scene
from desktop.services.pictures.scene import Rect
from desktop.services.pictures.style import LIGHT
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.main_window import MainWindow
from desktop.views.pages.matching.match import MatchPage
from desktop.views.pages.matching.match_steps import Choices, typed_change_text
from desktop.views.pictures.words import helix_words

RUN_TIMEOUT = 60_000
CTRL = Qt.KeyboardModifier.ControlModifier
CELL_PADDING = 6  # left and right margins of a table cell's text
WRAP = Qt.TextFlag.TextWordWrap
# Longer than a card's organisation column in any font: it has to wrap.
LONG_NAME = (
    "Stichting Samenwerkingsverband voor Schoon Drinkwater, Membraantechnologie en "
    "Waterzuivering in Noord-Nederland"
)


@pytest.fixture
def window(qtbot, window: MainWindow) -> Iterator[MainWindow]:
    """The main window on the Match page."""
    window.show_key("match")
    page = window.page("match")
    qtbot.waitUntil(lambda: page.form.isEnabled())
    yield window
    page.run_bar.cancel()


def match_page(window: MainWindow) -> MatchPage:
    page = window.page("match")
    assert isinstance(page, MatchPage)
    return page


def wait_for_new_result(qtbot, page: MatchPage, before: object) -> None:
    qtbot.waitUntil(
        lambda: page.result is not before and not page.run_bar.is_running(), timeout=RUN_TIMEOUT
    )


def member_ids(page: MatchPage, card: int = 0) -> list[int]:
    return [m.id for m in page.cards[card].consortium.members]


def name(page: MatchPage, organisation_id: int) -> str:
    assert page.result is not None
    return page.result.organisations[organisation_id].name


def request(page: MatchPage) -> tuple[list[int], list[int]]:
    """The pins and the left-out organisations the next run asks for."""
    fields = page.form.fields()
    return fields.get("include", []), fields.get("exclude", [])


def press(qtbot, window: MainWindow, modifiers: Qt.KeyboardModifier) -> None:
    """Ctrl+Z or Ctrl+Shift+Z: the Edit menu's shortcuts work in the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, modifiers)


def undo(qtbot, window: MainWindow) -> None:
    press(qtbot, window, CTRL)


def redo(qtbot, window: MainWindow) -> None:
    press(qtbot, window, CTRL | Qt.KeyboardModifier.ShiftModifier)


def test_pin_swap_and_drop_are_undone_and_redone(qtbot, window):
    page = match_page(window)
    qtbot.keyClicks(page.form.text, "dijkversterking en klimaatadaptatie in de delta")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, None)
    first = page.result
    assert not window.window_actions.undo.isEnabled()

    card = page.cards[0]
    pinned = member_ids(page)[1]
    card.select_member(pinned)
    qtbot.mouseClick(card.pin_button, Qt.MouseButton.LeftButton)
    assert request(page) == ([pinned], [])
    assert page.undo_stack.undoText() == f"Pin {name(page, pinned)}"
    assert window.window_actions.undo.isEnabled()

    outgoing = member_ids(page)[2]
    card.select_member(outgoing)
    card.swap_menu.aboutToShow.emit()
    incoming = card.swap_choices()[0][0]
    [a for a in card.swap_menu.actions() if a.isEnabled()][0].trigger()
    wait_for_new_result(qtbot, page, first)
    swapped = page.result
    assert page.undo_stack.undoText() == (
        f"Swap in {name(page, incoming)} for {name(page, outgoing)}"
    )
    assert request(page) == ([pinned, incoming], [outgoing])
    assert incoming in member_ids(page)

    dropped = next(m for m in member_ids(page) if m not in (pinned, incoming))
    page.cards[0].select_member(dropped)
    qtbot.mouseClick(page.cards[0].drop_button, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, swapped)
    after_drop = page.result
    assert page.undo_stack.undoText() == f"Drop {name(page, dropped)}"
    assert request(page) == ([pinned, incoming], [outgoing, dropped])
    assert all(dropped not in member_ids(page, n) for n in range(len(page.cards)))

    undo(qtbot, window)  # the drop: the consortia before it, the dropped member selected again
    assert not page.run_bar.is_running()
    assert page.result is swapped
    assert request(page) == ([pinned, incoming], [outgoing])
    assert dropped in member_ids(page)
    assert page.cards[0].selected_member() == dropped
    assert page.form.exclude.names() == {outgoing: name(page, outgoing)}

    undo(qtbot, window)  # the swap
    assert page.result is first
    assert request(page) == ([pinned], [])
    assert outgoing in member_ids(page) and incoming not in member_ids(page)
    assert page.cards[0].selected_member() == outgoing
    assert window.window_actions.undo.text() == f"&Undo Pin {name(page, pinned)}"

    undo(qtbot, window)  # the pin: the result shown stays
    assert page.result is first
    assert request(page) == ([], [])
    assert not window.window_actions.undo.isEnabled()

    redo(qtbot, window)
    assert request(page) == ([pinned], [])
    redo(qtbot, window)  # the swap's result comes back without matching again
    assert not page.run_bar.is_running()
    assert page.result is swapped
    assert request(page) == ([pinned, incoming], [outgoing])
    redo(qtbot, window)
    assert page.result is after_drop
    assert request(page) == ([pinned, incoming], [outgoing, dropped])
    assert not window.window_actions.redo.isEnabled()

    # The next run asks for what the page shows after undoing.
    undo(qtbot, window)
    undo(qtbot, window)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, first)
    assert page.result.request.include == (pinned,)
    assert page.result.request.exclude == ()
    assert all(pinned in member_ids(page, n) for n in range(len(page.cards)))


def test_undo_while_a_drop_is_still_matching_stops_the_run(qtbot, window, context):
    page = match_page(window)
    qtbot.keyClicks(page.form.text, "zorg op afstand met sensoren")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, None)
    shown = page.result
    dropped = member_ids(page)[-1]
    table = page.cards[0].table
    page.cards[0].select_member(dropped)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Delete in a card's member list drops the member
    assert page.run_bar.is_running()
    assert page.undo_stack.undoText() == f"Drop {name(page, dropped)}"
    undo(qtbot, window)
    assert not page.run_bar.is_running()
    assert request(page) == ([], [])
    context.tasks.wait()
    qtbot.wait(50)
    assert page.result is shown  # the stopped run never lands
    redo(qtbot, window)  # its result was never seen: redo matches again
    assert page.run_bar.is_running()
    wait_for_new_result(qtbot, page, shown)
    assert all(dropped not in member_ids(page, n) for n in range(len(page.cards)))
    # The keyboard stays on the cards: the new first card's member list has the focus.
    assert QApplication.focusWidget() is page.cards[0].table


def test_a_pinned_member_can_be_unpinned_from_its_card(qtbot, window):
    page = match_page(window)
    qtbot.keyClicks(page.form.text, "zorg op afstand met sensoren")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, None)
    card = page.cards[0]
    member, other = member_ids(page)[1:3]
    card.select_member(member)
    assert card.pin_button.text() == "Pin"
    qtbot.mouseClick(card.pin_button, Qt.MouseButton.LeftButton)
    assert card.pin_button.text() == "Unpin"
    card.select_member(other)
    assert card.pin_button.text() == "Pin"
    card.select_member(member)
    qtbot.mouseClick(card.pin_button, Qt.MouseButton.LeftButton)
    assert request(page) == ([], [])
    assert page.undo_stack.undoText() == f"Unpin {name(page, member)}"
    assert card.pin_button.text() == "Pin"
    undo(qtbot, window)
    assert request(page) == ([member], [])
    assert card.pin_button.text() == "Unpin"
    undo(qtbot, window)
    assert request(page) == ([], [])
    assert card.pin_button.text() == "Pin"


def test_names_typed_into_the_form_and_deleted_are_steps_too(qtbot, window):
    page = match_page(window)
    picker = page.form.include
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "Zwaluwstaart Robotics")
    qtbot.waitUntil(lambda: bool(picker.offers()))
    picker.completer.popup().hide()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    robotics = picker.ids()[0]
    assert page.undo_stack.undoText() == "Pin Zwaluwstaart Robotics"

    picker.chosen.setCurrentRow(0)
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    assert picker.ids() == []
    assert page.undo_stack.undoText() == "Unpin Zwaluwstaart Robotics"

    page.form.exclude.add(robotics, "Zwaluwstaart Robotics")
    assert page.undo_stack.undoText() == "Leave out Zwaluwstaart Robotics"
    page.undo_stack.undo()
    page.undo_stack.undo()  # Ctrl+Z in the list would not reach the window: the Edit menu does
    assert request(page) == ([robotics], [])
    window.window_actions.undo.trigger()
    assert request(page) == ([], [])
    window.window_actions.redo.trigger()
    assert picker.names() == {robotics: "Zwaluwstaart Robotics"}
    assert page.undo_stack.count() == 3  # redoing put the name back without a step of its own


def test_the_words_of_a_typed_change():
    before = Choices(((1, "TNO"),), ((2, "NOM"),))
    assert typed_change_text(before, before.pinned(3, "TU Delft")) == "Pin TU Delft"
    assert typed_change_text(before, Choices((), before.exclude)) == "Unpin TNO"
    assert typed_change_text(before, Choices(before.include, ())) == "Stop leaving out NOM"
    assert typed_change_text(before, before.left_out(1, "TNO")) == (
        "Change the organisations that must be in or are left out"
    )
    assert before.left_out(1, "TNO") == Choices((), ((2, "NOM"), (1, "TNO")))
    assert before.pinned(2, "NOM") == Choices(((1, "TNO"), (2, "NOM")), ())


def pin_a_long_name(context: AppContext, page: MatchPage) -> str:
    """Every card gets a member whose name needs more than one line whatever the font, so
    that the cards are seen to wrap names rather than cut them off."""
    record = OrganisationRecord(
        name=LONG_NAME, kind="society", type="foundation", city="Leeuwarden"
    )
    with context.database.transaction() as session:
        organisation_id, _ = save_organisation(session, record, "user")
    page.form.include.add(organisation_id, LONG_NAME)
    return LONG_NAME


def test_cards_show_the_helix_balance_as_a_picture_and_their_members_in_full(
    qtbot, window, context
):
    page = match_page(window)
    long_name = pin_a_long_name(context, page)
    page.form.instrument.setCurrentIndex(page.form.instrument.findData("pps-innovatie"))
    qtbot.keyClicks(page.form.text, "watertechnologie en membranen voor drinkwater")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, None)
    qtbot.wait(50)  # the layouts settle
    listed = page.alternatives.list
    viewport = page.alternatives.scroll.viewport()
    assert listed.count() == len(page.cards) >= 5
    for number, card in enumerate(page.cards):
        # At 1280x800 every alternative is listed in view, a click away; the chosen one's card
        # is shown beside the list in its full width.
        entry = listed.visualItemRect(listed.item(number))
        assert listed.viewport().rect().contains(entry)
        qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=entry.center())
        assert page.alternatives.stack.currentWidget() is card and card.isVisible()
        left = card.mapTo(viewport, QPoint(0, 0)).x()
        assert left >= 0 and left + card.width() <= viewport.width()
        # Its actions are in view without scrolling, however long the card is.
        actions = card.save_button.mapTo(viewport, QPoint(0, card.save_button.height()))
        assert 0 < actions.y() <= viewport.height()
        kinds = [page.result.organisations[m.id].kind for m in card.consortium.members]
        scene = card.balance.scene
        assert scene is not None
        assert scene.facts["present"] == [
            k for k in ("company", "knowledge", "government", "society") if k in kinds
        ]
        words = card.balance.toolTip()
        assert words.startswith(f"Business {kinds.count('company')} · ")
        assert card.balance.accessibleDescription() == words
        # The picture fits the card at its full size, so its words stay readable.
        assert card.balance.width() >= scene.width
        assert card.balance.geometry().right() <= card.contentsRect().right()
        assert card.balance.height() >= scene.height
        assert card.table.geometry().top() >= card.balance.geometry().bottom()
        assert every_cell_shown_in_full(card.table)
        assert long_name in [row.cells[1] for row in card.model.rows()]


def every_cell_shown_in_full(table: QTableView) -> bool:
    """Each name and list of competences wraps within its row instead of being cut off, and
    some cell needs more than one line."""
    metrics = table.fontMetrics()
    wrapped = False
    for row in range(table.model().rowCount()):
        for column in range(table.model().columnCount()):
            text = table.model().index(row, column).data()
            width = table.columnWidth(column) - CELL_PADDING
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), WRAP, text)
            if box.height() > table.rowHeight(row) or box.width() > width:
                return False
            wrapped = wrapped or box.height() > metrics.height()
    return wrapped  # some are too long for one line: the check is not trivially met


def test_the_compact_helix_picture_keeps_room_for_its_words(qapp):
    words = helix_words(CodeLabels())
    scene = helix_scene([("knowledge", "to2")], words, LIGHT, tile_width=COMPACT_TILE_WIDTH)
    tiles = [r for r in scene.of_kind(Rect) if r.y == 0]
    assert [r.width for r in tiles] == [COMPACT_TILE_WIDTH] * 4
    assert scene.width >= 4 * COMPACT_TILE_WIDTH
    assert scene.facts["chain_missing"] == ["university", "hogeschool"]
