"""Why a member is there, in the consortium editor: reasons saved as codes are worded in the
interface language when shown; a rationale the user typed stays as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.models.queries.consortia import (
    ConsortiumDraft,
    MemberDraft,
    create_consortium,
    load_consortium,
)
from desktop.views.context import AppContext
from desktop.views.pages.consortia.members import MemberColumn
from desktop.views.pages.consortia.page import ConsortiaPage
from desktop.views.translation import install_translators, interface_locale, remove_translators
from matching.model import Reason
from tests.views.test_qt_consortia_page import open_first, sme_ids

SUGGESTED = (
    Reason("matched_terms", {"terms": ["waterstof"]}),
    Reason("track_record", {"projects": 1}),
)


def shown_page(qtbot, context: AppContext) -> ConsortiaPage:
    """The Consortia page in a window, listing its one consortium."""
    page = ConsortiaPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.editor.names is not None)
    return page


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "typed by hand; Matches: waterstof; Track record of 1 project"),
        ("nl", "typed by hand; Past bij: waterstof; Staat van dienst: 1 project"),
    ],
)
def test_saved_reasons_read_in_the_interface_language_and_typing_keeps_them(
    qtbot, qapp, database, settings, tasks, language, words
) -> None:
    translators = install_translators(qapp, language)
    context = AppContext(database, settings, tasks, interface_locale(language), language)
    first, second = sme_ids(context, 2)
    draft = ConsortiumDraft(
        "Waterstof",
        (MemberDraft(first, "lead", "typed by hand", reasons=SUGGESTED), MemberDraft(second)),
    )
    with database.transaction() as session:
        consortium_id = create_consortium(session, draft)
    page = shown_page(qtbot, context)
    open_first(qtbot, page)
    try:
        model = page.editor.members_model
        assert model.index(0, MemberColumn.RATIONALE).data() == words

        # The user rewrites the rationale in the cell; the reasons stay codes beside it.
        table, cell = page.editor.members, model.index(0, MemberColumn.RATIONALE)
        table.scrollTo(cell)
        rect = table.visualRect(cell)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.text() == "typed by hand"
        editor.selectAll()
        qtbot.keyClicks(editor, "builds the stack")
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the cell takes the text after the event
        rewritten = words.replace("typed by hand", "builds the stack")
        qtbot.waitUntil(lambda: model.index(0, MemberColumn.RATIONALE).data() == rewritten)
        qtbot.keyClick(page.editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not page.editor.is_modified())
        with database.transaction() as session:
            stored = load_consortium(session, consortium_id).draft.members[0]
        assert stored.rationale == "builds the stack" and stored.reasons == SUGGESTED
    finally:
        context.tasks.wait()
        remove_translators(qapp, translators)
