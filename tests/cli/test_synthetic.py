"""Synthetic organisations and projects: proportions, markers, integrity, network, the command."""

from __future__ import annotations

import shutil
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import func, select

from desktop.cli.main import main
from desktop.models.database import Database
from desktop.models.queries.organisations.records import delete_by_origin
from desktop.models.queries.stats import statistics
from desktop.models.queries.track_record import delete_projects_by_origin
from desktop.models.tables.organisation import (
    Organisation,
    OrganisationMission,
    OrganisationTopsector,
)
from desktop.models.tables.project import Participation, Project
from desktop.models.tables.reference import Mission
from desktop.services.lifecycle.opening import open_database
from desktop.services.synthetic import GenerateResult, generate, generator
from desktop.services.synthetic.names import mission_keywords
from desktop.services.user_error import UserError
from tests.conftest import sqlite_url

N = 500
SEED = 7


@pytest.fixture(scope="module")
def generated(template_database: Path, tmp_path_factory) -> tuple[Database, GenerateResult]:
    """One database with N synthetic organisations, shared by the tests that only read."""
    path = tmp_path_factory.mktemp("synthetic") / "generated.db"
    shutil.copyfile(template_database, path)
    database = open_database(sqlite_url(path)).database
    result = generate(database, N, None, SEED)
    yield database, result
    database.close()


def _synthetic(session) -> list[Organisation]:
    return list(session.exec(select(Organisation).where(Organisation.origin == "synthetic")))


def _participations(session) -> list[tuple[str, int, str]]:
    statement = (
        select(Project.external_id, Participation.organisation_id, Participation.role)
        .join(Project, Project.id == Participation.project_id)
        .where(Project.origin == "synthetic")
    )
    return list(session.exec(statement))


def test_result_counts_what_was_added(generated) -> None:
    database, result = generated
    assert result.organisations == N and result.projects == N // 5
    with database.transaction() as session:
        assert result.participations == len(_participations(session))
        assert statistics(session).by_origin["synthetic"] == N


def test_proportions_of_helix_kinds_and_company_types(generated) -> None:
    database, _ = generated
    with database.transaction() as session:
        organisations = _synthetic(session)
    kinds = Counter(o.kind for o in organisations)
    companies = [o for o in organisations if o.kind == "company"]
    assert 0.72 < kinds["company"] / N < 0.88
    assert kinds["knowledge"] and kinds["government"] and kinds["society"]
    smes = [o for o in companies if o.type in ("sme", "startup")]
    assert len(smes) / len(companies) > 0.9
    assert all(o.is_sme and o.employees < 250 for o in smes)
    assert {"scaleup", "large_company"} <= {o.type for o in companies}
    assert all(not o.is_sme and o.employees >= 250 for o in companies if o.type == "large_company")
    assert all(o.is_sme is None for o in organisations if o.kind != "company")


def test_rows_are_marked_and_plausible(generated) -> None:
    database, _ = generated
    with database.transaction() as session:
        organisations = _synthetic(session)
        projects = list(session.exec(select(Project).where(Project.origin == "synthetic")))
        missions = list(session.exec(select(Mission)))
    mission_words = {word for m in missions for word in mission_keywords(m.title, m.text)}
    assert {o.external_id for o in organisations} == {f"syn:{SEED}:{n}" for n in range(N)}
    assert all(p.external_id.startswith(f"syn-p:{SEED}:") for p in projects)
    for o in organisations:
        assert o.municipality_code and o.province_code and o.city
        assert len(o.postcode) == 7 and o.postcode[:4].isdigit() and o.postcode[5:].isalpha()
        assert set(o.keywords) & mission_words
    names = Counter(o.name for o in organisations)
    assert len(names) > 0.95 * N
    assert all(2010 <= p.start_year <= 2025 and p.end_year > p.start_year for p in projects)
    assert len({p.programme for p in projects}) >= 4


def test_links_and_participations_are_consistent(generated) -> None:
    database, _ = generated
    with database.transaction() as session:
        assert not session.exec(text("PRAGMA foreign_key_check")).all()
        orphans = session.exec(
            select(func.count())
            .select_from(Participation)
            .where(
                Participation.project_id.not_in(select(Project.id))
                | Participation.organisation_id.not_in(select(Organisation.id))
            )
        ).one()
        participations = _participations(session)
        linked = session.exec(
            select(func.count(func.distinct(OrganisationTopsector.organisation_id)))
            .join(Organisation)
            .where(Organisation.origin == "synthetic")
        ).one()
        with_mission = session.exec(
            select(func.count(func.distinct(OrganisationMission.organisation_id)))
            .join(Organisation)
            .where(Organisation.origin == "synthetic")
        ).one()
    assert orphans == 0 and linked == N and with_mission == N
    per_project = Counter(project for project, _, _ in participations)
    coordinators = Counter(project for project, _, role in participations if role == "coordinator")
    assert all(2 <= size <= 10 for size in per_project.values())
    assert coordinators == Counter(dict.fromkeys(per_project, 1))


