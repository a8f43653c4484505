"""What an import needs from the organisations table: everyone's identity at once, many new
organisations written in bulk, one organisation merged with what a file says about it, and
participations added in bulk."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from desktop.models.queries.generation import insert_rows
from desktop.models.queries.organisations.records import LINKS
from desktop.models.queries.organisations.records import SCALARS as RECORD_FIELDS
from desktop.models.records import OrganisationRecord
from desktop.models.tables.base import utcnow
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.project import Participation

LISTS = ("aliases", "keywords")
SCALARS = tuple(name for name in RECORD_FIELDS if name not in LISTS)


@dataclass(frozen=True)
class Identity:
    """What tells one stored organisation from another."""

    id: int
    names: tuple[str, ...]  # name, short name, aliases
    external_id: str | None
    kvk: str | None
    pic: str | None
    website: str | None
    municipality_code: str | None
    city: str | None
    country: str

    @property
    def place(self) -> str | None:
        """The municipality code, else the city."""
        return self.municipality_code or self.city


def identities(session: Session) -> list[Identity]:
    """Every organisation's identity, in one query (aliases decoded only where present), in the
    order they were stored: de-duplication then finds the same pairs on every back-end (without
    an order, PostgreSQL returns updated rows last)."""
    o = Organisation
    statement = select(
        o.id, o.name, o.short_name, sa.cast(o.aliases, sa.String), o.external_id, o.kvk,
        o.pic, o.website, o.municipality_code, o.city, o.country,
    ).order_by(o.id)  # fmt: skip
    found = []
    for id_, name, short, aliases, external, kvk, pic, web, municipality, city, country in list(
        session.exec(statement)
    ):
        extra = json.loads(aliases) if aliases and aliases != "[]" else ()
        names = tuple(n for n in (name, short, *extra) if n)
        found.append(Identity(id_, names, external, kvk, pic, web, municipality, city, country))
    return found


def _row(record: OrganisationRecord, origin: str, now) -> dict:
    row = {name: getattr(record, name) for name in SCALARS}
    row.update(
        aliases=record.aliases or [],
        keywords=record.keywords or [],
        description=record.description or "",
        origin=origin,
        created_at=now,
        updated_at=now,
    )
    return row


def insert_organisations(
    session: Session, records: list[OrganisationRecord], origin: str
) -> list[int]:
    """Insert new organisations and their links in bulk; returns their ids in record order."""
    if not records:
        return []
    now = utcnow()
    rows = [_row(record, origin, now) for record in records]
    table = Organisation.__table__
    returned = session.connection().execute(
        sa.insert(table).returning(table.c.id, table.c.name, table.c.external_id), rows
    )
    ids = []
    # A multi-row INSERT returns its rows in the order given on SQLite and PostgreSQL; the names
    # are compared so that an order that differs can never link the wrong rows.
    for (id_, name, external_id), row in zip(returned, rows, strict=True):
        if (name, external_id) != (row["name"], row["external_id"]):
            raise RuntimeError("inserted organisations came back in another order")
        ids.append(id_)
    for attribute, link_table, column in LINKS:
        insert_rows(
            session,
            link_table,
            [
                {"organisation_id": id_, column: code}
                for id_, record in zip(ids, records, strict=True)
                for code in dict.fromkeys(getattr(record, attribute) or ())
            ],
        )
    return ids


def merge_organisation(session: Session, organisation_id: int, record: OrganisationRecord) -> bool:
    """Add what the record knows and the organisation lacks: empty values filled in, lists and
    links joined, the record's names kept as aliases. Nothing stored is overwritten. Returns
    whether anything changed."""
    organisation = session.get(Organisation, organisation_id)
    changed = False
    for name in SCALARS:
        value = getattr(record, name)
        if value is not None and getattr(organisation, name) in (None, ""):
            setattr(organisation, name, value)
            changed = True
    known = {organisation.name, organisation.short_name, *organisation.aliases}
    extra_names = [n for n in (record.name, record.short_name, *(record.aliases or ())) if n]
    joined = {
        "aliases": [*organisation.aliases, *(n for n in extra_names if n not in known)],
        "keywords": list(dict.fromkeys([*organisation.keywords, *(record.keywords or ())])),
    }
    for name, values in joined.items():
        unique = list(dict.fromkeys(values))
        if unique != getattr(organisation, name):
            setattr(organisation, name, unique)
            changed = True
    session.flush()
    for attribute, link_table, column in LINKS:
        stored = set(
            session.exec(
                select(getattr(link_table, column)).where(
                    link_table.organisation_id == organisation_id
                )
            )
        )
        new = [
            code for code in dict.fromkeys(getattr(record, attribute) or ()) if code not in stored
        ]
        session.add_all(link_table(organisation_id=organisation_id, **{column: c}) for c in new)
        changed = changed or bool(new)
    session.flush()
    return changed


def add_participations(
    session: Session, links: list[tuple[int, int, str, float | None]]
) -> list[tuple[int, int]]:
    """Add (project id, organisation id, role, contribution) links that are not stored yet, in
    bulk; the first link of a pair counts. Returns the (project, organisation) pairs added."""
    projects = list({project for project, *_ in links})
    stored: set[tuple[int, int]] = set()
    for start in range(0, len(projects), 500):
        statement = select(Participation.project_id, Participation.organisation_id).where(
            Participation.project_id.in_(projects[start : start + 500])
        )
        stored.update(session.exec(statement))
    rows = []
    for project, organisation, role, contribution in links:
        if (project, organisation) not in stored:
            stored.add((project, organisation))
            rows.append(
                {
                    "project_id": project,
                    "organisation_id": organisation,
                    "role": role,
                    "contribution": contribution,
                }  # fmt: skip
            )
    insert_rows(session, Participation, rows)
    return [(row["project_id"], row["organisation_id"]) for row in rows]
