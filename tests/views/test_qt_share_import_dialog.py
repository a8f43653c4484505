"""The Import share file dialog: the plan shown for review, then stored; bad files refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import func, select

from desktop.models.tables.consortium import Consortium
from desktop.services.exporting.consortium_export import export_consortium
from desktop.views.pages.consortia.page import ConsortiaPage
from desktop.views.pages.consortia.share_import_dialog import ShareImportDialog
from tests.export_fixtures import TRICKY_NAME, build_consortium


def _consortia(context) -> int:
    with context.database.transaction() as session:
        return session.exec(select(func.count()).select_from(Consortium)).one()


def test_the_plan_is_shown_and_import_stores_the_consortium(qtbot, context, tmp_path) -> None:
    built = build_consortium(context.database)
    path = tmp_path / "gwe.helixshare"
    export_consortium(context.database, built.consortium_id, "share", path)
    dialog = ShareImportDialog(context, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    rows = {
        dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i)
        for i in range(dialog.table.topLevelItemCount())
    }
    assert len(rows) == 4
    assert rows[TRICKY_NAME].text(1) == TRICKY_NAME  # found again by its KvK number
    assert rows[TRICKY_NAME].text(2) == "same KvK number"
    assert rows["Rijksuniversiteit Groningen"].text(2) == "same id"
    assert "0 organisations are new here" in dialog.summary.text()
    assert _consortia(context) == 1  # nothing stored while reviewing
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as stored:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored.args[0] != built.consortium_id
    assert _consortia(context) == 2


def test_a_bad_file_is_explained_and_cannot_be_imported(qtbot, context, tmp_path) -> None:
    path = tmp_path / "bad.helixshare"
    path.write_bytes(b"not a zip")
    dialog = ShareImportDialog(context, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "not a ZIP archive" in dialog.message.text(), timeout=20_000)
    assert not dialog.import_button.isEnabled()
    assert _consortia(context) == 0


def test_the_consortia_page_opens_an_imported_consortium(qtbot, context, tmp_path) -> None:
    built = build_consortium(context.database)
    path = tmp_path / "gwe.helixshare"
    export_consortium(context.database, built.consortium_id, "share", path)
    page = ConsortiaPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.editor.names is not None)
    dialog = page.review_share(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    dialog.store()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: page.consortium_id not in (None, built.consortium_id), timeout=20_000)
    context.tasks.wait()
