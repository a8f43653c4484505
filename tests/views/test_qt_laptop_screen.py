"""A laptop screen (1280x800) in the main window: the consortium editor keeps its member table
in view while rules are broken, and regional matching keeps its Why column in view. (The Match
page's alternatives are checked with its cards in test_qt_match_undo.) No pixel sizes: the
checks hold whatever fonts are installed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.tables.organisation import Organisation
from desktop.views.pages.consortia.editor import MEMBER_ROWS
from desktop.views.pages.consortia.page import ConsortiaPage
from desktop.views.pages.matching.regional import RegionalPage
from desktop.views.widgets.fitted_columns import SHORTEST, fitted_widths

RUN_TIMEOUT = 60_000
MEMBERS = ("demo:0001", "ref:nom", "ref:rug", "ref:provincie-groningen", "ref:tno", "demo:0002")


def test_the_member_table_keeps_its_rows_while_rules_are_broken(qtbot, window, context):
    with context.database.transaction() as session:
        ids = [
            session.exec(select(Organisation.id).where(Organisation.external_id == code)).one()
            for code in MEMBERS
        ]
        members = tuple(MemberDraft(i, "lead" if not n else "partner") for n, i in enumerate(ids))
        title = "Groene waterstof uit elektrolyse in de Eemshaven met opslag in zoutcavernes"
        create_consortium(session, ConsortiumDraft(title, members, instrument_code="mit-rd"))
    window.show_key("consortia")
    page = window.page("consortia")
    assert isinstance(page, ConsortiaPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.editor.names is not None)
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = page.editor
    qtbot.waitUntil(lambda: len(editor.draft.members) == len(MEMBERS))
    qtbot.waitUntil(lambda: editor.check_list.isVisible())
    assert "not met" in editor.check_title.text()
    assert editor.check_list.count() >= 2  # broken rules and the rules waiting for budgets

    table = editor.members
    last = MEMBER_ROWS - 1
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()
    assert editor.check_list.height() >= editor.check_list.minimumHeight() > 0
    # The whole title can be read: in the list's tooltip, and wrapped in the editor's heading;
    # the list gives it two lines.
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(title)
    assert page.table.wordWrap()
    assert page.table.rowHeight(0) >= 2 * page.table.fontMetrics().lineSpacing()
    assert editor.heading.text() == title and editor.heading.wordWrap()


def test_the_why_column_of_regional_matching_stays_in_view(qtbot, window):
    window.show_key("regional")
    page = window.page("regional")
    assert isinstance(page, RegionalPage)
    qtbot.waitUntil(lambda: page.filters.isEnabled() and page.smes.rowCount() > 0)
    page.province.setCurrentIndex(page.province.findData("NL-OV"))
    before = page.smes.rows()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.smes.rows() != before)
    page.sme_table.selectRow(0)
    qtbot.mouseClick(page.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results.rowCount() == 1, timeout=RUN_TIMEOUT)

    table = page.result_table
    why = page.results.columnCount() - 1
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    right = table.columnViewportPosition(why) + table.columnWidth(why)
    assert right <= table.viewport().width()
    assert table.columnWidth(why) >= table.columnWidth(1)  # wider than the province
    # The chosen row's why in full below the table, which the column cuts short.
    assert not page.result_why.isVisible()
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    reasons = table.model().index(0, why).data()
    assert page.result_why.isVisible()
    assert page.result_why.toPlainText().startswith("Why ")
    assert reasons.split(" | ")[0] in page.result_why.toPlainText()


def test_fitted_columns_share_what_the_others_leave_fairly():
    # Room for everything: every column as wanted.
    assert fitted_widths([100, 50, 300], frozenset({0, 2}), 500) == [100, 50, 300]
    # Too little: the narrow flexible column keeps its width, the wide one takes the rest.
    assert fitted_widths([100, 50, 600], frozenset({0, 2}), 400) == [100, 50, 250]
    # Both wide: an equal part each; the fixed column keeps its width.
    assert fitted_widths([400, 50, 600], frozenset({0, 2}), 450) == [200, 50, 200]
    # Never below the shortest a column may get.
    assert fitted_widths([400, 50, 600], frozenset({0, 2}), 60) == [SHORTEST, 50, SHORTEST]
