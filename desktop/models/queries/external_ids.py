"""Finding rows by their external id, in chunks that stay below SQLite's parameter limit."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, SQLModel, select

CHUNK = 500


def ids_by_external_id(
    session: Session, table: type[SQLModel], external_ids: Iterable[str]
) -> dict[str, int]:
    """External id -> primary key, for those of ``external_ids`` that are stored in ``table``."""
    columns = table.__table__.c
    wanted = list(dict.fromkeys(external_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        statement = select(columns.external_id, columns.id).where(
            columns.external_id.in_(wanted[start : start + CHUNK])
        )
        found.update(session.connection().execute(statement).all())
    return found
