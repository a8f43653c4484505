"""Writing one organisation: store edits, delete it (keeping what an undo needs), merge two.

Callers check the values first (``desktop.services.organisations.editing``); these functions
only write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel, delete, select, update

from desktop.models.queries.organisations.detail_data import EDITABLE, LINKS, OrganisationData
from desktop.models.tables.consortium import ConsortiumMember, Question
from desktop.models.tables.organisation import Contact, Organisation, OrganisationRegion
from desktop.models.tables.project import Participation


class OrganisationGone(Exception):
    """The organisation was deleted meanwhile (in another window, or by an import)."""


class OrganisationInConsortia(Exception):
    """An organisation that is a consortium member cannot be deleted; it can be merged."""

    def __init__(self, count: int) -> None:
        super().__init__(f"member of {count} consortia")
        self.count = count


def _write_links(session: Session, organisation_id: int, data: OrganisationData) -> None:
    for attribute, table, column in LINKS:
        session.exec(delete(table).where(table.organisation_id == organisation_id))
        codes = dict.fromkeys(getattr(data, attribute))
        session.add_all(table(organisation_id=organisation_id, **{column: c}) for c in codes)


def _write_contacts(session: Session, organisation_id: int, data: OrganisationData) -> None:
    stored = {
        c.id: c
        for c in session.exec(select(Contact).where(Contact.organisation_id == organisation_id))
    }
    kept = {c.id for c in data.contacts if c.id is not None}
    for contact_id, contact in stored.items():
        if contact_id not in kept:
            session.delete(contact)
    for given in data.contacts:
        values = {
            "name": given.name,
            "function": given.function,
            "email": given.email,
            "phone": given.phone,
            "notes": given.notes,
        }
        contact = stored.get(given.id) if given.id is not None else None
        if contact is None:
            session.add(Contact(organisation_id=organisation_id, **values))
        else:
            for name, value in values.items():
                if getattr(contact, name) != value:
                    setattr(contact, name, value)


def write_organisation(
    session: Session, organisation_id: int | None, data: OrganisationData, origin: str = "user"
) -> int:
    """Store ``data`` as a new organisation (id None) or over an existing one; returns the id."""
    values = {name: getattr(data, name) for name in EDITABLE}
    if organisation_id is None:
        organisation = Organisation(origin=origin, **values)
        session.add(organisation)
        session.flush()
    else:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise OrganisationGone(organisation_id)
        for name, value in values.items():
            if getattr(organisation, name) != value:
                setattr(organisation, name, value)
        session.add(organisation)
        session.flush()
    _write_links(session, organisation.id, data)
    _write_contacts(session, organisation.id, data)
    session.flush()
    return organisation.id


def holder_of(session: Session, column: str, value: str, other_than: int | None) -> str | None:
    """The name of another organisation that has ``value`` in a unique column (kvk, pic)."""
    statement = select(Organisation.name).where(getattr(Organisation, column) == value)
    if other_than is not None:
        statement = statement.where(Organisation.id != other_than)
    return session.exec(statement).first()


# --- delete and restore ---------------------------------------------------------------------


@dataclass
class DeletedOrganisation:
    """Every row that went with a deleted organisation, so that an undo can put them back."""

    organisation: dict[str, Any]
    rows: list[tuple[type[SQLModel], dict[str, Any]]] = field(default_factory=list)
    question_ids: list[int] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.organisation["id"]

    @property
    def name(self) -> str:
        return self.organisation["name"]


def _owned_tables() -> list[type[SQLModel]]:
    return [Contact, Participation, OrganisationRegion, *(table for _, table, _ in LINKS)]


def delete_organisation(session: Session, organisation_id: int) -> DeletedOrganisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise OrganisationGone(organisation_id)
    memberships = session.exec(
        select(ConsortiumMember.id).where(ConsortiumMember.organisation_id == organisation_id)
    ).all()
    if memberships:
        raise OrganisationInConsortia(len(memberships))
    deleted = DeletedOrganisation(organisation.model_dump())
    for table in _owned_tables():
        for row in session.exec(select(table).where(table.organisation_id == organisation_id)):
            deleted.rows.append((table, row.model_dump()))
    deleted.question_ids = list(
        session.exec(select(Question.id).where(Question.organisation_id == organisation_id))
    )
    session.delete(organisation)
    session.flush()
    return deleted


def restore_organisation(session: Session, deleted: DeletedOrganisation) -> int:
    """Put a deleted organisation back with its id, links, contacts, projects and questions."""
    session.add(Organisation(**deleted.organisation))
    session.flush()
    for table, values in deleted.rows:
        session.add(table(**values))
    if deleted.question_ids:
        session.exec(
            update(Question)
            .where(Question.id.in_(deleted.question_ids))
            .values(organisation_id=deleted.id)
        )
    session.flush()
    return deleted.id
