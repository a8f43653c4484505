"""``helixmatch import cordis``: the CORDIS project and organisation files as the EU publishes
them (Horizon Europe column names), written here in that format."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import func, select

from desktop.cli.main import main
from desktop.models import Organisation, Participation, Project
from desktop.services.importing.cordis_import import import_cordis
from desktop.services.importing.problems import ImportRefused, describe_problem

PROJECT_HEADER = (
    "id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;"
    "frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;contentUpdateDate;rcn;"
    "grantDoi"
)
ORGANISATION_HEADER = (
    "projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;"
    "postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;order;role;"
    "ecContribution;netEcContribution;totalCost;endOfParticipation;active"
)
PROJECTS = [
    "101056789;H2GRID;SIGNED;Hydrogen in the grid;2022-09-01;2026-08-31;4999750,00;4999750,00;"
    "HORIZON.2.5;HORIZON-CL5-2021-D3-02-01;HORIZON;HORIZON-CL5-2021-D3-02;HORIZON-CL5-2021-D3-02;"
    'HORIZON-RIA;;"Electrolysers; storage and\nthe grid.";2023-01-10;240000;10.3030/101056789',
    "101070001;SOILCARE;SIGNED;Healthy soils;2023-01-01;2027-12-31;3000000;3000000;HORIZON.2.6;"
    "T;HORIZON;C;C;HORIZON-IA;;Soil health.;2023-02-01;240001;doi",
]
ORGANISATIONS = [
    "101056789;H2GRID;999977366;;TECHNISCHE UNIVERSITEIT DELFT;TU Delft;false;HES;Stevinweg 1;"
    "2628 CN;Delft;NL;NL333;;http://www.tudelft.nl;;1;coordinator;1200000,5;1200000;1200000;"
    "false;true",
    "101056789;H2GRID;912345678;;Waterstof Noord BV;WSN;true;PRC;;9712CP;Groningen;NL;NL113;;"
    "waterstofnoord.nl;;2;participant;800000;800000;800000;false;true",
    "101056789;H2GRID;987654321;;Fraunhofer Gesellschaft zur Förderung der angewandten "
    "Forschung e.V.;Fraunhofer;false;REC;;80686;München;DE;DE212;;www.fraunhofer.de;;3;"
    "participant;900000;900000;900000;false;true",
    "101070001;SOILCARE;987654321;;Fraunhofer Gesellschaft zur Förderung der angewandten "
    "Forschung e.V.;Fraunhofer;false;REC;;80686;München;DE;DE212;;www.fraunhofer.de;;1;"
    "coordinator;1000000;1000000;1000000;false;true",
    "101070001;SOILCARE;955555555;;Agricultural University of Athens;AUA;false;HES;;11855;"
    "Athens;EL;EL303;;;;2;participant;500000;500000;500000;false;true",
]


def write_cordis(folder: Path, projects: list[str], organisations: list[str]) -> tuple[Path, Path]:
    project_file, organisation_file = folder / "project.csv", folder / "organization.csv"
    project_file.write_text(PROJECT_HEADER + "\n" + "\n".join(projects) + "\n", encoding="utf-8")
    organisation_file.write_text(
        ORGANISATION_HEADER + "\n" + "\n".join(organisations) + "\n", encoding="utf-8"
    )
    return project_file, organisation_file


def counts(database) -> tuple[int, int, int]:
    with database.transaction() as session:
        return tuple(
            session.exec(select(func.count()).select_from(table)).one()
            for table in (Organisation, Project, Participation)
        )


def test_projects_with_dutch_partners_give_organisations_their_track_record(
    database, tmp_path
) -> None:
    files = write_cordis(tmp_path, PROJECTS, ORGANISATIONS)
    before = counts(database)
    result = import_cordis(database, *files, dutch_partners_only=True)
    assert [p.acronym for p in result.data.projects] == ["H2GRID"]
    assert counts(database) == (before[0] + 2, before[1] + 1, before[2] + 3)
    delft = result.organisations[0]
    assert delft.action.value == "merged"  # by the PIC the built-in TU Delft has
    with database.transaction() as session:
        assert (
            session.get(Organisation, delft.organisation_id).name == "Technische Universiteit Delft"
        )
    with database.transaction() as session:
        project = session.exec(
            select(Project).where(Project.external_id == "cordis:101056789")
        ).one()
        assert (project.start_year, project.end_year, project.budget) == (2022, 2026, 4999750.0)
        assert project.summary == "Electrolysers; storage and\nthe grid."
        tu_delft = session.exec(select(Organisation).where(Organisation.pic == "999977366")).one()
        assert tu_delft.name == "Technische Universiteit Delft"  # not renamed by CORDIS
        assert "TECHNISCHE UNIVERSITEIT DELFT" in tu_delft.aliases
        role = session.get(Participation, (project.id, tu_delft.id))
        assert (role.role, role.contribution) == ("coordinator", 1200000.5)
        fraunhofer = session.exec(select(Organisation).where(Organisation.pic == "987654321")).one()
        assert (fraunhofer.kind, fraunhofer.country, fraunhofer.is_sme) == (
            "knowledge",
            "DE",
            False,
        )


def test_importing_again_adds_nothing(database, tmp_path) -> None:
    files = write_cordis(tmp_path, PROJECTS, ORGANISATIONS)
    import_cordis(database, *files)
    after_first = counts(database)
    again = import_cordis(database, *files)
    assert counts(database) == after_first
    assert {o.action.value for o in again.organisations} == {"unchanged"}
    assert again.participations == 0 and again.projects["unchanged"] == 2


def test_participation_of_an_unknown_project_refuses_both_files(database, tmp_path) -> None:
    organisations = [*ORGANISATIONS, ORGANISATIONS[1].replace("101056789", "999", 1)]
    files = write_cordis(tmp_path, PROJECTS, organisations)
    before = counts(database)
    with pytest.raises(ImportRefused) as refused:
        import_cordis(database, *files)
    assert [describe_problem(p) for p in refused.value.problems] == [
        "organization.csv row 7, column 'projectID': no project with external id '999' in the "
        "file or the database"
    ]
    assert counts(database) == before


def test_command_line_dry_run(database_url, tmp_path, capsys) -> None:
    projects, organisations = write_cordis(tmp_path, PROJECTS, ORGANISATIONS)
    argv = ["--db", database_url, "import", "cordis", "--projects", str(projects),
            "--organisations", str(organisations), "--dutch-partners", "--dry-run"]  # fmt: skip
    code = main(argv)
    out = capsys.readouterr().out
    assert code == 0
    assert "1 project with Dutch partners, 3 participants, 3 participations" in out
    assert "organisations: 2 created, 0 updated, 0 unchanged, 1 merged" in out
    assert "participations: 3 added" in out and "dry run: nothing was stored" in out


def test_a_bad_date_is_named(database, tmp_path) -> None:
    projects = [PROJECTS[0].replace("2022-09-01", "soon", 1), PROJECTS[1]]
    files = write_cordis(tmp_path, projects, ORGANISATIONS)
    with pytest.raises(ImportRefused) as refused:
        import_cordis(database, *files)
    assert [describe_problem(p) for p in refused.value.problems] == [
        "project.csv row 2, column 'startdate': 'soon' is not a date like 2024-01-31"
    ]
