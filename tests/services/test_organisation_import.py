"""Importing users' spreadsheets: reading CSV and Excel, column mapping, validation, and
de-duplication against the database and within the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import func, select

from desktop.models import Organisation, OrganisationTopsector
from desktop.services.importing.encoding import UnknownEncoding, decode
from desktop.services.importing.mapping import ORGANISATION_HEADERS as HEADERS
from desktop.services.importing.mapping import (
    ColumnMapping,
    read_mapping_file,
    suggest_columns,
    write_mapping_file,
)
from desktop.services.importing.organisation_import import DuplicatePolicy, import_organisations
from desktop.services.importing.problems import ImportRefused, describe_problem
from desktop.services.importing.sheet import read_sheet
from desktop.services.progress import Cancelled, TaskState

SPECTRUM = Path(__file__).parents[1] / "data" / "csv-spectrum"


def count(database) -> int:
    with database.transaction() as session:
        return session.exec(select(func.count()).select_from(Organisation)).one()


def stored(database, name: str) -> Organisation:
    with database.transaction() as session:
        return session.exec(select(Organisation).where(Organisation.name == name)).one()


def problems_of(refused: pytest.ExceptionInfo[ImportRefused]) -> list[str]:
    return [describe_problem(p) for p in refused.value.problems]


@pytest.mark.parametrize("name", sorted(p.stem for p in (SPECTRUM / "csvs").glob("*.csv")))
def test_csv_spectrum_files_read_as_their_json_says(name: str) -> None:
    sheet = read_sheet(SPECTRUM / "csvs" / f"{name}.csv")
    records = [dict(zip(sheet.headers, row.cells, strict=True)) for row in sheet.rows]
    expected = json.loads((SPECTRUM / "json" / f"{name}.json").read_text(encoding="utf-8"))
    if name == "location_coordinates":  # the package's JSON has another phone number
        expected = [{**expected, "Contact Phone Number": "2095257564"}]
    assert records == expected


def test_dutch_excel_export_with_semicolons_bom_and_newlines(database, tmp_path) -> None:
    text = (
        "Bedrijfsnaam;KvK-nummer;Vestigingsplaats;Postcode;Website;Omschrijving;Sector\r\n"
        'Zonnepark Één B.V.;"1234 5678";Zwolle;8011AB;zonnepark.nl;"Zon\r\nen wind";Energie\r\n'
    )
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeff".encode() + text.encode())
    result = import_organisations(database, path)
    assert result.prepared.source == "UTF-8 with BOM, semicolon-separated"
    org = stored(database, "Zonnepark Één B.V.")
    assert (org.kvk, org.postcode, org.municipality_code) == ("12345678", "8011 AB", "GM0193")
    assert org.description == "Zon\r\nen wind" and org.website == "https://zonnepark.nl"


def test_windows_1252_is_detected_and_other_encodings_are_refused() -> None:
    text = "naam;plaats\nCafé Ñandú – ‘t Hoekje;Zürich €\n"
    assert decode(text.encode("cp1252")).encoding == "Windows-1252"
    assert decode(text.encode("utf-8")).encoding == "UTF-8"
    assert decode(text.encode("utf-16")).text == text
    for encoding, sample in (("iso-8859-2", "Kołobrzeg Łódź"), ("mac-roman", "Café Zürich")):
        with pytest.raises(UnknownEncoding):
            decode(f"naam\n{sample}\n".encode(encoding))


def test_unknown_encoding_refuses_the_file_with_its_reason(database, tmp_path) -> None:
    path = tmp_path / "polish.csv"
    path.write_bytes("name\nPolitechnika Łódzka\n".encode("iso-8859-2"))
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    assert "polish.csv: cannot tell its text encoding" in problems_of(refused)[0]
    assert "save it as CSV UTF-8" in problems_of(refused)[0]


def workbook(path: Path) -> Path:
    book = Workbook()
    notes = book.active
    notes.title = "Toelichting"
    notes.append(["Relaties van de ROM, export uit het CRM"])
    members = book.create_sheet("Leden")
    members.append(["Naam organisatie", "KvK nummer", "Plaats", "Aantal medewerkers", "MKB"])
    members.append(["Kaasmakerij Noord", 1234567, "Leeuwarden", 12, True])
    members.append([None, None, None, None, None])
    members.append(["Polder Robotics BV", 87654321, "Delft", 48.0, False])
    book.save(path)
    return path


def test_excel_workbook_sheet_by_name_with_numbers_and_booleans(database, tmp_path) -> None:
    path = workbook(tmp_path / "leden.xlsx")
    sheet = read_sheet(path, "Leden")
    assert sheet.source == "sheet 'Leden'"
    assert [row.number for row in sheet.rows] == [2, 4]
    assert sheet.rows[1].cells == ("Polder Robotics BV", "87654321", "Delft", "48", "false")
    with pytest.raises(ImportRefused) as refused:  # the first sheet has no name column
        import_organisations(database, path)
    assert any("no column is mapped to the required field" in p for p in problems_of(refused))
    result = import_organisations(database, path, sheet="Leden")
    assert [describe_problem(p) for p in result.prepared.problems] == [
        "leden.xlsx row 2, column 'KvK nummer': warning: the workbook holds 1234567 as a number, "
        "which drops leading zeros; read as KvK number 01234567"
    ]
    assert stored(database, "Kaasmakerij Noord").kvk == "01234567"
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path, sheet="Blad1")
    assert "has no sheet 'Blad1' (sheets: Toelichting, Leden)" in problems_of(refused)[0]


def test_old_excel_and_broken_workbooks_are_refused(database, tmp_path) -> None:
    old = tmp_path / "oud.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    for path, expected in ((old, "old Excel workbook"), (broken, "not a readable Excel")):
        with pytest.raises(ImportRefused) as refused:
            import_organisations(database, path)
        assert expected in problems_of(refused)[0]


def test_header_suggestions_dutch_and_english() -> None:
    headers = ("Bedrijfsnaam", "KvK-nummer", "Vestigingsplaats", "Postcode", "Website",
               "Omschrijving", "Sector", "Company name", "E-mail")  # fmt: skip
    assert suggest_columns(headers, HEADERS) == {
        "Bedrijfsnaam": "name", "KvK-nummer": "kvk", "Vestigingsplaats": "city",
        "Postcode": "postcode", "Website": "website", "Omschrijving": "description",
        "Sector": "topsectors", "Company name": None, "E-mail": None,
    }  # fmt: skip


def test_mapping_file_and_defaults(database, tmp_path) -> None:
    data = tmp_path / "crm.csv"
    data.write_text("Relatie,Code,Soort\nGroene Vezels,c-1,\nBlauwe Golf,c-2,startup\n")
    mapping = tmp_path / "mapping.json"
    content = {"columns": {"code": "external_id"}, "defaults": {"type": "sme"}}
    mapping.write_text(json.dumps(content))
    result = import_organisations(database, data, mapping=read_mapping_file(mapping))
    assert result.prepared.columns == {"Relatie": "name", "Code": "external_id", "Soort": "type"}
    assert stored(database, "Groene Vezels").type == "sme"
    assert stored(database, "Blauwe Golf").type == "startup"
    assert stored(database, "Blauwe Golf").external_id == "c-2"


def test_a_written_mapping_file_reads_back_as_it_was(tmp_path) -> None:
    mapping = ColumnMapping({"Naam organisatie": "name", "Één of ander": None}, {"country": "NL"})
    path = tmp_path / "kolommen.json"
    path.write_text("old")
    write_mapping_file(path, mapping)
    assert read_mapping_file(path) == mapping
    assert "Één of ander" in path.read_text(encoding="utf-8")  # readable, not \u escapes


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{", "not JSON"),
        ('{"columns": {"Relatie": 3}}', '"columns" must map column headers'),
        ('{"colums": {}}', 'expected an object with "columns" and "defaults"'),
    ],
)
def test_broken_mapping_files_are_refused(tmp_path, content, expected) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(content)
    with pytest.raises(ImportRefused) as refused:
        read_mapping_file(path)
    assert expected in problems_of(refused)[0]


def test_mapping_mistakes_are_listed_together(database, tmp_path) -> None:
    data = tmp_path / "x.csv"
    data.write_text("Naam,Stad,Ander\nA,Delft,b\n")
    mapping = ColumnMapping({"Stad": "name", "Ander": "colour", "Land": "country"}, {"size": "1"})
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, data, mapping=mapping)
    lines = problems_of(refused)
    assert "x.csv row 1, column 'Land': the mapping names a column the file does not have" in lines
    assert any("column 'Stad': is mapped to 'name', like column 'Naam'" in line for line in lines)
    assert any("column 'Ander': is mapped to 'colour', which is not" in line for line in lines)
    assert any("a default is given for 'size', which is neither" in line for line in lines)


def test_an_error_in_the_middle_stores_nothing(database, tmp_path) -> None:
    rows = [f"Bedrijf {i},Delft,{10000000 + i}" for i in range(1000)]
    rows[500] = "Bedrijf 500,Delft,5"
    rows[700] = "Bedrijf 700,Delft,10000001"
    path = tmp_path / "groot.csv"
    path.write_text("naam,plaats,kvk\n" + "\n".join(rows) + "\n")
    before = count(database)
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    assert problems_of(refused) == [
        "groot.csv row 702, column 'kvk': '10000001' occurs more than once in this file "
        "(first in row 3)",
        "groot.csv row 502, column 'kvk': '5' is not a KvK number of 8 digits",
    ]
    assert count(database) == before


def test_warnings_do_not_stop_the_import(database, tmp_path) -> None:
    path = tmp_path / "w.csv"
    path.write_text("naam,plaats,kleur\nAtlantis Labs,Atlantis,blauw\n")
    result = import_organisations(database, path)
    assert [(w.code, w.row, w.column) for w in result.prepared.problems] == [
        ("ignored_column", 1, "kleur"),
        ("unknown_place", 2, "plaats"),
    ]
    assert result.counts() == {"created": 1}


DUPLICATES = (
    "naam,plaats,website,trefwoorden\n"
    "Stichting Deltares,Delft,,zeespiegel\n"  # the reference organisation Deltares
    "Zeewind Techniek B.V.,Den Helder,zeewind.nl,wind\n"
    "ZEEWIND TECHNIEK,Den Helder,,offshore\n"  # the row above
    "T.U. Delft,,,\n"  # TU Delft, by its short name
)


@pytest.mark.parametrize(
    ("policy", "actions", "added"),
    [
        ("skip", ["skipped", "created", "skipped", "skipped"], 1),
        ("keep", ["kept", "created", "kept", "kept"], 4),
        ("merge", ["merged", "created", "merged", "merged"], 1),
    ],
)
def test_duplicate_policies(database, tmp_path, policy, actions, added) -> None:
    path = tmp_path / "dups.csv"
    path.write_text(DUPLICATES)
    before = count(database)
    result = import_organisations(database, path, policy=DuplicatePolicy(policy))
    assert [o.action.value for o in result.outcomes] == actions
    assert count(database) == before + added
    first = result.outcomes[0].match
    assert first.name == "Deltares" and first.score == 100.0
    assert {e.code for e in first.evidence} == {"same_name", "same_place"}
    assert result.outcomes[2].match.row == 3
    if policy == "merge":
        deltares = stored(database, "Deltares")
        assert "Stichting Deltares" in deltares.aliases and "zeespiegel" in deltares.keywords
        zeewind = stored(database, "Zeewind Techniek B.V.")
        assert zeewind.keywords == ["wind", "offshore"]
        assert "ZEEWIND TECHNIEK" in zeewind.aliases


def test_dry_run_decides_but_stores_nothing(database, tmp_path) -> None:
    path = tmp_path / "dups.csv"
    path.write_text(DUPLICATES)
    before = count(database)
    result = import_organisations(database, path, dry_run=True)
    assert result.counts() == {"skipped": 3, "created": 1}
    assert result.outcomes[1].organisation_id is None
    assert count(database) == before


def test_reimport_by_kvk_updates_and_links_topsectors(database, tmp_path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("naam,kvk,sector\nVoltwise,11223344,energie\n")
    import_organisations(database, path)
    path.write_text("naam,kvk,sector\nVoltwise Nederland B.V.,11223344,energie;htsm\n")
    result = import_organisations(database, path)
    assert result.counts() == {"updated": 1}
    org = stored(database, "Voltwise Nederland B.V.")
    with database.transaction() as session:
        codes = session.exec(
            select(OrganisationTopsector.topsector_code).where(
                OrganisationTopsector.organisation_id == org.id
            )
        ).all()
    assert sorted(codes) == ["energie", "htsm"]


def test_reviewed_decisions_override_the_policy_per_row(database, tmp_path) -> None:
    path = tmp_path / "dups.csv"
    path.write_text(DUPLICATES)
    decisions = {2: DuplicatePolicy.MERGE, 5: DuplicatePolicy.KEEP}
    result = import_organisations(database, path, decisions=decisions)
    assert [o.action.value for o in result.outcomes] == ["merged", "created", "skipped", "kept"]


def test_progress_can_cancel_and_nothing_is_stored(database, tmp_path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("naam\n" + "".join(f"Bedrijf {i}\n" for i in range(2500)))
    before = count(database)

    class StopWhileComparing(TaskState):
        def report(self, done: int, total: int, step: str = "") -> None:
            if step == "compare" and done >= 1000:
                self.cancel()

    with pytest.raises(Cancelled):
        import_organisations(database, path, state=StopWhileComparing())
    assert count(database) == before
