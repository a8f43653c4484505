"""The exchange format: organisations, projects and participations files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from desktop.models import Organisation, OrganisationTopsector, Participation, Project
from desktop.models.queries.stats import statistics
from desktop.services.importing.importer import import_projects
from desktop.services.importing.organisation_import import import_organisations
from desktop.services.importing.problems import ImportRefused, describe_problem


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def organisations(database) -> dict[str, Organisation]:
    with database.transaction() as session:
        rows = session.exec(select(Organisation).where(Organisation.origin == "import")).all()
        return {row.name: row for row in rows}


def problems_of(error: pytest.ExceptionInfo[ImportRefused]) -> list[str]:
    return [describe_problem(p) for p in error.value.problems]


GOOD = (
    "name,external_id,kind,type,city,postcode,kvk,website,topsectors,keywords,sme\n"
    "Waterstof Noord BV,rom-1,company,sme,Groningen,9712 cp,12345678,waterstofnoord.nl,"
    "energie;Chemie,waterstof;elektrolyse,ja\n"
    "Zorgdata Twente,rom-2,,startup,Enschede,7522NB,,,lsh,zorgdata,yes\n"
)


def test_valid_file_is_imported_with_places_and_links(database, tmp_path) -> None:
    result = import_organisations(database, write(tmp_path / "orgs.csv", GOOD))
    assert result.counts() == {"created": 2}
    stored = organisations(database)
    waterstof = stored["Waterstof Noord BV"]
    assert (waterstof.municipality_code, waterstof.province_code) == ("GM0014", "NL-GR")
    assert waterstof.postcode == "9712 CP" and waterstof.website == "https://waterstofnoord.nl"
    assert waterstof.is_sme is True and waterstof.keywords == ["waterstof", "elektrolyse"]
    assert stored["Zorgdata Twente"].kind == "company"  # implied by type startup
    with database.transaction() as session:
        links = session.exec(
            select(OrganisationTopsector.topsector_code).where(
                OrganisationTopsector.organisation_id == waterstof.id
            )
        ).all()
    assert sorted(links) == ["chemie", "energie"]


def test_reimport_updates_by_external_id_instead_of_duplicating(database, tmp_path) -> None:
    import_organisations(database, write(tmp_path / "orgs.csv", GOOD))
    changed = GOOD.replace("Waterstof Noord BV,rom-1", "Waterstof Noord B.V.,rom-1")
    result = import_organisations(database, write(tmp_path / "orgs2.csv", changed))
    assert result.counts() == {"updated": 1, "unchanged": 1}
    assert set(organisations(database)) == {"Waterstof Noord B.V.", "Zorgdata Twente"}


def test_semicolons_bom_and_quoted_newlines_are_read(database, tmp_path) -> None:
    text = 'name;description;country;kind\n"Stichting Dijk";"regel 1\nregel 2";BE;OTH\n'
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeff".encode() + text.encode())
    import_organisations(database, path)
    stored = organisations(database)["Stichting Dijk"]
    assert stored.description == "regel 1\nregel 2"
    assert (stored.country, stored.kind, stored.province_code) == ("BE", "society", None)


def test_eu_country_codes_are_accepted(database, tmp_path) -> None:
    import_organisations(database, write(tmp_path / "eu.csv", "name,country\nA Ltd,UK\nB AE,EL\n"))
    assert {o.country for o in organisations(database).values()} == {"GB", "GR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("omschrijving,kvk\nX,12345678\n", "column 'name': no column is mapped to the required"),
        ("name,kvk\nX,1234\n", "row 2, column 'kvk': '1234' is not a KvK number of 8 digits"),
        ("name,kind\nX,bank\n", "row 2, column 'kind': unknown value 'bank'"),
        ("name,type,kind\nX,university,company\n", "type 'university' belongs to helix kind"),
        ("name,province\nX,Bavaria\n", "row 2, column 'province': unknown value 'Bavaria'"),
        ("name,municipality,province\nX,Delft,NL-GR\n", "municipality lies in province NL-ZH"),
        ("name,postcode\nX,123 AB\n", "is not a Dutch postcode"),
        ("name,topsectors\nX,energie;bananen\n", "unknown value 'bananen'"),
        ("name,employees\nX,veel\n", "'veel' is not a whole number"),
        ("name,city\nX,Delft,extra\n", "row 2: has 3 fields where the header has 2"),
        ("name,city\n,Delft\n", "row 2, column 'name': a value is required"),
        ("name,external_id\nX,a\nY,a\n", "row 3, column 'external_id': 'a' occurs more than once"),
        ("name,website\nX,not a site\n", "is not a web address"),
    ],
)
def test_bad_file_is_refused_with_row_and_column_and_stores_nothing(
    database, tmp_path, text, expected
) -> None:
    good_rows = "".join(f"\nGoed {i}" + "," * text.split("\n")[0].count(",") for i in range(3))
    path = write(tmp_path / "bad.csv", text.rstrip("\n") + good_rows + "\n")
    with database.transaction() as session:
        before = statistics(session)
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, path)
    assert any(expected in line for line in problems_of(refused)), problems_of(refused)
    assert all(line.startswith("bad.csv") for line in problems_of(refused))
    with database.transaction() as session:
        assert statistics(session) == before


def test_every_problem_of_a_file_is_listed(database, tmp_path) -> None:
    text = "name,kvk,sme\nA,1,maybe\nB,2,ja\n"
    with pytest.raises(ImportRefused) as refused:
        import_organisations(database, write(tmp_path / "many.csv", text))
    assert [(p.row, p.column) for p in refused.value.problems] == [
        (2, "kvk"),
        (2, "sme"),
        (3, "kvk"),
    ]


def test_windows_1252_file_is_read_and_said_so(database, tmp_path) -> None:
    path = write(tmp_path / "ansi.csv", "name;city\nCafé Één;Delft\n", encoding="cp1252")
    result = import_organisations(database, path)
    assert result.prepared.source == "Windows-1252, semicolon-separated"
    assert organisations(database)["Café Één"].municipality_code == "GM0503"


def test_projects_and_participations_link_organisations(database, tmp_path) -> None:
    import_organisations(database, write(tmp_path / "orgs.csv", GOOD))
    projects = write(
        tmp_path / "projects.csv",
        "external_id,title,programme,instrument,start_year,end_year,budget\n"
        'p1,Groene waterstof uit zeewater,MIT,mit-rd,2021,2023,"350000,50"\n',
    )
    links = write(
        tmp_path / "participations.csv",
        "project_id,organisation_id,role\np1,rom-1,coordinator\np1,rom-2,partner\n",
    )
    report = import_projects(database, projects, links)
    assert report.counts["projects"]["created"] == 1
    assert report.counts["participations"]["created"] == 2
    again = import_projects(database, projects, links)
    assert again.counts["participations"]["unchanged"] == 2
    with database.transaction() as session:
        project = session.exec(select(Project).where(Project.external_id == "p1")).one()
        roles = session.exec(
            select(Participation.role).where(Participation.project_id == project.id)
        ).all()
    assert project.budget == 350000.5 and project.instrument_code == "mit-rd"
    assert sorted(roles) == ["coordinator", "partner"]


def test_participation_of_unknown_organisation_refuses_both_files(database, tmp_path) -> None:
    projects = write(tmp_path / "projects.csv", "external_id,title\np9,Iets\n")
    links = write(tmp_path / "links.csv", "project_id,organisation_id\np9,nobody\nnone,nobody\n")
    with pytest.raises(ImportRefused) as refused:
        import_projects(database, projects, links)
    lines = problems_of(refused)
    assert "links.csv row 2, column 'organisation_id'" in lines[0]
    assert any("no project with external id 'none'" in line for line in lines)
    with database.transaction() as session:
        assert session.exec(select(Project).where(Project.external_id == "p9")).first() is None


def test_project_years_are_checked(database, tmp_path) -> None:
    projects = write(tmp_path / "p.csv", "external_id,title,start_year,end_year\np,T,2022,2019\n")
    with pytest.raises(ImportRefused) as refused:
        import_projects(database, projects, None)
    assert "end year 2019 lies before start year 2022" in problems_of(refused)[0]


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.tuples(cell, cell, cell, cell), min_size=1, max_size=4))
def test_any_cell_content_is_imported_or_refused_never_crashes(database, tmp_path, rows) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["name", "kvk", "province", "employees"])
    writer.writerows(rows)
    path = write(tmp_path / "fuzz.csv", buffer.getvalue())
    with database.transaction() as session:
        before = statistics(session).organisations
    try:
        import_organisations(database, path)
    except ImportRefused as refused:
        assert refused.problems
        with database.transaction() as session:
            assert statistics(session).organisations == before


def test_places_in_common_spelling_are_understood(database, tmp_path) -> None:
    text = "name,city,province\nA,Den Haag,\nB,Hengelo,\nC,,Friesland\nD,Leeuwarden,NL-FR\n"
    import_organisations(database, write(tmp_path / "places.csv", text))
    places = {n: (o.municipality_code, o.province_code) for n, o in organisations(database).items()}
    assert places == {
        "A": ("GM0518", "NL-ZH"),
        "B": ("GM0164", "NL-OV"),
        "C": (None, "NL-FR"),
        "D": ("GM0080", "NL-FR"),
    }
