"""KvK numbers typed as numbers in Excel lose their leading zero (cell value 1234567 for KvK
01234567): the import restores it and says so; anything else that is no KvK number is refused.
Also: Dutch postcodes typed with odd white space."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import select

from desktop.cli.main import main
from desktop.models import Organisation
from desktop.services.importing.organisation_import import Action, import_organisations
from desktop.services.importing.problems import WARNING, ImportRefused, describe_problem


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Bedrijfsnaam", "KvK-nummer", "Plaats"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def with_float_cell(path: Path, whole: int) -> Path:
    """The workbook with the number ``whole`` stored as a float (``1234567.0``), as some
    spreadsheet programs write whole numbers."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert f"<v>{whole}</v>".encode() in parts[sheet]
    parts[sheet] = parts[sheet].replace(f"<v>{whole}</v>".encode(), f"<v>{whole}.0</v>".encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return path


def kvk_of(database, name: str) -> str | None:
    with database.transaction() as session:
        return session.exec(select(Organisation.kvk).where(Organisation.name == name)).one()


def test_numeric_kvk_cells_get_their_leading_zeros_back_with_a_warning(database, tmp_path):
    path = workbook(
        tmp_path / "leden.xlsx",
        [
            ["Kaasmakerij Noord", 1234567, "Leeuwarden"],
            ["Friese Zuivel", 2345678, "Harlingen"],  # written as 2345678.0 below
            ["Polder Robotics", 87654321, "Delft"],
            ["Tekst BV", "03456789", "Zwolle"],  # a text cell keeps its zero
            ["Geen Nummer BV", None, "Delft"],
        ],
    )
    with_float_cell(path, 2345678)
    result = import_organisations(database, path)
    assert [(p.row, p.column, p.code, p.severity) for p in result.prepared.problems] == [
        (2, "KvK-nummer", "kvk_zeros_restored", WARNING),
        (3, "KvK-nummer", "kvk_zeros_restored", WARNING),
    ]
    assert describe_problem(result.prepared.problems[1]) == (
        "leden.xlsx row 3, column 'KvK-nummer': warning: the workbook holds 2345678 as a "
        "number, which drops leading zeros; read as KvK number 02345678"
    )
    assert [kvk_of(database, name) for name in (
        "Kaasmakerij Noord", "Friese Zuivel", "Polder Robotics", "Tekst BV", "Geen Nummer BV",
    )] == ["01234567", "02345678", "87654321", "03456789", None]  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        (123456789, "123456789"),  # nine digits
        (1234567.5, "1234567.5"),  # a fraction; its point is not a thousands separator
        (-1234567, "-1234567"),
        (0, "0"),
        (123456, "123456"),  # six digits: not a number that only lost its leading zero
    ],
)
def test_numbers_that_are_no_kvk_number_are_still_refused(database, tmp_path, cell, shown):
    path = workbook(tmp_path / "fout.xlsx", [["Goed BV", 1234567, "Delft"], ["Fout BV", cell, ""]])
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    errors = [describe_problem(p) for p in refused.value.problems if p.severity != WARNING]
    assert errors == [
        f"fout.xlsx row 3, column 'KvK-nummer': '{shown}' is not a KvK number of 8 digits"
    ]
    assert kvk_of_all(database) == set()


def kvk_of_all(database) -> set[str]:
    with database.transaction() as session:
        return {kvk for kvk in session.exec(select(Organisation.kvk)) if kvk}


def test_seven_digits_in_a_csv_file_get_their_zero_back_with_a_warning(database, tmp_path):
    """Excel drops the leading zero when it saves CSV, too: seven digits are a KvK number that
    lost it; six digits or a number with spaces missing a digit stay errors."""
    path = tmp_path / "leden.csv"
    path.write_text("naam;kvk\nKaasmakerij Noord;1234567\nFriese Zuivel;23456789\n",
                    encoding="cp1252")  # fmt: skip
    result = import_organisations(database, path)
    assert [describe_problem(p) for p in result.prepared.problems] == [
        "leden.csv row 2, column 'kvk': warning: '1234567' has seven digits: Excel drops the "
        "leading zero of a KvK number when it saves CSV; read as KvK number 01234567"
    ]
    assert kvk_of(database, "Kaasmakerij Noord") == "01234567"
    assert kvk_of(database, "Friese Zuivel") == "23456789"
    for wrong in ("123456", "1234 567"):
        path.write_text(f"naam;kvk\nFout BV;{wrong}\n", encoding="utf-8")
        with pytest.raises(ImportRefused) as refused:
            import_organisations(database, path)
        assert [p.code for p in refused.value.problems] == ["bad_kvk"]


def test_a_restored_number_is_the_same_id_as_the_number_written_out(database, tmp_path):
    path = workbook(
        tmp_path / "dubbel.xlsx",
        [["Kaasmakerij Noord", 1234567, ""], ["Kaasmakerij Noord BV", "0123 4567", ""]],
    )
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    errors = [describe_problem(p) for p in refused.value.problems if p.severity != WARNING]
    assert errors == [
        "dubbel.xlsx row 3, column 'KvK-nummer': '01234567' occurs more than once in this file "
        "(first in row 2)"
    ]


def test_reimporting_the_workbook_updates_by_the_restored_number(database, tmp_path):
    text = tmp_path / "eerst.csv"
    text.write_text("naam,kvk\nKaasmakerij Noord,01234567\n", encoding="utf-8")
    import_organisations(database, text)
    path = workbook(tmp_path / "later.xlsx", [["Kaasmakerij Noord B.V.", 1234567, "Dokkum"]])
    result = import_organisations(database, path)
    assert [outcome.action for outcome in result.outcomes] == [Action.UPDATED]
    assert kvk_of(database, "Kaasmakerij Noord B.V.") == "01234567"


def test_the_command_line_prints_and_files_the_restored_zero(database_url, tmp_path, capsys):
    path = workbook(tmp_path / "leden.xlsx", [["Kaasmakerij Noord", 1234567, "Leeuwarden"]])
    problems = tmp_path / "problems.csv"
    code = main(["--db", database_url, "import", "organisations", str(path), "--dry-run",
                 "--problems", str(problems)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0
    assert "row 2, column 'KvK-nummer': warning: the workbook holds 1234567 as a number" in err
    with problems.open(encoding="utf-8-sig") as handle:
        listed = [(r["row"], r["severity"], r["code"]) for r in csv.DictReader(handle)]
    assert listed == [("2", "warning", "kvk_zeros_restored")]


@pytest.mark.parametrize("typed", ["1234\u00a0ab", "1234  AB", "1234\tAB", " 1234AB "])
def test_postcodes_with_odd_white_space_are_read(database, tmp_path, typed):
    book = Workbook()
    book.active.append(["Bedrijfsnaam", "Postcode"])
    book.active.append(["Kustlab", typed])
    book.save(tmp_path / "p.xlsx")
    import_organisations(database, tmp_path / "p.xlsx")
    with database.transaction() as session:
        postcode = session.exec(
            select(Organisation.postcode).where(Organisation.name == "Kustlab")
        ).one()
    assert postcode == "1234 AB"


@pytest.mark.parametrize("typed", ["1234", "0123 AB", "1234 A B", "1234-AB-5"])
def test_what_is_no_postcode_is_still_refused(database, tmp_path, typed):
    path = tmp_path / "p.csv"
    path.write_text(f"naam;postcode\nKustlab;{typed}\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    assert [p.code for p in refused.value.problems] == ["bad_postcode"]
