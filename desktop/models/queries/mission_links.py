"""Which organisations work on which mission."""

from __future__ import annotations

from sqlmodel import Session, func, select

from desktop.models.queries.organisations.records import OrganisationSummary, summaries_by_id
from desktop.models.tables.organisation import Organisation, OrganisationMission


def organisations_per_mission(session: Session) -> dict[str, int]:
    statement = select(OrganisationMission.mission_code, func.count()).group_by(
        OrganisationMission.mission_code
    )
    return dict(session.exec(statement).all())


def mission_organisations(session: Session, mission_code: str) -> list[OrganisationSummary]:
    """The organisations linked to a mission, by name."""
    statement = (
        select(Organisation.id)
        .join(OrganisationMission, OrganisationMission.organisation_id == Organisation.id)
        .where(OrganisationMission.mission_code == mission_code)
        .order_by(func.lower(Organisation.name))
    )
    return summaries_by_id(session, list(session.exec(statement)))
