"""The import wizard saves and loads column mapping files, the same files that
``helixmatch import organisations --mapping`` reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlmodel import select

from desktop.cli.main import main
from desktop.models import Organisation
from desktop.services.importing.mapping import read_mapping_file
from desktop.views.importing import ImportWizard
from desktop.views.importing.mapping_page import MappingPage


def crm_workbook(path: Path) -> Path:
    """A CRM export whose headers are only partly recognised."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Relaties"
    sheet.append(["Relatie", "Code", "Kleur", "Stad", "Soort"])
    sheet.append(["Groene Vezels", "c-1", "groen", "Zwolle", ""])
    sheet.append(["Blauwe Golf", "c-2", "blauw", "", "startup"])
    book.save(path)
    return path


def mapping_page(qtbot, context, path: Path) -> tuple[ImportWizard, MappingPage]:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    return wizard, wizard.mapping_page


def shown(page: MappingPage) -> tuple[dict[str, str | None], dict[str, str]]:
    mapping = page.current_mapping()
    return mapping.columns, mapping.defaults


def stored(context, name: str) -> Organisation:
    with context.database.transaction() as session:
        return session.exec(select(Organisation).where(Organisation.name == name)).one()


def choosing(path: Path, asked: list[str]):
    """A file dialog that notes where it opened and chooses ``path``."""

    def dialog(_parent, _caption, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), ""

    return dialog


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The texts of the warning boxes shown (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def test_saved_mapping_is_loaded_in_a_new_wizard_and_imported(
    qtbot, context, tmp_path, monkeypatch, warnings
) -> None:
    data = crm_workbook(tmp_path / "crm.xlsx")
    folder = tmp_path / "mappings"
    folder.mkdir()
    saved = folder / "crm-kolommen.json"
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choosing(saved, asked))
    wizard, page = mapping_page(qtbot, context, data)
    assert shown(page)[0] == {
        "Relatie": "name", "Code": None, "Kleur": None, "Stad": "city", "Soort": "type",
    }  # fmt: skip
    page.set_field("Code", "external_id")
    page.set_default("type", "sme")
    page.set_default("country", "NL")
    page.save_button.click()
    assert asked == [str(tmp_path / "crm-mapping.json")]  # beside the data the first time
    assert json.loads(saved.read_text(encoding="utf-8")) == {
        "columns": {
            "Relatie": "name", "Code": "external_id", "Kleur": None, "Stad": "city",
            "Soort": "type",
        },
        "defaults": {"type": "sme", "country": "NL"},
    }  # fmt: skip
    assert "crm-kolommen.json" in page.note.text()
    assert context.settings.mapping_folder == str(folder)
    wizard.reject()

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choosing(saved, opened))
    wizard, page = mapping_page(qtbot, context, data)
    assert shown(page)[0]["Code"] is None  # a new wizard starts from the suggestions
    page.load_button.click()
    assert opened == [str(folder)]  # the folder remembered
    assert shown(page) == (
        {"Relatie": "name", "Code": "external_id", "Kleur": None, "Stad": "city",
         "Soort": "type"},
        {"type": "sme", "country": "NL"},
    )  # fmt: skip
    assert warnings == []
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20_000)
    wizard.next()
    qtbot.waitUntil(wizard.summary_page.isComplete, timeout=20_000)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    green, blue = stored(context, "Groene Vezels"), stored(context, "Blauwe Golf")
    assert (green.external_id, green.type, green.city) == ("c-1", "sme", "Zwolle")
    assert (blue.external_id, blue.type) == ("c-2", "startup")