def test_partners_share_missions_and_provinces(generated) -> None:
    """Co-participants share a mission and a province far more often than any two do."""
    database, _ = generated
    with database.transaction() as session:
        participations = _participations(session)
        province = dict(session.exec(select(Organisation.id, Organisation.province_code)).all())
        origin = dict(session.exec(select(Organisation.id, Organisation.origin)).all())
        missions: dict[int, set[str]] = {}
        links = select(OrganisationMission.organisation_id, OrganisationMission.mission_code)
        for org_id, code in session.exec(links):
            missions.setdefault(org_id, set()).add(code)
    assert any(origin[org_id] == "reference" for _, org_id, _ in participations)
    teams: dict[str, list[int]] = {}
    for project, org_id, _ in participations:
        if origin[org_id] == "synthetic":
            teams.setdefault(project, []).append(org_id)
    partners = [pair for team in teams.values() for pair in combinations(team, 2)]
    everyone = sorted(o for o in origin if origin[o] == "synthetic")
    anyone = list(zip(everyone, everyone[1:] + everyone[:1], strict=True))

    def share(pairs: list[tuple[int, int]], alike) -> float:
        return sum(alike(a, b) for a, b in pairs) / len(pairs)

    def same_mission(a: int, b: int) -> bool:
        return bool(missions[a] & missions[b])

    def same_province(a: int, b: int) -> bool:
        return province[a] == province[b]

    assert share(partners, same_mission) > 3 * share(anyone, same_mission)
    assert share(partners, same_province) > 2 * share(anyone, same_province)


def _busiest_tenth_share(database: Database) -> float:
    """The share of participations of synthetic organisations held by the busiest tenth."""
    with database.transaction() as session:
        origin = dict(session.exec(select(Organisation.id, Organisation.origin)).all())
        degree = Counter(o for _, o, _ in _participations(session) if origin[o] == "synthetic")
    busiest = degree.most_common(len(degree) // 10)
    return sum(count for _, count in busiest) / sum(degree.values())


def test_preferential_attachment_grows_hubs(
    template_database: Path, tmp_path: Path, monkeypatch
) -> None:
    shares = []
    for preferential in (generator.PREFERENTIAL, 0.0):
        monkeypatch.setattr(generator, "PREFERENTIAL", preferential)
        path = tmp_path / f"{preferential}.db"
        shutil.copyfile(template_database, path)
        database = open_database(sqlite_url(path)).database
        generate(database, 500, 500, SEED)
        shares.append(_busiest_tenth_share(database))
        database.close()
    with_hubs, uniform = shares
    assert with_hubs > uniform + 0.05


def _snapshot(database: Database) -> tuple[list, list]:
    with database.transaction() as session:
        organisations = [
            (o.external_id, o.name, o.type, o.postcode, tuple(o.keywords), o.employees)
            for o in sorted(_synthetic(session), key=lambda o: o.external_id)
        ]
        names = dict(session.exec(select(Organisation.id, Organisation.name)).all())
        teams = sorted((p, names[org_id], role) for p, org_id, role in _participations(session))
    return organisations, teams


def test_same_seed_gives_the_same_data(template_database: Path, tmp_path: Path) -> None:
    snapshots = []
    for name in ("a.db", "b.db"):
        shutil.copyfile(template_database, tmp_path / name)
        database = open_database(sqlite_url(tmp_path / name)).database
        generate(database, 200, 50, seed=3)
        snapshots.append(_snapshot(database))
        database.close()
    assert snapshots[0] == snapshots[1]


def test_another_seed_adds_and_the_same_seed_is_refused(database: Database) -> None:
    generate(database, 100, None, seed=1)
    with pytest.raises(UserError, match="seed 1 is already in the database"):
        generate(database, 100, None, seed=1)
    generate(database, 100, 10, seed=2)
    with database.transaction() as session:
        numbers = statistics(session)
        synthetic_projects = session.exec(
            select(func.count()).select_from(Project).where(Project.origin == "synthetic")
        ).one()
    assert numbers.by_origin["synthetic"] == 200 and synthetic_projects == 30


def test_synthetic_rows_are_removable_by_origin(database: Database) -> None:
    with database.transaction() as session:
        before = statistics(session)
    generate(database, 300, None, seed=5)
    with database.transaction() as session:
        assert delete_by_origin(session, "synthetic") == 300
        assert delete_projects_by_origin(session, "synthetic") == 60
    with database.transaction() as session:
        assert statistics(session) == before


def test_generate_command(database_url: str, capsys) -> None:
    db = database_url
    assert main(["--db", db, "generate", "--organisations", "250", "--seed", "9"]) == 0
    assert "added 250 synthetic organisations, 50 projects" in capsys.readouterr().out
    assert main(["--db", db, "generate", "--organisations", "10", "--seed", "9"]) == 1
    assert "seed 9 is already in the database" in capsys.readouterr().err
    assert main(["--db", db, "generate", "--organisations", "10", "--projects", "0"]) == 0
    assert "added 10 synthetic organisations, 0 projects, 0 p" in capsys.readouterr().out
