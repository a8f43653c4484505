"""The Export dialog on its own: choices, a real export in the background, errors, memory."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from desktop.models.queries.consortia import ConsortiumDraft, MemberDraft, create_consortium
from desktop.models.tables.organisation import Organisation
from desktop.services.exporting.share_format import ENTRY
from desktop.views.context import AppContext
from desktop.views.pages.consortia.export_dialog import (
    ExportDialog,
    file_stem,
)
from desktop.views.translation import interface_locale
from tests.export_fixtures import CONTACT, build_consortium

TITLE = "Groene waterstof Eemshaven"


@pytest.fixture
def built(context):
    return build_consortium(context.database)


@pytest.fixture
def demo_warnings(monkeypatch) -> list[str]:
    """The consortium has a demonstration member: its warning is answered Export anyway."""
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    return asked


@pytest.fixture
def dialog(qtbot, context, built, tmp_path, demo_warnings):
    context.settings.export_folder = str(tmp_path)
    shown = ExportDialog(context, built.consortium_id, TITLE)
    qtbot.addWidget(shown)
    return shown


def _export(qtbot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_a_file_name_follows_the_title_and_the_format(dialog, tmp_path) -> None:
    assert file_stem("Groene waterstof: Eemshaven / 2026") == "Groene-waterstof-Eemshaven-2026"
    assert dialog.path.text() == str(tmp_path / "Groene-waterstof-Eemshaven.pdf")
    dialog.format.setCurrentIndex(dialog.format.findData("share"))
    assert dialog.path.text() == str(tmp_path / "Groene-waterstof-Eemshaven.helixshare")
    assert not dialog.language.isEnabled()  # a share file holds codes, not words
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.path.text().endswith("Groene-waterstof-Eemshaven.docx")
    assert dialog.language.isEnabled()
    assert not dialog.contacts.isChecked()  # personal data stays out unless asked for


def test_exports_a_pdf_in_the_background_and_remembers_the_choices(
    qtbot, dialog, context, tmp_path
) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    _export(qtbot, dialog)
    path = tmp_path / "Groene-waterstof-Eemshaven.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Consortiumvoorstel" in text and CONTACT.name not in text
    assert context.settings.export_format == "pdf"
    assert context.settings.export_folder == str(tmp_path)
    again = ExportDialog(context, 1, TITLE)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"  # the interface language, not the last one used
    assert not again.contacts.isChecked()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_language_starts_as_the_interface_language(
    qtbot, database, settings, tasks, built, language
) -> None:
    older = "en" if language == "nl" else "nl"
    settings.qsettings.setValue("export/language", older)  # an older version's
    context = AppContext(database, settings, tasks, interface_locale(language), language)
    shown = ExportDialog(context, built.consortium_id, TITLE)
    qtbot.addWidget(shown)
    assert shown.language.currentData() == language
    other = shown.language.findData("en" if language == "nl" else "nl")
    qtbot.keyClicks(shown.language, shown.language.itemText(other))  # the user can still choose
    assert shown.language.currentIndex() == other


def test_a_share_file_with_contacts(qtbot, dialog, tmp_path) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData("share"))
    dialog.contacts.setChecked(True)
    _export(qtbot, dialog)
    with zipfile.ZipFile(tmp_path / "Groene-waterstof-Eemshaven.helixshare") as archive:
        document = json.loads(archive.read(ENTRY))
    assert document["with_contacts"] is True
    assert any((m["contact"] or {}).get("name") == CONTACT.name for m in document["members"])


def test_a_missing_folder_is_explained_in_the_dialog(qtbot, dialog, tmp_path) -> None:
    dialog.path.setText(str(tmp_path / "nowhere" / "p.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "folder not found" in dialog.message.text(), timeout=20_000)
    assert dialog.export_button.isEnabled()
    assert not (tmp_path / "nowhere").exists()


def test_an_existing_file_is_replaced_only_after_confirmation(
    qtbot, dialog, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "Groene-waterstof-Eemshaven.pdf"
    target.write_bytes(b"an earlier export")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"an earlier export"
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    _export(qtbot, dialog)
    assert target.read_bytes().startswith(b"%PDF")


def test_cancel_while_running_leaves_no_file(qtbot, dialog, context, tmp_path) -> None:
    qtbot.waitUntil(lambda: dialog.demo_names is not None)  # the check before every export
    dialog.start()
    assert not dialog.export_button.isEnabled()  # busy
    dialog.reject()
    context.tasks.wait(20_000)
    qtbot.wait(50)
    assert not Path(dialog.path.text()).exists()
    assert not list(tmp_path.glob("*.part"))


def test_the_consortia_page_opens_the_dialog_for_the_chosen_consortium(
    qtbot, context, built
) -> None:
    from desktop.views.pages.consortia.page import ConsortiaPage

    page = ConsortiaPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.editor.names is not None)
    page.open_consortium(built.consortium_id)
    qtbot.waitUntil(lambda: page.consortium_id == built.consortium_id)
    page.export_consortium()
    dialog = page.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.path.text().endswith("Groene-waterstof-Eemshaven.pdf")
    dialog.reject()
    context.tasks.wait()


def test_a_consortium_with_demonstration_data_says_so_and_asks_before_exporting(
    qtbot, dialog, tmp_path, monkeypatch
) -> None:
    qtbot.waitUntil(lambda: dialog.demo_names is not None, timeout=20_000)
    assert not dialog.demo_note.isHidden()
    assert "Wadgloed Waterstof B.V." in dialog.demo_note.text()
    target = tmp_path / "Groene-waterstof-Eemshaven.pdf"
    asked: list[str] = []

    def answer(reply):
        return lambda _parent, _title, text, *args: asked.append(text) or reply

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not target.exists() and dialog.export_button.isEnabled()  # cancelled: no file
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    _export(qtbot, dialog)
    assert target.read_bytes().startswith(b"%PDF")
    assert len(asked) == 2
    assert "Wadgloed Waterstof B.V." in asked[0] and "fictional" in asked[0]


def test_export_pressed_before_the_members_are_read_still_warns(
    qtbot, context, built, tmp_path, demo_warnings
) -> None:
    context.settings.export_folder = str(tmp_path)
    shown = ExportDialog(context, built.consortium_id, TITLE)
    qtbot.addWidget(shown)
    _export(qtbot, shown)  # pressed at once: the export waits for the check
    assert len(demo_warnings) == 1


def test_a_consortium_without_demonstration_data_exports_without_a_warning(
    qtbot, context, tmp_path, demo_warnings
) -> None:
    with context.database.transaction() as session:
        ids = list(
            session.exec(select(Organisation.id).where(Organisation.origin == "reference").limit(2))
        )
        consortium_id = create_consortium(
            session,
            ConsortiumDraft("Real partners only", (MemberDraft(ids[0], "lead"),
                                                   MemberDraft(ids[1], "partner"))),
        )  # fmt: skip
    context.settings.export_folder = str(tmp_path)
    shown = ExportDialog(context, consortium_id, "Real partners only")
    qtbot.addWidget(shown)
    _export(qtbot, shown)
    assert demo_warnings == [] and shown.demo_note.isHidden()
