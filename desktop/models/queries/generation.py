"""What the synthetic-data generator reads (vocabulary, partner organisations) and bulk writes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert
from sqlmodel import Session, SQLModel, func, select

from desktop.models.queries.external_ids import ids_by_external_id
from desktop.models.tables.organisation import Organisation
from desktop.models.tables.reference import Region, Technology, Topsector

INSERT_CHUNK = 5_000


@dataclass(frozen=True)
class Named:
    code: str
    name: str
    name_en: str


@dataclass(frozen=True)
class RegionRow:
    code: str
    kind: str
    name: str
    province_code: str | None
    municipality_codes: tuple[str, ...]
    topsector_codes: tuple[str, ...]


@dataclass(frozen=True)
class Located:
    id: int
    province_code: str | None


def topsectors(session: Session) -> list[Named]:
    statement = select(Topsector).order_by(Topsector.code)
    return [Named(t.code, t.name, t.name_en) for t in session.exec(statement)]


def technologies(session: Session) -> list[Named]:
    statement = select(Technology).order_by(Technology.code)
    return [Named(t.code, t.name, t.name_en) for t in session.exec(statement)]


def regions(session: Session) -> list[RegionRow]:
    return [
        RegionRow(
            r.code,
            r.kind,
            r.name,
            r.province_code,
            tuple(r.municipality_codes or ()),
            tuple(r.topsector_codes or ()),
        )
        for r in session.exec(select(Region).order_by(Region.code))
    ]


def organisations_of_types(
    session: Session, types: Iterable[str], *, except_origin: str
) -> list[Located]:
    """The organisations of the given types and of any origin but one, by id."""
    statement = (
        select(Organisation.id, Organisation.province_code)
        .where(Organisation.type.in_(list(types)), Organisation.origin != except_origin)
        .order_by(Organisation.id)
    )
    return [Located(*row) for row in session.exec(statement)]


def organisation_names(session: Session) -> set[str]:
    return set(session.exec(select(Organisation.name)))


def count_external_ids_starting(session: Session, table: type[SQLModel], prefix: str) -> int:
    column = table.__table__.c.external_id
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    matching = column.like(f"{escaped}%", escape="\\")
    return session.exec(select(func.count()).select_from(table).where(matching)).one()


def insert_with_external_ids(
    session: Session, table: type[SQLModel], rows: list[dict]
) -> list[int]:
    """Insert plain rows that each have a new ``external_id``; returns their ids in row order.

    An executemany without RETURNING and a lookup by the unique external id afterwards: on
    SQLite, RETURNING in parameter order would insert one row per statement, several times slower.
    """
    insert_rows(session, table, rows)
    found = ids_by_external_id(session, table, (row["external_id"] for row in rows))
    return [found[row["external_id"]] for row in rows]


def insert_rows(session: Session, table: type[SQLModel], rows: list[dict]) -> None:
    """Insert plain rows with SQLAlchemy Core, in chunks (executemany)."""
    connection = session.connection()
    for start in range(0, len(rows), INSERT_CHUNK):
        connection.execute(insert(table.__table__), rows[start : start + INSERT_CHUNK])
