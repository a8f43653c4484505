"""The import log: recording what an import created or changed, listing imports, undoing one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, delete, func, select

from desktop.models.queries.generation import insert_rows
from desktop.models.queries.organisations.identities import LINKS, LISTS, SCALARS
from desktop.models.tables.base import utcnow
from desktop.models.tables.consortium import ConsortiumMember
from desktop.models.tables.import_log import ImportBatch, ImportChange
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Participation, Project

ORGANISATION, PROJECT, PARTICIPATION = "organisation", "project", "participation"
PROJECT_FIELDS = (
    "title", "acronym", "summary", "programme", "instrument_code", "start_year", "end_year",
    "budget",
)  # fmt: skip
CHUNK = 500


@dataclass(frozen=True)
class Change:
    """A row an import created (``before`` None) or changed (``before``: its values then)."""

    table_name: str
    row_id: int
    other_id: int | None = None
    before: dict | None = None


@dataclass(frozen=True)
class BatchSummary:
    id: int
    kind: str
    source: str
    finished_at: datetime
    undone_at: datetime | None
    counts: dict


class UndoRefused(Exception):
    """The import cannot be undone as things stand; ``code`` and ``names`` say why."""

    def __init__(
        self,
        code: str,
        names: tuple[str, ...] = (),
        later: int | None = None,
        batch_id: int | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.names = names
        self.later = later
        self.batch_id = batch_id  # the import that was to be undone


def organisation_before(session: Session, organisation_id: int) -> dict:
    """An organisation's values and links, to put back on undo."""
    organisation = session.get(Organisation, organisation_id)
    values = {name: getattr(organisation, name) for name in SCALARS + LISTS}
    for attribute, table, column in LINKS:
        statement = select(getattr(table, column)).where(table.organisation_id == organisation_id)
        values[attribute] = sorted(session.exec(statement))
    return values


def project_before(session: Session, external_id: str) -> tuple[int, dict] | None:
    project = session.exec(select(Project).where(Project.external_id == external_id)).first()
    if project is None:
        return None
    return project.id, {name: getattr(project, name) for name in PROJECT_FIELDS}


def record_import(
    session: Session, kind: str, source: str, counts: dict, changes: list[Change]
) -> int:
    """Log a finished import (in its transaction); its time stamps the end of the import."""
    batch = ImportBatch(kind=kind, source=source[:500], counts=counts, created_at=utcnow())
    session.add(batch)
    session.flush()
    insert_rows(
        session,
        ImportChange,
        [
            {
                "batch_id": batch.id,
                "table_name": c.table_name,
                "row_id": c.row_id,
                "other_id": c.other_id,
                "before": c.before,
            }
            for c in changes
        ],  # fmt: skip
    )
    return batch.id


def import_batches(session: Session) -> list[BatchSummary]:
    statement = select(ImportBatch).order_by(ImportBatch.id.desc())
    return [
        BatchSummary(b.id, b.kind, b.source, b.created_at, b.undone_at, b.counts)
        for b in session.exec(statement)
    ]


def _edited_since(session: Session, ids: list[int], since: datetime) -> tuple[str, ...]:
    names: list[str] = []
    for start in range(0, len(ids), CHUNK):
        statement = select(Organisation.name).where(
            Organisation.id.in_(ids[start : start + CHUNK]), Organisation.updated_at > since
        )
        names += session.exec(statement)
    return tuple(names)


def _in_consortia(session: Session, ids: list[int]) -> tuple[str, ...]:
    names: list[str] = []
    for start in range(0, len(ids), CHUNK):
        statement = (
            select(Organisation.name)
            .join(ConsortiumMember, ConsortiumMember.organisation_id == Organisation.id)
            .where(Organisation.id.in_(ids[start : start + CHUNK]))
        )
        names += session.exec(statement)
    return tuple(dict.fromkeys(names))


def _restore_organisation(session: Session, organisation_id: int, before: dict) -> None:
    organisation = session.get(Organisation, organisation_id)
    for name in SCALARS + LISTS:
        setattr(organisation, name, before[name])
    for attribute, table, column in LINKS:
        session.exec(delete(table).where(table.organisation_id == organisation_id))
        session.add_all(
            table(organisation_id=organisation_id, **{column: code}) for code in before[attribute]
        )


def _delete_in_chunks(session: Session, table, column, ids: list[int]) -> None:
    for start in range(0, len(ids), CHUNK):
        session.exec(delete(table).where(column.in_(ids[start : start + CHUNK])))


def undo_import(session: Session, batch_id: int) -> dict:
    """Put back what an import changed and remove what it created. Only the latest import not
    yet undone can be undone, and not when organisations it touched were edited since or the
    ones it created are in a consortium. Returns how many rows of each kind were undone."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise UndoRefused("unknown_import")
    if batch.undone_at is not None:
        raise UndoRefused("already_undone")
    later = session.exec(
        select(func.max(ImportBatch.id)).where(
            ImportBatch.id > batch_id, ImportBatch.undone_at.is_(None)
        )
    ).one()
    if later is not None:
        raise UndoRefused("later_import", later=later)
    changes = list(session.exec(select(ImportChange).where(ImportChange.batch_id == batch_id)))
    created = {table: [] for table in (ORGANISATION, PROJECT, PARTICIPATION)}
    changed = {ORGANISATION: [], PROJECT: []}
    for change in changes:
        (created if change.before is None else changed)[change.table_name].append(change)
    touched = [c.row_id for c in created[ORGANISATION] + changed[ORGANISATION]]
    edited = _edited_since(session, touched, batch.created_at)
    if edited:
        raise UndoRefused("edited_since", edited)
    members = _in_consortia(session, [c.row_id for c in created[ORGANISATION]])
    if members:
        raise UndoRefused("in_consortium", members)
    for change in created[PARTICIPATION]:
        session.exec(
            delete(Participation).where(
                Participation.project_id == change.row_id,
                Participation.organisation_id == change.other_id,
            )
        )
    _delete_in_chunks(session, Project, Project.id, [c.row_id for c in created[PROJECT]])
    for change in changed[PROJECT]:
        project = session.get(Project, change.row_id)
        for name, value in change.before.items():
            setattr(project, name, value)
    for change in changed[ORGANISATION]:
        _restore_organisation(session, change.row_id, change.before)
    _delete_in_chunks(
        session, Organisation, Organisation.id, [c.row_id for c in created[ORGANISATION]]
    )
    batch.undone_at = utcnow()
    session.flush()
    return {
        "organisations removed": len(created[ORGANISATION]),
        "organisations restored": len(changed[ORGANISATION]),
        "projects removed": len(created[PROJECT]),
        "projects restored": len(changed[PROJECT]),
        "participations removed": len(created[PARTICIPATION]),
    }
