"""Writing one organisation: store edits, delete it (keeping what an undo needs), merge two.

Callers check the values first (``desktop.organisation_editing``); these functions only write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel, delete, select, update

from desktop.models.consortium import ConsortiumMember, Question
from desktop.models.organisation import Contact, Organisation, OrganisationRegion
from desktop.models.project import Participation
from desktop.models.repositories.organisation_details import EDITABLE, LINKS, OrganisationData


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


# --- merge ----------------------------------------------------------------------------------

_FILLABLE = (
    "short_name", "kvk", "pic", "address", "postcode", "city", "municipality_code",
    "province_code", "website", "employees", "is_sme", "external_id",
)  # fmt: skip


@dataclass(frozen=True)
class Merged:
    kept: int
    removed: str  # the name of the organisation merged away
    projects: int  # participations moved
    consortia: int  # memberships moved
    contacts: int  # contacts moved


def _move_participations(session: Session, keep: int, drop: int) -> int:
    have = set(
        session.exec(select(Participation.project_id).where(Participation.organisation_id == keep))
    )
    moved = 0
    for row in session.exec(
        select(Participation).where(Participation.organisation_id == drop)
    ).all():
        if row.project_id in have:
            session.delete(row)
            continue
        values = row.model_dump() | {"organisation_id": keep}
        session.delete(row)
        session.flush()
        session.add(Participation(**values))
        moved += 1
    return moved


def _move_memberships(session: Session, keep: int, drop: int) -> int:
    existing = {
        m.consortium_id: m
        for m in session.exec(
            select(ConsortiumMember).where(ConsortiumMember.organisation_id == keep)
        )
    }
    moved = 0
    for member in session.exec(
        select(ConsortiumMember).where(ConsortiumMember.organisation_id == drop)
    ).all():
        twin = existing.get(member.consortium_id)
        if twin is None:
            member.organisation_id = keep
            session.add(member)
            moved += 1
            continue
        twin.budget_cash += member.budget_cash  # one member: the two shares become one
        twin.budget_in_kind += member.budget_in_kind
        if member.role == "lead":
            twin.role = "lead"
        twin.rationale = "\n".join(t for t in (twin.rationale, member.rationale) if t)
        session.add(twin)
        session.delete(member)
    return moved


def merge_organisations(session: Session, keep: int, drop: int) -> Merged:
    """Move everything of ``drop`` to ``keep`` and delete ``drop``; its names become aliases of
    ``keep``, and fields ``keep`` leaves empty are filled from ``drop``."""
    if keep == drop:
        raise ValueError("an organisation cannot be merged with itself")
    kept, dropped = session.get(Organisation, keep), session.get(Organisation, drop)
    if kept is None or dropped is None:
        raise OrganisationGone(keep if kept is None else drop)
    fill = {
        name: getattr(dropped, name)
        for name in _FILLABLE
        if getattr(kept, name) is None and getattr(dropped, name) is not None
    }
    names = [dropped.name, dropped.short_name, *dropped.aliases, *kept.aliases]
    known = {kept.name.casefold(), (kept.short_name or "").casefold()}
    aliases = list(dict.fromkeys(n for n in names if n and n.casefold() not in known))
    keywords = list(dict.fromkeys([*kept.keywords, *dropped.keywords]))
    description = kept.description or dropped.description

    projects = _move_participations(session, keep, drop)
    consortia = _move_memberships(session, keep, drop)
    contacts = session.exec(
        update(Contact).where(Contact.organisation_id == drop).values(organisation_id=keep)
    ).rowcount
    session.exec(
        update(Question).where(Question.organisation_id == drop).values(organisation_id=keep)
    )
    for _, table, column in (*LINKS, (None, OrganisationRegion, "region_code")):
        have = set(
            session.exec(select(getattr(table, column)).where(table.organisation_id == keep))
        )
        for row in session.exec(select(table).where(table.organisation_id == drop)).all():
            code = getattr(row, column)
            session.delete(row)
            if code not in have:
                session.add(table(organisation_id=keep, **{column: code}))
    removed = dropped.name
    session.delete(dropped)
    session.flush()  # the unique values (KvK, PIC, external id) are free now

    for name, value in fill.items():
        setattr(kept, name, value)
    kept.aliases = aliases
    kept.keywords = keywords
    kept.description = description
    session.add(kept)
    session.flush()
    return Merged(keep, removed, projects, consortia, contacts)
