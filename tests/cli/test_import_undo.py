"""Undoing an import: what it created is removed, what it changed is put back."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from desktop.cli.main import main
from desktop.models import (
    Consortium,
    ConsortiumMember,
    Organisation,
    OrganisationTopsector,
    Participation,
    Project,
)
from desktop.models.queries.import_log import UndoRefused, undo_import
from desktop.services.importing.cordis_import import import_cordis
from desktop.services.importing.organisation_import import DuplicatePolicy, import_organisations
from desktop.services.lifecycle.opening import open_database
from tests.cli.test_cordis_import import ORGANISATIONS, PROJECTS, write_cordis


def counts(database) -> tuple[int, int, int]:
    with database.transaction() as session:
        return tuple(
            session.exec(select(func.count()).select_from(table)).one()
            for table in (Organisation, Project, Participation)
        )


def organisation(database, name: str) -> tuple[Organisation, list[str]]:
    with database.transaction() as session:
        org = session.exec(select(Organisation).where(Organisation.name == name)).one()
        codes = session.exec(
            select(OrganisationTopsector.topsector_code).where(
                OrganisationTopsector.organisation_id == org.id
            )
        ).all()
        return org, sorted(codes)


def test_undo_removes_created_and_restores_merged_and_updated(database, tmp_path) -> None:
    first = tmp_path / "first.csv"
    first.write_text("naam,kvk,sector\nVoltwise,11223344,energie\n")
    import_organisations(database, first)
    before = counts(database)
    deltares_before = organisation(database, "Deltares")
    second = tmp_path / "second.csv"
    second.write_text(
        "naam,kvk,sector,trefwoorden\n"
        "Voltwise B.V.,11223344,htsm,\n"  # updates by KvK number
        "Stichting Deltares,,chemie,zeespiegel\n"  # merged into Deltares
        "Nieuwkomer,,,\n"  # created
    )
    result = import_organisations(database, second, policy=DuplicatePolicy.MERGE)
    assert result.counts() == {"updated": 1, "merged": 1, "created": 1}
    with database.transaction() as session:
        assert undo_import(session, result.batch_id) == {
            "organisations removed": 1,
            "organisations restored": 2,
            "projects removed": 0,
            "projects restored": 0,
            "participations removed": 0,
        }
    assert counts(database) == before
    assert organisation(database, "Voltwise")[1] == ["energie"]
    deltares, codes = organisation(database, "Deltares")
    assert (deltares.aliases, deltares.keywords, codes) == (
        deltares_before[0].aliases,
        deltares_before[0].keywords,
        deltares_before[1],
    )
    with database.transaction() as session, pytest.raises(UndoRefused) as refused:
        undo_import(session, result.batch_id)
    assert refused.value.code == "already_undone"


def test_imports_are_undone_newest_first_and_not_after_edits(database, tmp_path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("naam\nEerste BV\n")
    first = import_organisations(database, path).batch_id
    path.write_text("naam\nTweede BV\n")
    second = import_organisations(database, path).batch_id
    with database.transaction() as session, pytest.raises(UndoRefused) as refused:
        undo_import(session, first)
    assert (refused.value.code, refused.value.later) == ("later_import", second)
    with database.transaction() as session:
        org = session.exec(select(Organisation).where(Organisation.name == "Tweede BV")).one()
        org.description = "by hand, after the import"
    with database.transaction() as session, pytest.raises(UndoRefused) as refused:
        undo_import(session, second)
    assert (refused.value.code, refused.value.names) == ("edited_since", ("Tweede BV",))


def test_organisations_in_a_consortium_block_the_undo(database, tmp_path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("naam\nPartner BV\n")
    result = import_organisations(database, path)
    with database.transaction() as session:
        consortium = Consortium(title="Waterstof")
        session.add(consortium)
        session.flush()
        member = ConsortiumMember(
            consortium_id=consortium.id, organisation_id=result.outcomes[0].organisation_id
        )
        session.add(member)
    with database.transaction() as session, pytest.raises(UndoRefused) as refused:
        undo_import(session, result.batch_id)
    assert (refused.value.code, refused.value.names) == ("in_consortium", ("Partner BV",))


def test_cordis_import_is_undone_whole(database, tmp_path) -> None:
    before = counts(database)
    delft_before, _codes = organisation(database, "Technische Universiteit Delft")
    result = import_cordis(database, *write_cordis(tmp_path, PROJECTS, ORGANISATIONS))
    assert counts(database) != before
    with database.transaction() as session:
        undo_import(session, result.batch_id)
    assert counts(database) == before
    delft, _codes = organisation(database, "Technische Universiteit Delft")
    assert (delft.pic, delft.aliases) == (delft_before.pic, delft_before.aliases)


def test_command_line_lists_and_undoes(database_url, tmp_path, capsys) -> None:
    path = tmp_path / "a.csv"
    path.write_text("naam\nEerste BV\n")
    assert main(["--db", database_url, "import", "organisations", str(path)]) == 0
    assert "stored as import #1 (undo with: helixmatch import undo 1)" in capsys.readouterr().out
    main(["--db", database_url, "import", "list"])
    assert "a.csv: 1 created" in capsys.readouterr().out
    assert main(["--db", database_url, "import", "undo"]) == 0
    assert "undid import #1: 1 organisations removed" in capsys.readouterr().out
    assert main(["--db", database_url, "import", "undo"]) == 1
    assert "there is no import to undo" in capsys.readouterr().err


def test_projects_import_is_logged_and_undone(database, tmp_path) -> None:
    from desktop.services.importing.importer import import_projects

    orgs = tmp_path / "o.csv"
    orgs.write_text("name,external_id\nAlfa,a\nBeta,b\n")
    import_organisations(database, orgs)
    projects, links = tmp_path / "p.csv", tmp_path / "l.csv"
    projects.write_text("external_id,title\np1,Samen\n")
    links.write_text("project_id,organisation_id,role\np1,a,coordinator\np1,b,partner\n")
    before = counts(database)
    dry = import_projects(database, projects, links, dry_run=True)
    assert dry.batch_id is None and counts(database) == before
    report = import_projects(database, projects, links)
    assert counts(database) == (before[0], before[1] + 1, before[2] + 2)
    with database.transaction() as session:
        undone = undo_import(session, report.batch_id)
    assert (undone["projects removed"], undone["participations removed"]) == (1, 2)
    assert counts(database) == before


def test_a_refused_undo_of_the_latest_import_names_it(database_url, tmp_path, capsys) -> None:
    path = tmp_path / "a.csv"
    path.write_text("naam\nEerste BV\n")
    assert main(["--db", database_url, "import", "organisations", str(path)]) == 0
    opened = open_database(database_url)
    with opened.database.transaction() as session:
        org = session.exec(select(Organisation).where(Organisation.name == "Eerste BV")).one()
        org.description = "by hand, after the import"
    opened.database.close()
    capsys.readouterr()
    assert main(["--db", database_url, "import", "undo"]) == 1
    assert (
        "organisations of import #1 were edited since: Eerste BV; nothing was undone"
        in capsys.readouterr().err
    )
