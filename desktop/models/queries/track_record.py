"""Projects and participations: the track record."""

from __future__ import annotations

from sqlmodel import Session, delete, select

from desktop.models.queries.organisations.records import Outcome
from desktop.models.records import ProjectRecord
from desktop.models.tables.project import Participation, Project

_FIELDS = (
    "title",
    "acronym",
    "summary",
    "programme",
    "instrument_code",
    "start_year",
    "end_year",
    "budget",
)


def save_project(session: Session, record: ProjectRecord, origin: str) -> tuple[int, Outcome]:
    existing = session.exec(
        select(Project).where(Project.external_id == record.external_id)
    ).first()
    given = {name: getattr(record, name) for name in _FIELDS if getattr(record, name) is not None}
    if existing is None:
        project = Project(external_id=record.external_id, origin=origin, **given)
        session.add(project)
        session.flush()
        return project.id, Outcome.CREATED
    changed = {name: value for name, value in given.items() if getattr(existing, name) != value}
    for name, value in changed.items():
        setattr(existing, name, value)
    session.flush()
    return existing.id, Outcome.UPDATED if changed else Outcome.UNCHANGED


def save_participation(
    session: Session, project_id: int, organisation_id: int, role: str
) -> Outcome:
    existing = session.get(Participation, (project_id, organisation_id))
    if existing is None:
        session.add(
            Participation(project_id=project_id, organisation_id=organisation_id, role=role)
        )
        return Outcome.CREATED
    if existing.role == role:
        return Outcome.UNCHANGED
    existing.role = role
    return Outcome.UPDATED


def delete_projects_by_origin(session: Session, origin: str) -> int:
    result = session.exec(delete(Project).where(Project.origin == origin))
    return result.rowcount