def test_the_command_line_imports_with_a_mapping_saved_in_the_wizard(
    qtbot, context, tmp_path, capsys
) -> None:
    data = crm_workbook(tmp_path / "crm.xlsx")
    _wizard, page = mapping_page(qtbot, context, data)
    page.set_field("Code", "external_id")
    page.set_field("Stad", None)
    page.set_default("type", "sme")
    saved = tmp_path / "crm-mapping.json"
    assert page.save_mapping_file(saved)
    code = main(["--db", context.database.url, "import", "organisations", str(data),
                 "--mapping", str(saved)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "columns: Relatie -> name, Code -> external_id, Kleur -> (not imported), " \
           "Stad -> (not imported), Soort -> type" in out  # fmt: skip
    green = stored(context, "Groene Vezels")
    assert (green.external_id, green.type, green.city) == ("c-1", "sme", None)


def test_a_mapping_written_for_the_command_line_loads_in_the_wizard(
    qtbot, context, tmp_path, warnings
) -> None:
    data = crm_workbook(tmp_path / "crm.xlsx")
    hand_written = tmp_path / "kolommen.json"  # as in the README: only what differs
    hand_written.write_text(
        '\ufeff{"columns": {"code": "external_id", "Stad": null},\n'
        ' "defaults": {"Soort": "sme"}}\n',
        encoding="utf-8",
    )
    _wizard, page = mapping_page(qtbot, context, data)
    assert page.load_mapping_file(hand_written)
    columns, defaults = shown(page)
    assert columns == {
        "Relatie": "name", "Code": "external_id", "Kleur": None, "Stad": None, "Soort": "type",
    }  # fmt: skip
    assert defaults == {"type": "sme"}  # a default named by its column goes to its field
    assert warnings == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{\"columns\": {\"Relatie\": \"name\",}}",
         "• not a usable mapping file: not JSON (Expecting"),
        ('{"columns": {"Relatie": 3}}',
         '• not a usable mapping file: "columns" must map column headers'),
        ('["Relatie", "name"]',
         '• not a usable mapping file: expected an object with "columns" and "defaults"'),
        ('{"columns": {"Kleur": "colour"}}', "• column 'Kleur': 'colour' is not a field"),
        ('{"columns": {"Land": "country"}}',
         "• column 'Land': the mapping names a column this file does not have"),
        ('{"columns": {"Code": "name"}}',
         "• column 'Code': 'Name' is also chosen for column 'Relatie'"),
        ('{"columns": {"Relatie": null}}',
         "• field 'Name': no column is chosen for this required field"),
        ('{"defaults": {"size": "1"}}', "• a default for 'size', which is not a field"),
    ],
)  # fmt: skip
def test_a_mapping_file_that_does_not_fit_changes_nothing(
    qtbot, context, tmp_path, warnings, content, expected
) -> None:
    data = crm_workbook(tmp_path / "crm.xlsx")
    mapping = tmp_path / "fout.json"
    mapping.write_text(content, encoding="utf-8")
    _wizard, page = mapping_page(qtbot, context, data)
    page.set_field("Kleur", "keywords")
    page.set_default("city", "Delft")
    before = shown(page)
    assert not page.load_mapping_file(mapping)
    assert shown(page) == before
    assert page.note.text() == ""
    assert len(warnings) == 1
    lines = warnings[0].splitlines()
    assert lines[0] == "fout.json cannot be used for crm.xlsx; nothing was changed."
    assert any(line.startswith(expected) for line in lines[2:]), lines


def test_a_missing_mapping_file_is_named(qtbot, context, tmp_path, warnings) -> None:
    _wizard, page = mapping_page(qtbot, context, crm_workbook(tmp_path / "crm.xlsx"))
    assert not page.load_mapping_file(tmp_path / "weg.json")
    assert "weg.json cannot be used" in warnings[0]
    assert "No such file or directory" in warnings[0]


def test_a_name_typed_without_suffix_is_saved_as_json(qtbot, context, tmp_path, monkeypatch):
    _wizard, page = mapping_page(qtbot, context, crm_workbook(tmp_path / "crm.xlsx"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choosing(tmp_path / "kolommen", []))
    page.save_button.click()
    assert read_mapping_file(tmp_path / "kolommen.json").columns["Relatie"] == "name"


def test_a_mapping_the_import_would_refuse_is_not_saved(qtbot, context, tmp_path, warnings) -> None:
    _wizard, page = mapping_page(qtbot, context, crm_workbook(tmp_path / "crm.xlsx"))
    page.set_field("Code", "name")
    target = tmp_path / "m.json"
    assert not page.save_mapping_file(target)
    assert not target.exists()
    assert "• column 'Code': 'Name' is also chosen for column 'Relatie'" in warnings[0]
    page.set_field("Code", None)
    assert not page.save_mapping_file(tmp_path / "no-such-folder" / "m.json")
    assert "folder not found" in warnings[1]
    assert page.save_mapping_file(target) and target.exists()


def test_ctrl_o_and_ctrl_s_open_the_file_dialogs(qtbot, context, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_: asked.append("open") or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: asked.append("save") or ("", ""))
    wizard, page = mapping_page(qtbot, context, crm_workbook(tmp_path / "crm.xlsx"))
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    before = shown(page)
    qtbot.keyClick(wizard, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["open", "save"]
    assert shown(page) == before  # cancelled dialogs change nothing
