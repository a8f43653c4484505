"""Opening the database a command or the window works on: create, migrate, or refuse."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.models.database import (
    Database,
    DatabaseError,
    SchemaState,
    inspect_database,
    is_writable,
    prepare_schema,
    resolve_url,
    sqlite_path,
)
from desktop.services.lifecycle import backups
from desktop.services.lifecycle.prepared_database import copy_prepared

__all__ = [
    "Database",
    "DatabaseError",
    "Opened",
    "back_up_today",
    "load_builtin_data",
    "open_database",
    "resolve_url",
    "sqlite_path",
]


@dataclass(frozen=True)
class Opened:
    database: Database
    created: bool
    migrated_from: str | None = None
    backup: Path | None = None
    # Why the day's backup could not be made (a full disk, a read-only folder); the database
    # itself opened normally.
    backup_problem: str | None = None
    # The file or its folder cannot be written: the database is opened for reading only.
    read_only: bool = False


def _open_read_only(url: str, path: Path) -> Opened:
    found = inspect_database(url)
    if found.state is SchemaState.OUTDATED:
        raise DatabaseError(
            f"{path} was made by an older HelixMatch and must be updated, but it is read-only "
            "here (no permission to write the file or its folder); it was left untouched."
        )
    if found.state is SchemaState.MISSING:
        raise DatabaseError(f"{path} is empty and read-only; it was left untouched.")
    return Opened(Database(url, read_only=True), created=False, read_only=True)


def open_database(
    url: str, *, create: bool = False, with_organisations: bool = True, backup_today: bool = True
) -> Opened:
    """The database at ``url`` with a current schema.

    A database created here gets the built-in data (without organisations when
    ``with_organisations`` is false); a migrated one gets its reference vocabulary refreshed.
    With ``backup_today``, an existing database file gets its daily backup when it is first
    opened on a day (the window makes it with ``back_up_today`` once it is shown instead).
    """
    path = sqlite_path(url)
    if path is not None and path.is_file() and not is_writable(path):
        return _open_read_only(url, path)
    new_file = create and with_organisations and path is not None and not path.exists()
    if new_file and copy_prepared(path):  # the built-in database as prepared, at once
        return Opened(Database(url), created=True)
    found, backup = prepare_schema(url, create=create, before_migration=backups.before_migration)
    database = Database(url)
    created = found.state is SchemaState.MISSING
    if created or found.state is SchemaState.OUTDATED:
        load_builtin_data(database, with_organisations=created and with_organisations)
    problem = back_up_today(url) if backup_today and not created else None
    migrated_from = found.revision if found.state is SchemaState.OUTDATED else None
    return Opened(database, created, migrated_from, backup, problem)


def load_builtin_data(database: Database, with_organisations: bool) -> None:
    """The reference vocabulary, and with ``with_organisations`` the built-in organisations and
    the demonstration data."""
    # The built-in data (and the importer it uses) loads only when it is written.
    from desktop.services.lifecycle.builtin_data import (
        load_demo_data,
        load_reference_organisations,
        load_reference_tables,
    )

    with database.transaction() as session:
        load_reference_tables(session)
        if with_organisations:
            load_reference_organisations(session)
            load_demo_data(session)


def back_up_today(url: str) -> str | None:
    """Make the day's backup of a database file if it has none yet; returns why it could not
    be made (a full disk, a read-only folder), or None."""
    path = sqlite_path(url)
    if path is None:
        return None
    try:
        backups.daily_backup(path)
    except DatabaseError as error:
        return str(error)
    return None
