"""Demonstration organisations stay recognisable in every export, in both languages. No Qt."""

from __future__ import annotations

import csv
import json
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from desktop.cli.main import main
from desktop.models.tables.consortium import ConsortiumMember
from desktop.models.tables.organisation import Organisation
from desktop.services.exporting.consortium_export import export_consortium
from desktop.services.exporting.organisations import export_organisations
from desktop.services.exporting.share_format import ENTRY
from desktop.services.importing.share_file import apply_share_import, plan_share_import
from desktop.services.lifecycle.builtin_data import remove_demo_data
from desktop.services.lifecycle.opening import open_database
from tests.export_fixtures import MADE_ON, build_consortium

DEMO = "Wadgloed Waterstof B.V."  # the lead of the test consortium, a demonstration company
TAGGED = f"{DEMO} [Demo]"
REAL = "Rijksuniversiteit Groningen"


@pytest.fixture
def built(database):
    return build_consortium(database)


def _export(database, built, file_format: str, path: Path, language: str = "en") -> Path:
    export_consortium(
        database, built.consortium_id, file_format, path, language=language, made_on=MADE_ON
    )
    return path


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("en", "Contains demonstration data: Wadgloed Waterstof B.V. is a fictional organisation"),
        ("nl", "Bevat demonstratiegegevens: Wadgloed Waterstof B.V. is een verzonnen organisatie"),
    ],
)
def test_the_pdf_tags_the_demonstration_member_and_says_so_on_the_cover(
    database, built, tmp_path, language, note
) -> None:
    reader = PdfReader(_export(database, built, "pdf", tmp_path / "p.pdf", language))
    cover = " ".join(reader.pages[0].extract_text().split())
    assert note in cover
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert TAGGED in text
    assert f"{REAL} [Demo]" not in text  # real organisations carry no tag


def test_the_word_document_tags_the_demonstration_member(database, built, tmp_path) -> None:
    document = docx.Document(_export(database, built, "docx", tmp_path / "p.docx", "nl"))
    members = next(t for t in document.tables if t.cell(0, 1).text == "Helix")
    names = [row.cells[0].text for row in members.rows[1:]]
    assert TAGGED in names and REAL in names
    paragraphs = [p.text for p in document.paragraphs]
    assert any(p.startswith("Bevat demonstratiegegevens: Wadgloed") for p in paragraphs)
    assert f"{TAGGED} (Penvoerder)" in paragraphs  # the heading of why it is there


def test_both_excel_sheets_tag_the_demonstration_member(database, built, tmp_path) -> None:
    workbook = load_workbook(_export(database, built, "xlsx", tmp_path / "p.xlsx"))
    partners, budget = workbook.worksheets[:2]  # the third sheet is the proposal's summary
    for sheet in (partners, budget):
        names = [row[0].value for row in sheet.iter_rows(min_row=2)]
        assert TAGGED in names and REAL in names


def test_the_json_proposal_gives_every_member_its_origin(database, built, tmp_path) -> None:
    document = json.loads(_export(database, built, "json", tmp_path / "p.json").read_text())
    origins = {m["organisation"]["name"]: m["organisation"]["origin"] for m in document["members"]}
    assert origins[DEMO] == "demo" and origins[REAL] == "reference"


def test_a_share_file_carries_the_origin_and_the_import_keeps_it(
    database, built, tmp_path, template_database
) -> None:
    path = _export(database, built, "share", tmp_path / "c.helixshare")
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read(ENTRY))
    assert document["schema_version"] == 3
    origins = {o["name"]: o["origin"] for o in document["organisations"]}
    assert origins[DEMO] == "demo" and origins[REAL] == "reference"

    # A colleague without the demonstration data gets it as demonstration data, not as real.
    colleague = tmp_path / "colleague.db"
    shutil.copyfile(template_database, colleague)
    other = open_database(f"sqlite:///{colleague}").database
    try:
        with other.transaction() as session:
            remove_demo_data(session)
        plan = plan_share_import(other, path)
        placement = next(p for p in plan.placements if p.name == DEMO)
        assert placement.demo and placement.existing_id is None
        consortium_id = apply_share_import(other, plan)
        with other.transaction() as session:
            origin = session.exec(
                select(Organisation.origin)
                .join(ConsortiumMember, ConsortiumMember.organisation_id == Organisation.id)
                .where(ConsortiumMember.consortium_id == consortium_id, Organisation.name == DEMO)
            ).one()
        assert origin == "demo"
    finally:
        other.close()


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_organisation_list_says_which_rows_are_demonstration_data(
    database, tmp_path, file_format
) -> None:
    path = tmp_path / f"list.{file_format}"
    export_organisations(database, file_format, path)
    if file_format == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    else:
        sheet = load_workbook(path).active
        values = list(sheet.iter_rows(values_only=True))
        rows = [dict(zip(values[0], row, strict=True)) for row in values[1:]]
    demo = {row["name"]: row["demo"] for row in rows}
    assert demo[DEMO] == "true" and demo[REAL] == "false"


def test_the_command_line_warns_on_stderr_and_still_exports(
    database_url, database, built, tmp_path, capsys
) -> None:
    target = tmp_path / "p.pdf"
    code = main(["--db", database_url, "export", "consortium", str(built.consortium_id),
                 "-o", str(target)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0 and target.is_file()
    assert "warning:" in captured.err and DEMO in captured.err and "[Demo]" in captured.err
    assert "warning" not in captured.out
