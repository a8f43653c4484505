"""The import wizard: a Dutch workbook read, mapped, checked, reviewed and imported."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from sqlmodel import select

from desktop.models import Organisation
from desktop.services.importing.organisation_import import DuplicatePolicy
from desktop.views.importing import ImportWizard


def workbook(path: Path) -> Path:
    book = Workbook()
    book.active.title = "Toelichting"
    members = book.create_sheet("Leden")
    members.append(["Bedrijfsnaam", "Plaats", "Omschrijving", "Notities"])
    members.append(["Stichting Deltares", "Delft", "Water en bodem", "x"])
    members.append(["Kustlab", "", "Zeewering", ""])
    members.append(["Zeewind Techniek B.V.", "Den Helder", "", ""])
    book.save(path)
    return path


def names(context) -> set[str]:
    with context.database.transaction() as session:
        return set(session.exec(select(Organisation.name)))


def test_a_workbook_is_mapped_checked_reviewed_and_imported(qtbot, context, tmp_path) -> None:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(workbook(tmp_path / "leden.xlsx"), "Leden")
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert wizard.file_page.sheet_box.currentText() == "Leden"
    assert wizard.file_page.preview.rowCount() == 3
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.columns.cellWidget(0, 1).currentData() == "name"
    assert mapping.columns.cellWidget(3, 1).currentData() is None  # Notities: not imported
    mapping.set_field("Omschrijving", "keywords")
    mapping.set_default("city", "Vlissingen")
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=20_000)
    assert check.duplicates.rowCount() == 1
    assert check.duplicates.item(0, 2).text() == "Deltares"
    assert "same name" in check.duplicates.item(0, 3).text()
    problems = tmp_path / "problems.csv"
    check.write_problems(problems)
    with problems.open(encoding="utf-8-sig") as handle:
        assert [row["code"] for row in csv.DictReader(handle)] == ["ignored_column"]
    check.set_decision(2, DuplicatePolicy.MERGE)
    wizard.grab().save(str(tmp_path / "check.png"))
    wizard.next()
    summary = wizard.summary_page
    qtbot.waitUntil(summary.isComplete, timeout=20_000)
    assert names(context) >= {"Deltares"} and "Kustlab" not in names(context)  # nothing yet
    assert "• 2 new organisation" in summary.status.text()
    assert "• 1 row" in summary.status.text()  # merged into Deltares
    assert "merged into" in summary.status.text()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Import"
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.import_page.isComplete()
    assert {"Kustlab", "Zeewind Techniek B.V."} <= names(context)
    assert "Stichting Deltares" not in names(context)
    with context.database.transaction() as session:
        kustlab = session.exec(select(Organisation).where(Organisation.name == "Kustlab")).one()
        deltares = session.exec(select(Organisation).where(Organisation.name == "Deltares")).one()
    assert kustlab.city == "Vlissingen" and kustlab.keywords == ["Zeewering"]
    assert "Stichting Deltares" in deltares.aliases


def test_a_file_with_errors_cannot_be_imported(qtbot, context, tmp_path) -> None:
    path = tmp_path / "fout.csv"
    path.write_text("naam;kvk\nGoed BV;12345678\nFout BV;123\n", encoding="utf-8")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert "UTF-8, semicolon-separated" in wizard.file_page.source.text()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.problems.rowCount() == 1, timeout=20_000)
    assert check.problems.item(0, 1).text() == "kvk"
    assert check.problems.item(0, 3).text() == "'123' is not a KvK number of 8 digits"
    assert not check.isComplete()


def test_the_file_menu_opens_it(qtbot, context) -> None:
    from desktop.views.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    action = next(a for a in window.file_menu.actions() if "Import organisations" in a.text())
    assert action.shortcut().toString() == "Ctrl+I"
    wizard = window.show_import_wizard()
    assert wizard.isVisible() and wizard.currentPage() is wizard.file_page
    wizard.reject()


def test_the_organisations_page_has_an_import_button(qtbot, context) -> None:
    from PySide6.QtWidgets import QToolButton

    from desktop.views.pages.organisations.page import OrganisationsPage

    page = OrganisationsPage(context)
    qtbot.addWidget(page)
    buttons = [b for b in page.findChildren(QToolButton) if "Import organisations" in b.toolTip()]
    assert len(buttons) == 1
    buttons[0].click()
    wizard = page.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_a_kvk_number_excel_held_as_a_number_is_shown_restored(qtbot, context, tmp_path) -> None:
    book = Workbook()
    book.active.append(["Bedrijfsnaam", "KvK-nummer"])
    book.active.append(["Kaasmakerij Noord", 1234567])
    book.save(tmp_path / "kvk.xlsx")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(tmp_path / "kvk.xlsx")
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=20_000)
    row = [check.problems.item(0, c).text() for c in range(4)]
    assert row == [
        "2", "KvK-nummer", "warning",
        "the workbook holds 1234567 as a number, which drops leading zeros; read as KvK number "
        "01234567",
    ]  # fmt: skip
    wizard.next()
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=20_000)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    with context.database.transaction() as session:
        kvk = session.exec(
            select(Organisation.kvk).where(Organisation.name == "Kaasmakerij Noord")
        ).one()
    assert kvk == "01234567"


def _opened(qtbot, context, path: Path) -> ImportWizard:
    """The wizard with ``path`` read, on its first page."""
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 700)
    wizard.show()
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def _check_page(qtbot, context, path: Path):
    wizard = _opened(qtbot, context, path)
    wizard.next()
    wizard.next()
    return wizard, wizard.check_page


def _type_into(qtbot, table, item, text: str) -> None:
    """Double-click the cell, type the value and press Enter, as a user puts it right."""
    table.scrollToItem(item)
    centre = table.visualItemRect(item).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_rows_with_errors_are_put_right_or_left_out_and_the_rest_imported(
    qtbot, context, tmp_path
) -> None:
    path = tmp_path / "leden.csv"
    path.write_text(
        "naam;kvk;plaats\n"
        "Goed BV;12345678;Delft\n"
        "Fout BV;123;Delft\n"
        "Stichting Deltares;;Delft\n"
        "Leeg BV;99;Atlantis\n",  # an error, and a warning that goes with the row
        encoding="utf-8",
    )
    wizard, check = _check_page(qtbot, context, path)
    qtbot.waitUntil(lambda: check.problems.rowCount() == 3, timeout=20_000)
    # The likely duplicate shows beside the errors, before they are put right.
    assert check.duplicates.rowCount() == 1
    assert check.duplicates.item(0, 2).text() == "Deltares"
    assert not check.isComplete()
    assert "with errors" in check.summary.text()

    _type_into(qtbot, check.problems, check.problems.value_item(3, "kvk"), "87654321")
    qtbot.waitUntil(lambda: check.problems.value_item(3, "kvk") is None, timeout=20_000)
    box = check.problems.leave_out_box(5)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.waitUntil(check.isComplete, timeout=20_000)
    assert check.problems.item(0, 2).text() == "left out"
    assert check.duplicates.rowCount() == 1

    wizard.next()
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=20_000)
    summary = wizard.summary_page.status.text()
    assert "• 2 new organisation" in summary and "with errors left out" in summary
    assert "warning" not in summary  # the left-out row's warning does not count
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert "Edit > Undo import" in wizard.import_page.status.text()
    with context.database.transaction() as session:
        stored = dict(
            session.exec(
                select(Organisation.name, Organisation.kvk).where(Organisation.origin == "import")
            ).all()
        )
    assert stored == {"Goed BV": "12345678", "Fout BV": "87654321"}


def test_fields_are_named_in_words(qtbot, context, tmp_path) -> None:
    path = tmp_path / "leden.csv"
    path.write_text("naam;kvk;medewerkers\nTwaalf BV;12345678;12\n", encoding="utf-8")
    wizard = _opened(qtbot, context, path)
    wizard.next()
    mapping = wizard.mapping_page
    box = mapping.columns.cellWidget(1, 1)
    assert (box.currentText(), box.currentData()) == ("KvK number", "kvk")
    listed = {box.itemText(i) for i in range(box.count())}
    assert {"Your own id", "Helix kind", "SME", "Employees"} <= listed
    assert not {"external_id", "kind", "sme"} & listed
    defaults = [mapping.defaults.item(r, 0).text() for r in range(mapping.defaults.rowCount())]
    assert "Your own id" in defaults and "external_id" not in defaults
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=20_000)
    # SME status derived from the 12 employees, and said so.
    assert check.problems.item(0, 3).text() == (
        "no SME status given; with 12 employees it is taken as an SME (EU definition: fewer "
        "than 250 employees)"
    )
    wizard.next()
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=20_000)
    assert "SME status taken from the employees of" in wizard.summary_page.status.text()


def test_a_required_field_without_a_column_is_named_in_words(qtbot, context, tmp_path) -> None:
    path = tmp_path / "leden.csv"
    path.write_text("Code;Stad\nc-1;Delft\n", encoding="utf-8")
    wizard, check = _check_page(qtbot, context, path)
    qtbot.waitUntil(lambda: check.problems.rowCount() > 0, timeout=20_000)
    columns = {check.problems.item(r, 1).text() for r in range(check.problems.rowCount())}
    assert "Name" in columns and "name" not in columns
    assert not check.isComplete()
