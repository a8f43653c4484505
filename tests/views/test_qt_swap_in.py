"""Swap in on a suggested consortium: the ranked candidates, and any organisation typed by name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.views.pages.matching.match import SWAP_CHOICES
from desktop.views.widgets.swap_dialog import SwapDialog
from tests.views import test_qt_match_undo
from tests.views.test_qt_match_undo import match_page, wait_for_new_result

window = test_qt_match_undo.window  # the fixture: the main window on the Match page, 1280x800


def test_swap_in_offers_the_ranked_candidates_and_any_organisation_by_name(qtbot, window):
    page = match_page(window)
    qtbot.keyClicks(page.form.text, "dijkversterking en klimaatadaptatie in de delta")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, None)
    card = page.cards[0]
    outgoing = card.consortium.members[-1].id
    card.select_member(outgoing)
    card.swap_menu.aboutToShow.emit()  # what opening the Swap in menu does
    actions = card.swap_menu.actions()
    kind = page.result.organisations[outgoing].kind
    same_kind = [
        c.id
        for c in page.result.suggestion.candidates
        if page.result.organisations[c.id].kind == kind
        and c.id not in {m.id for m in card.consortium.members}
    ]
    assert [choice for choice, _name in card.swap_choices()] == same_kind[:SWAP_CHOICES]
    another = actions[-1]
    assert another.text() == "Another organisation…" and another.isEnabled()

    another.trigger()
    dialog = card.findChild(SwapDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing named yet
    qtbot.keyClicks(dialog.picker.edit, "Zwaluwstaart Robotics")
    qtbot.waitUntil(lambda: bool(dialog.picker.offers()))
    dialog.picker.completer.popup().hide()
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert ok.isEnabled()
    before = page.result
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_for_new_result(qtbot, page, before)
    (robotics,) = page.form.include.ids()
    assert page.form.include.names() == {robotics: "Zwaluwstaart Robotics"}
    assert page.form.exclude.ids() == [outgoing]
    out = page.result.organisations[outgoing].name
    assert page.undo_stack.undoText() == f"Swap in Zwaluwstaart Robotics for {out}"
    assert robotics in [m.id for m in page.cards[0].consortium.members]
