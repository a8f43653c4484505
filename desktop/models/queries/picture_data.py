"""Numbers the pictures show, counted in the database (never by loading every row)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, distinct, extract
from sqlalchemy.orm import aliased
from sqlmodel import Session, func, select

from desktop.models.tables.consortium import Consortium, ConsortiumMember
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Participation
from desktop.models.tables.reference import Instrument

MOST_CONNECTED = 10


@dataclass(frozen=True)
class Connected:
    organisation_id: int
    name: str
    kind: str
    projects: int  # projects it took part in (the track record)
    origin: str  # "demo" for demonstration data


@dataclass(frozen=True)
class DashboardCounts:
    by_kind: dict[str, int]
    by_province: dict[str, int]  # "" for organisations without a province
    smes: int  # companies that are SMEs
    other_companies: int  # companies that are not (or not known to be) SMEs
    consortia_by_status: dict[str, int]
    consortia_by_year: dict[int, dict[str, int]]  # year made -> instrument code ("" none) -> n
    instrument_names: dict[str, tuple[str, str]]  # code -> (Dutch, English), those in use
    most_connected: tuple[Connected, ...]


def _grouped(session: Session, column) -> dict[str, int]:
    statement = select(column, func.count()).group_by(column)
    return {key if key is not None else "": number for key, number in session.exec(statement)}


def dashboard_counts(session: Session) -> DashboardCounts:
    sme = case((Organisation.is_sme.is_(True), 1), else_=0)
    smes, companies = session.exec(
        select(func.coalesce(func.sum(sme), 0), func.count()).where(Organisation.kind == "company")
    ).one()
    year = extract("year", Consortium.created_at)
    by_year: dict[int, dict[str, int]] = {}
    statement = select(year, Consortium.instrument_code, func.count()).group_by(
        year, Consortium.instrument_code
    )
    for made, instrument, number in session.exec(statement):
        by_year.setdefault(int(made), {})[instrument or ""] = number
    # The most active organisations by track record: one indexed GROUP BY on participations.
    projects = func.count().label("projects")
    top = (
        select(Participation.organisation_id, projects)
        .group_by(Participation.organisation_id)
        .order_by(projects.desc(), Participation.organisation_id)
        .limit(MOST_CONNECTED)
        .subquery()
    )
    rows = session.exec(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            top.c.projects,
            Organisation.origin,
        )
        .join(top, top.c.organisation_id == Organisation.id)
        .order_by(top.c.projects.desc(), Organisation.name)
    ).all()
    used = {code for counts in by_year.values() for code in counts if code}
    names = session.exec(
        select(Instrument.code, Instrument.name, Instrument.name_en).where(
            Instrument.code.in_(used)
        )
    )
    return DashboardCounts(
        by_kind=_grouped(session, Organisation.kind),
        by_province=_grouped(session, Organisation.province_code),
        smes=int(smes),
        other_companies=companies - int(smes),
        consortia_by_status=_grouped(session, Consortium.status),
        consortia_by_year=by_year,
        instrument_names={code: (nl, en) for code, nl, en in names},
        most_connected=tuple(Connected(*row) for row in rows),
    )


@dataclass(frozen=True)
class NetworkNode:
    organisation_id: int
    name: str
    kind: str
    origin: str  # "demo" for demonstration data


@dataclass(frozen=True)
class Network:
    nodes: tuple[NetworkNode, ...]
    shared: dict[tuple[int, int], int]  # (smaller id, larger id) -> projects done together
    centre: int | None = None  # the organisation whose own network this is


def _shared_projects(session: Session, ids: list[int]) -> dict[tuple[int, int], int]:
    mine, theirs = aliased(Participation), aliased(Participation)
    statement = (
        select(mine.organisation_id, theirs.organisation_id, func.count(distinct(mine.project_id)))
        .join(theirs, theirs.project_id == mine.project_id)
        .where(mine.organisation_id.in_(ids), theirs.organisation_id.in_(ids))
        .where(mine.organisation_id < theirs.organisation_id)
        .group_by(mine.organisation_id, theirs.organisation_id)
    )
    return {(a, b): n for a, b, n in session.exec(statement)}


def _nodes(session: Session, ids: list[int]) -> dict[int, NetworkNode]:
    statement = select(
        Organisation.id, Organisation.name, Organisation.kind, Organisation.origin
    ).where(Organisation.id.in_(ids))
    return {row[0]: NetworkNode(*row) for row in session.exec(statement)}


def consortium_network(session: Session, consortium_id: int) -> Network:
    """The members of a consortium and the projects each pair of them did together."""
    ids = list(
        session.exec(
            select(ConsortiumMember.organisation_id)
            .where(ConsortiumMember.consortium_id == consortium_id)
            .order_by(ConsortiumMember.id)
        )
    )
    nodes = _nodes(session, ids)
    return Network(tuple(nodes[i] for i in ids if i in nodes), _shared_projects(session, ids))


def organisation_network(session: Session, organisation_id: int, limit: int = 12) -> Network:
    """An organisation, its ``limit`` most frequent project partners, and the projects each pair
    of them did together."""
    mine, theirs = aliased(Participation), aliased(Participation)
    together = func.count(distinct(mine.project_id)).label("together")
    partners = [
        partner
        for partner, _ in session.exec(
            select(theirs.organisation_id, together)
            .join(theirs, theirs.project_id == mine.project_id)
            .where(mine.organisation_id == organisation_id)
            .where(theirs.organisation_id != organisation_id)
            .group_by(theirs.organisation_id)
            .order_by(together.desc(), theirs.organisation_id)
            .limit(limit)
        )
    ]
    ids = [organisation_id, *partners]
    nodes = _nodes(session, ids)
    return Network(
        tuple(nodes[i] for i in ids if i in nodes),
        _shared_projects(session, ids),
        centre=organisation_id,
    )
