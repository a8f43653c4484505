"""Everything the matching engine needs, read in a few queries and returned as plain data."""

from __future__ import annotations

import json
from collections import defaultdict

import sqlalchemy as sa
from sqlmodel import Session, func, select

from desktop.models.tables.consortium import Consortium, ConsortiumMember
from desktop.models.tables.organisation import (
    Organisation,
    OrganisationMission,
    OrganisationRegion,
    OrganisationTechnology,
    OrganisationTopsector,
)
from desktop.models.tables.project import Participation, Project
from desktop.models.tables.reference import Region
from matching import model
from matching.codes import ConsortiumStatus

OPEN_STATUSES = tuple(
    s.value for s in (ConsortiumStatus.IDEA, ConsortiumStatus.DRAFT, ConsortiumStatus.SUBMITTED)
)


def _json_list(raw: str | None) -> list[str]:
    return json.loads(raw) if raw and raw != "[]" else []


def _codes(session: Session, table, column) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for organisation_id, code in session.exec(select(table.organisation_id, column)):
        found[organisation_id].add(code)
    return found


def _clusters_by_municipality(session: Session) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    statement = select(Region.code, Region.municipality_codes).where(Region.kind == "cluster")
    for code, municipalities in session.exec(statement):
        for municipality in municipalities:
            found[municipality].add(code)
    return found


def open_consortium_counts(session: Session) -> dict[int, int]:
    """Per organisation id: the consortia still open (idea, draft, submitted) it is a member of.
    Read apart from the rest, on every use: it changes whenever a consortium is saved."""
    statement = (
        select(ConsortiumMember.organisation_id, func.count())
        .join(Consortium, Consortium.id == ConsortiumMember.consortium_id)
        .where(Consortium.status.in_(OPEN_STATUSES))
        .group_by(ConsortiumMember.organisation_id)
    )
    return dict(session.exec(statement).all())


def matching_organisations(session: Session) -> list[model.Organisation]:
    topsectors = _codes(session, OrganisationTopsector, OrganisationTopsector.topsector_code)
    technologies = _codes(session, OrganisationTechnology, OrganisationTechnology.technology_code)
    missions = _codes(session, OrganisationMission, OrganisationMission.mission_code)
    linked_regions = _codes(session, OrganisationRegion, OrganisationRegion.region_code)
    clusters = _clusters_by_municipality(session)
    load = open_consortium_counts(session)
    statement = select(
        Organisation.id,
        Organisation.external_id,
        Organisation.name,
        Organisation.short_name,
        sa.cast(Organisation.aliases, sa.String),
        Organisation.kind,
        Organisation.type,
        Organisation.country,
        Organisation.province_code,
        Organisation.municipality_code,
        Organisation.is_sme,
        Organisation.description,
        sa.cast(Organisation.keywords, sa.String),
        Organisation.description_en,
        sa.cast(Organisation.keywords_en, sa.String),
    ).order_by(Organisation.id)
    organisations = []
    for row in session.exec(statement):
        (id_, external_id, name, short, aliases, kind, type_, country, province, municipality,
         is_sme, description, keywords, description_en, keywords_en) = row  # fmt: skip
        names = " ".join(part for part in (name, short, *_json_list(aliases)) if part)
        profile = (description, description_en, *_json_list(keywords), *_json_list(keywords_en))
        text = " ".join(part for part in profile if part)
        organisations.append(
            model.Organisation(
                id=id_,
                name=name,
                kind=kind,
                type=type_,
                country=country,
                external_id=external_id,
                province=province,
                clusters=frozenset(
                    clusters.get(municipality, set()) | linked_regions.get(id_, set())
                ),
                is_sme=is_sme,
                topsectors=frozenset(topsectors.get(id_, ())),
                technologies=frozenset(technologies.get(id_, ())),
                missions=frozenset(missions.get(id_, ())),
                names=names,
                text=text,
                open_consortia=load.get(id_, 0),
            )
        )
    return organisations


def matching_projects(session: Session) -> list[model.Project]:
    members: dict[int, list[int]] = defaultdict(list)
    coordinators: dict[int, int] = {}
    for project_id, organisation_id, role in session.exec(
        select(Participation.project_id, Participation.organisation_id, Participation.role)
    ):
        members[project_id].append(organisation_id)
        if role == "coordinator":
            coordinators[project_id] = organisation_id
    statement = select(
        Project.id, Project.title, Project.summary, Project.programme, Project.start_year
    ).order_by(Project.id)
    return [
        model.Project(
            id=id_,
            title=title,
            members=tuple(members.get(id_, ())),
            summary=summary,
            programme=programme,
            start_year=start_year,
            coordinator=coordinators.get(id_),
        )
        for id_, title, summary, programme, start_year in session.exec(statement)
    ]


def data_fingerprint(session: Session) -> str:
    """Changes whenever what the engine's corpus and indexes are built from changes: counts and
    latest edits. Consortia are left out: ``open_consortium_counts`` is read on every use."""
    parts = []
    for table in (
        Organisation, Project, Participation, OrganisationTopsector, OrganisationTechnology,
        OrganisationMission, OrganisationRegion,
    ):  # fmt: skip
        parts.append(str(session.exec(select(func.count()).select_from(table)).one()))
    for column in (Organisation.updated_at, Project.updated_at):
        parts.append(str(session.exec(select(func.max(column))).one()))
    return "|".join(parts)
