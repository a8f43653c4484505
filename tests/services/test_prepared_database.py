"""The prepared built-in database that a first start copies is what loading the built-in data
gives with this version's code and data
(``python -m desktop.services.lifecycle.prepared_database`` remakes it)."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

from sqlmodel import func, select

from desktop.models.database import Database, prepare_schema
from desktop.models.tables.organisation import Organisation
from desktop.services.lifecycle.opening import load_builtin_data, open_database
from desktop.services.lifecycle.prepared_database import PREPARED

# Columns whose values depend on when the data was loaded.
MOMENTS = {"created_at", "updated_at", "made_at", "started_at", "finished_at"}


def _content(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        content = {}
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if row[1] not in MOMENTS
            ]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = connection.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            content[table] = sorted(rows, key=repr)
    connection.close()
    return content


def test_the_prepared_database_equals_a_fresh_load(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    prepare_schema(f"sqlite:///{fresh}", create=True)
    database = Database(f"sqlite:///{fresh}")
    load_builtin_data(database, with_organisations=True)
    database.close()
    prepared = tmp_path / "prepared.db"
    with gzip.open(PREPARED, "rb") as source, prepared.open("wb") as target:
        shutil.copyfileobj(source, target)
    expected, found = _content(fresh), _content(prepared)
    assert found.keys() == expected.keys()
    stale = [table for table in expected if found[table] != expected[table]]
    assert not stale, (
        f"run `python -m desktop.services.lifecycle.prepared_database`: {stale} differ"
    )


def test_a_new_database_file_is_the_prepared_copy(tmp_path: Path) -> None:
    path = tmp_path / "folder" / "new.db"
    opened = open_database(f"sqlite:///{path}", create=True)
    assert opened.created and path.is_file()
    with opened.database.transaction() as session:
        assert session.exec(select(func.count()).select_from(Organisation)).one() > 1000
    opened.database.close()
    with gzip.open(PREPARED, "rb") as packed:
        assert path.read_bytes() == packed.read()  # copied as it is, not loaded again
