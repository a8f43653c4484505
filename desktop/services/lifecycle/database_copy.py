"""Copying a whole HelixMatch database into another one, such as a team's PostgreSQL server.

The target must be empty. It gets the schema from the migrations and then every row, table by
table in the order of their foreign keys, all in one transaction: a copy that fails halfway
leaves the target as empty as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import desktop.models  # noqa: F401  (registers every table on the metadata)
from desktop.models.database import (
    Database,
    DatabaseError,
    SchemaState,
    create_db_engine,
    describe,
    inspect_database,
    migrate,
    sqlite_path,
)
from desktop.models.tables.info import AppInfo

CHUNK = 5_000
# Made by the migrations themselves in the target.
_NOT_COPIED = {"alembic_version", "helixmatch_info"}


@dataclass(frozen=True)
class Copied:
    target: str
    rows: dict[str, int]


def _tables() -> list[sa.Table]:
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in _NOT_COPIED]


def _ordered_rows(connection: Connection, table: sa.Table) -> Iterator[list[dict]]:
    """The rows in chunks; in a table that refers to itself (regions in their province), rows
    that refer to nothing come first, so that every reference points at a row already copied."""
    statement = sa.select(table)
    own = [fk.parent for fk in table.foreign_keys if fk.column.table is table]
    order = [column.is_not(None) for column in own]
    statement = statement.order_by(*order, *table.primary_key.columns)
    result = connection.execution_options(yield_per=CHUNK).execute(statement)
    for chunk in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in chunk]


def _reset_sequences(connection: Connection, tables: list[sa.Table]) -> None:
    """After rows were inserted with their ids, PostgreSQL's id sequences start above them."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, sa.Integer):
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
            f"COALESCE((SELECT MAX({key[0].name}) FROM {table.name}), 0) + 1, false)"
        )


def _copy_settings(reading: Connection, writing: Connection) -> None:
    """The database's own settings (such as how many backups are kept) go with it; the marker
    that it is a HelixMatch database was written by the migrations already."""
    info = AppInfo.__table__
    made = set(writing.execute(sa.select(info.c.key)).scalars())
    rows = [dict(row) for row in reading.execute(sa.select(info)).mappings()]
    wanted = [row for row in rows if row["key"] not in made]
    if wanted:
        writing.execute(sa.insert(info), wanted)


def copy_database(
    source: Database, target_url: str, progress: Callable[[str, int], None] | None = None
) -> Copied:
    """Copy every row of ``source`` into the empty database at ``target_url``."""
    if inspect_database(target_url).state is not SchemaState.MISSING:
        raise DatabaseError(
            f"{describe(target_url)} is not empty; HelixMatch copies only into an empty "
            "database, so nothing was copied."
        )
    path = sqlite_path(target_url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    tables = _tables()
    counts: dict[str, int] = {}
    engine = create_db_engine(target_url)
    try:
        with source.engine.connect() as reading, engine.begin() as writing:
            migrate(writing)
            for table in tables:
                counts[table.name] = 0
                for rows in _ordered_rows(reading, table):
                    writing.execute(sa.insert(table), rows)
                    counts[table.name] += len(rows)
                if progress is not None:
                    progress(table.name, counts[table.name])
            _copy_settings(reading, writing)
            if writing.dialect.name == "postgresql":
                _reset_sequences(writing, tables)
    except sa.exc.SQLAlchemyError as error:
        raise DatabaseError(
            f"copying into {describe(target_url)} failed, nothing was copied: {error}"
        ) from error
    finally:
        engine.dispose()
    return Copied(describe(target_url), counts)
