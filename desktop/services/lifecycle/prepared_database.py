"""A prepared copy of the built-in database, so that a first start opens at once.

Loading the built-in data (regions and instruments, 1,800 real organisations with their profiles
and Horizon 2020 track record, the demonstration data) takes several seconds. A new SQLite
database with the built-in data is instead a copy of ``resources/prepared/builtin.sqlite.gz``,
made by loading that data with this version's code:
``python -m desktop.services.lifecycle.prepared_database`` after the reference data or its
loading changed (a test fails while the copy differs from a fresh load).
PostgreSQL databases and ``init --empty`` are loaded as before.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import resources

PREPARED = Path(resources.__file__).parent / "prepared" / "builtin.sqlite.gz"


def copy_prepared(path: Path) -> bool:
    """Write the prepared database to ``path``, which does not exist yet; False when this
    installation has no prepared database."""
    if not PREPARED.is_file():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    with gzip.open(PREPARED, "rb") as source, partial.open("wb") as target:
        shutil.copyfileobj(source, target)
    os.replace(partial, path)
    return True


def write_prepared(target: Path = PREPARED) -> None:
    """Load the built-in data into a new database file and store it, compressed, at ``target``."""
    from desktop.models.database import Database, prepare_schema
    from desktop.services.lifecycle.opening import load_builtin_data

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "builtin.db"
        url = f"sqlite:///{path}"
        prepare_schema(url, create=True)
        database = Database(url)
        load_builtin_data(database, with_organisations=True)
        database.close()
        with sqlite3.connect(path) as connection:
            connection.execute("VACUUM")
        connection.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        with path.open("rb") as source, gzip.GzipFile(target, "wb", mtime=0) as packed:
            shutil.copyfileobj(source, packed)


if __name__ == "__main__":
    write_prepared()
    print(f"wrote {PREPARED}")
