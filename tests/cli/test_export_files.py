"""Exports on disk: atomic writes, formula neutralisation, organisation lists, the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from sqlmodel import func, select

from desktop.cli.main import main
from desktop.models.queries.organisations.filter import OrganisationFilter
from desktop.models.tables.organisation import Organisation
from desktop.services.exporting import consortium_export, pdf_writer
from desktop.services.exporting.atomic import write_atomically
from desktop.services.exporting.cells import neutralised
from desktop.services.exporting.organisations import export_organisations
from desktop.services.lifecycle.opening import open_database
from desktop.services.progress import Cancelled, TaskState
from desktop.services.user_error import UserError
from tests.export_fixtures import TRICKY_NAME, build_consortium


def cancelled_state() -> TaskState:
    state = TaskState()
    state.cancel()
    return state


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+31 20 123", "'+31 20 123"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("Deltares", "Deltares"),
        ("a=b", "a=b"),
        (42, 42),
        (None, None),
    ],
)
def test_cells_that_start_like_a_formula_are_neutralised(value, expected) -> None:
    assert neutralised(value) == expected


def test_a_failing_writer_leaves_no_file_and_keeps_the_old_one(tmp_path) -> None:
    target = tmp_path / "proposal.pdf"

    def half_then_fail(temporary: Path) -> None:
        temporary.write_bytes(b"%PDF-1.4 half a file")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"the previous export")
    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the previous export"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failing_proposal_export_leaves_no_file(database, tmp_path, monkeypatch) -> None:
    built = build_consortium(database)

    def broken(proposal, language, path) -> None:
        path.write_text("half")
        raise ValueError("the writer broke")

    monkeypatch.setattr(pdf_writer, "write_pdf", broken)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ValueError):
        consortium_export.export_consortium(database, built.consortium_id, "pdf", folder / "p.pdf")
    assert list(folder.iterdir()) == []


def test_a_cancelled_export_leaves_no_file(database, tmp_path) -> None:
    built = build_consortium(database)
    folder = tmp_path / "exports"
    folder.mkdir()
    for file_format in ("pdf", "share"):
        with pytest.raises(Cancelled):
            consortium_export.export_consortium(
                database, built.consortium_id, file_format, folder / "p", state=cancelled_state()
            )
    assert list(folder.iterdir()) == []


def test_an_unwritable_place_is_a_clear_error(database, tmp_path) -> None:
    built = build_consortium(database)
    with pytest.raises(UserError, match="folder not found"):
        consortium_export.export_consortium(
            database, built.consortium_id, "json", tmp_path / "missing" / "p.json"
        )
    with pytest.raises(UserError, match="is a folder"):
        consortium_export.export_consortium(database, built.consortium_id, "json", tmp_path)


def test_organisations_to_csv_neutralise_formulas_and_follow_the_filter(database, tmp_path) -> None:
    build_consortium(database)
    path = tmp_path / "orgs.csv"
    count = export_organisations(database, "csv", path, OrganisationFilter(text="HYPERLINK"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert count == len(rows) == 1
    assert rows[0]["name"] == "'" + TRICKY_NAME
    assert rows[0]["keywords"] == "'@risk;waterstof"
    assert (rows[0]["kind"], rows[0]["type"], rows[0]["province"]) == ("company", "sme", "NL-GR")
    assert (rows[0]["kvk"], rows[0]["sme"], rows[0]["topsectors"]) == (
        "87654321",
        "true",
        "energie",
    )


def test_organisations_to_excel_keep_formulas_as_text(database, tmp_path) -> None:
    build_consortium(database)
    path = tmp_path / "orgs.xlsx"
    wanted = OrganisationFilter(kind="company", province_code="NL-GR")
    count = export_organisations(database, "xlsx", path, wanted)
    with database.transaction() as session:
        expected = session.exec(
            select(func.count())
            .select_from(Organisation)
            .where(Organisation.kind == "company", Organisation.province_code == "NL-GR")
        ).one()
    sheet = load_workbook(path)["organisations"]
    assert count == expected == sheet.max_row - 1
    names = {row[0].value: row[0] for row in sheet.iter_rows(min_row=2)}
    cell = names[TRICKY_NAME]
    assert cell.data_type == "s" and cell.quotePrefix
    assert all(row[4].value == "company" for row in sheet.iter_rows(min_row=2))


def test_exported_organisations_import_into_another_database(database, tmp_path, capsys) -> None:
    """The export speaks the exchange format: a demo list goes into an empty database whole."""
    path = tmp_path / "demo.csv"
    count = export_organisations(database, "csv", path, OrganisationFilter(demo=True))
    other = tmp_path / "other.db"
    assert _run(capsys, "--db", str(other), "init", "--empty")[0] == 0
    code, out, err = _run(capsys, "--db", str(other), "import", "organisations", str(path))
    assert code == 0, err
    assert f"{count} created" in out
    opened = open_database(f"sqlite:///{other}")
    try:
        with opened.database.transaction() as session:
            names = set(session.exec(select(Organisation.name)))
    finally:
        opened.database.close()
    with database.transaction() as session:
        demo = set(session.exec(select(Organisation.name).where(Organisation.origin == "demo")))
    assert names == demo


def test_command_line_exports_a_consortium_in_each_format(database_url, tmp_path, capsys) -> None:
    opened = open_database(database_url)
    try:
        built = build_consortium(opened.database)
    finally:
        opened.database.close()
    for suffix in ("pdf", "docx", "xlsx", "json"):
        target = tmp_path / f"proposal.{suffix}"
        code, out, err = _run(
            capsys,
            "--db",
            database_url,
            "export",
            "consortium",
            str(built.consortium_id),
            "-o",
            str(target),
            "--language",
            "nl",
        )
        assert code == 0, err
        assert f"written to {target} ({suffix})" in out
        assert target.stat().st_size > 1000
    document = json.loads((tmp_path / "proposal.json").read_text("utf-8"))
    assert document["consortium"]["id"] == built.consortium_id


def test_command_line_errors_are_one_line_and_write_nothing(database_url, tmp_path, capsys):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    code, _, err = _run(
        capsys, "--db", database_url, "export", "consortium", "999", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 1 and err.strip() == "helixmatch: there is no consortium with id 999"
    code, _, err = _run(
        capsys, "--db", database_url, "export", "consortium", "1", "-o", str(tmp_path / "x.txt")
    )
    assert code == 1 and "give --format" in err
    code, _, err = _run(
        capsys,
        "--db",
        database_url,
        "export",
        "organisations",
        "-o",
        str(tmp_path / "o.csv"),
        "--province",
        "Atlantis",
    )
    assert code == 1 and "--province 'Atlantis' is unknown" in err
    assert list(tmp_path.iterdir()) == []


def test_command_line_exports_filtered_organisations(database_url, tmp_path, capsys) -> None:
    target = tmp_path / "o.xlsx"
    code, out, err = _run(
        capsys,
        "--db",
        database_url,
        "export",
        "organisations",
        "-o",
        str(target),
        "--type",
        "universiteit",
        "--province",
        "Zuid-Holland",
    )
    assert code == 0, err
    sheet = load_workbook(target).active
    names = sorted(row[0].value for row in sheet.iter_rows(min_row=2))
    assert {"Erasmus Universiteit Rotterdam", "Technische Universiteit Delft",
            "Universiteit Leiden"} <= set(names)  # fmt: skip
    assert out.startswith(f"{len(names)} organisations written")


def test_an_organisation_export_reports_progress_and_can_be_cancelled(database, tmp_path):
    seen: list[tuple[int, int]] = []
    path = tmp_path / "all.csv"

    class Followed(TaskState):
        def report(self, done: int, total: int, step: str = "") -> None:
            seen.append((done, total))

    count = export_organisations(database, "csv", path, state=Followed())
    assert seen[0] == (0, count) and seen[-1] == (count, count)
    with pytest.raises(Cancelled):
        export_organisations(database, "xlsx", tmp_path / "none.xlsx", state=cancelled_state())
    assert not (tmp_path / "none.xlsx").exists()


def test_control_characters_do_not_break_any_format(database, tmp_path) -> None:
    """XML-based files cannot hold control characters: they are left out, the rest stays."""
    from desktop.models.queries.consortia import (
        ConsortiumDraft,
        MemberDraft,
        create_consortium,
    )

    with database.transaction() as session:
        lead = session.exec(select(Organisation.id).where(Organisation.is_sme.is_(True))).first()
        consortium_id = create_consortium(
            session,
            ConsortiumDraft("Bel\x07 en\x00 tab\tproject", (MemberDraft(lead, "lead", "x\x1by"),)),
        )
    for file_format in ("pdf", "docx", "xlsx", "json"):
        path = tmp_path / f"p.{file_format}"
        consortium_export.export_consortium(database, consortium_id, file_format, path)
        assert path.stat().st_size > 0
    assert load_workbook(tmp_path / "p.xlsx")["Partners"]["A2"].value
    assert "Bel en tab" in docx.Document(tmp_path / "p.docx").paragraphs[1].text


@pytest.mark.parametrize(
    ("options", "condition"),
    [
        (["--sme", "--province", "Groningen"], "is_sme = 1 AND province_code = 'NL-GR'"),
        (["--no-demo", "--kind", "knowledge"], "origin != 'demo' AND kind = 'knowledge'"),
        (["--demo-only", "--topsector", "energie"],
         "origin = 'demo' AND id IN (SELECT organisation_id FROM organisation_topsector "
         "WHERE topsector_code = 'energie')"),
        (["--mission", "ET-A"],
         "id IN (SELECT organisation_id FROM organisation_mission WHERE mission_code = 'ET-A')"),
    ],
)  # fmt: skip
def test_command_line_filters_choose_the_organisations(
    database_path, tmp_path, capsys, options, condition
) -> None:
    import sqlite3

    target = tmp_path / "o.csv"
    code, out, err = _run(
        capsys, "--db", str(database_path), "export", "organisations", "-o", str(target), *options
    )
    assert code == 0, err
    with sqlite3.connect(database_path) as connection:
        expected = {
            name
            for (name,) in connection.execute(f"SELECT name FROM organisation WHERE {condition}")
        }
    with target.open(encoding="utf-8-sig", newline="") as handle:
        names = {row["name"] for row in csv.DictReader(handle)}
    assert names == expected and expected
    assert out.startswith(f"{len(expected)} organisations written")
