"""Organisations: write them from records, find them, list them, count them."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, delete, func, select

from desktop.models.queries.organisations.filter import OrganisationFilter, apply_filter
from desktop.models.records import OrganisationRecord
from desktop.models.tables.consortium import ConsortiumMember
from desktop.models.tables.organisation import (
    Organisation,
    OrganisationMission,
    OrganisationTechnology,
    OrganisationTopsector,
)

SCALARS = (
    "name", "kind", "type", "external_id", "short_name", "aliases", "country", "city",
    "municipality_code", "postcode", "province_code", "kvk", "pic", "ror_id", "website",
    "description", "keywords", "employees", "is_sme",
)  # fmt: skip

LINKS = (
    ("topsectors", OrganisationTopsector, "topsector_code"),
    ("technologies", OrganisationTechnology, "technology_code"),
    ("missions", OrganisationMission, "mission_code"),
)


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def find_existing(session: Session, record: OrganisationRecord) -> Organisation | None:
    """The stored organisation with the record's external id, KvK number or PIC, in that order."""
    for column, value in (
        (Organisation.external_id, record.external_id),
        (Organisation.kvk, record.kvk),
        (Organisation.pic, record.pic),
    ):
        if value:
            found = session.exec(select(Organisation).where(column == value)).first()
            if found is not None:
                return found
    return None


def _link_codes(session: Session, organisation_id: int, table, column: str) -> set[str]:
    statement = select(getattr(table, column)).where(table.organisation_id == organisation_id)
    return set(session.exec(statement))


def _write_links(session: Session, organisation_id: int, record: OrganisationRecord) -> bool:
    changed = False
    for attribute, table, column in LINKS:
        wanted = getattr(record, attribute)
        if wanted is None or set(wanted) == _link_codes(session, organisation_id, table, column):
            continue
        session.exec(delete(table).where(table.organisation_id == organisation_id))
        session.add_all(
            table(organisation_id=organisation_id, **{column: code}) for code in set(wanted)
        )
        changed = True
    return changed


def save_organisation(
    session: Session, record: OrganisationRecord, origin: str, *, update_existing: bool = True
) -> tuple[int, Outcome]:
    """Insert the record, or update the organisation it identifies with the values it gives."""
    existing = find_existing(session, record)
    if existing is None:
        values = {
            name: getattr(record, name) for name in SCALARS if getattr(record, name) is not None
        }
        organisation = Organisation(origin=origin, **values)
        session.add(organisation)
        session.flush()
        _write_links(session, organisation.id, record)
        return organisation.id, Outcome.CREATED
    if not update_existing:
        return existing.id, Outcome.UNCHANGED
    changed = False
    for name in SCALARS:
        value = getattr(record, name)
        if value is not None and getattr(existing, name) != value:
            setattr(existing, name, value)
            changed = True
    session.flush()
    changed = _write_links(session, existing.id, record) or changed
    return existing.id, Outcome.UPDATED if changed else Outcome.UNCHANGED


@dataclass(frozen=True)
class NameEntry:
    id: int
    names: tuple[str, ...]


def name_entries(session: Session) -> list[NameEntry]:
    """Every organisation's name, short name ("" when it has none) and aliases, for the name
    index."""
    # Aliases come as raw JSON text: decoding only the non-empty lists is several times faster
    # at 100,000 rows than letting the column type decode every one.
    raw_aliases = sa.cast(Organisation.aliases, sa.String)
    statement = select(Organisation.id, Organisation.name, Organisation.short_name, raw_aliases)
    entries = []
    for id_, name, short, aliases in session.exec(statement):
        extra = json.loads(aliases) if aliases and aliases != "[]" else ()
        entries.append(NameEntry(id_, (name, short or "", *extra)))
    return entries


@dataclass(frozen=True)
class OrganisationSummary:
    id: int
    name: str
    short_name: str | None
    kind: str
    type: str
    city: str | None
    province_code: str | None
    is_sme: bool | None
    origin: str


_SUMMARY_COLUMNS = (
    Organisation.id, Organisation.name, Organisation.short_name, Organisation.kind,
    Organisation.type, Organisation.city, Organisation.province_code, Organisation.is_sme,
    Organisation.origin,
)  # fmt: skip

SORTABLE = {
    "name": Organisation.name,
    "kind": Organisation.kind,
    "type": Organisation.type,
    "city": Organisation.city,
    "province": Organisation.province_code,
    "origin": Organisation.origin,
}


def summaries_by_id(session: Session, ids: list[int]) -> list[OrganisationSummary]:
    """Summaries in the order of ``ids``."""
    rows = {
        row[0]: OrganisationSummary(*row)
        for row in session.exec(select(*_SUMMARY_COLUMNS).where(Organisation.id.in_(ids)))
    }
    return [rows[i] for i in ids if i in rows]


def ids_within(session: Session, ids: list[int], filters: OrganisationFilter) -> list[int]:
    """Those of ``ids`` that ``filters`` allows, in the order of ``ids``."""
    statement = apply_filter(select(Organisation.id), replace(filters, ids=tuple(ids)))
    allowed = set(session.exec(statement))
    return [i for i in ids if i in allowed]


def _filtered(statement, text: str | None, filters: OrganisationFilter | None):
    if text:
        filters = replace(filters or OrganisationFilter(), text=text)
    return apply_filter(statement, filters)


def count_organisations(
    session: Session, text: str | None = None, *, filters: OrganisationFilter | None = None
) -> int:
    statement = select(func.count()).select_from(Organisation)
    return session.exec(_filtered(statement, text, filters)).one()


def page_of_summaries(
    session: Session,
    offset: int,
    limit: int,
    *,
    sort: str = "name",
    descending: bool = False,
    text: str | None = None,
    filters: OrganisationFilter | None = None,
) -> list[OrganisationSummary]:
    """One page of the organisations list, sorted and filtered by the database."""
    column = SORTABLE[sort]
    if column is not Organisation.origin:
        column = func.lower(column)
    order = (column.desc(), Organisation.id.desc()) if descending else (column, Organisation.id)
    statement = _filtered(select(*_SUMMARY_COLUMNS), text, filters)
    statement = statement.order_by(*order).offset(offset).limit(limit)
    return [OrganisationSummary(*row) for row in session.exec(statement)]


def delete_by_origin(session: Session, origin: str) -> int:
    """Remove every organisation of one origin (demo, synthetic); links and contacts go with it."""
    ids = list(session.exec(select(Organisation.id).where(Organisation.origin == origin)))
    for start in range(0, len(ids), 500):
        session.exec(delete(Organisation).where(Organisation.id.in_(ids[start : start + 500])))
    return len(ids)


def consortium_memberships_by_origin(session: Session, origin: str) -> int:
    """How many consortium memberships organisations of one origin hold."""
    statement = (
        select(func.count())
        .select_from(ConsortiumMember)
        .join(Organisation, Organisation.id == ConsortiumMember.organisation_id)
        .where(Organisation.origin == origin)
    )
    return session.exec(statement).one()
