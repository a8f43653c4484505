"""Backups of a database file: automatic ones (before a migration, before an import, once a
day), ones made on request, and restoring one.

Backups live in a folder beside the database (``helixmatch.db.backups/``), one SQLite file each,
named by time and kind: ``20261122-170300-daily.db``. Every copy is made with SQLite's online
backup, so it is consistent while the application is running. Of each kind only the newest
few are kept (7 unless the database says otherwise: ``helixmatch backup --keep N``, or the
Backups dialog), so that what was deleted, personal data included, ages out of the backups.

A PostgreSQL team database is backed up on its server (``pg_dump``), not here.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.models.database import (
    BUSY_TIMEOUT_MS,
    DatabaseError,
    SchemaState,
    inspect_database,
    online_copy,
    read_only_uri,
    sqlite_path,
)
from desktop.models.errors import explain
from desktop.models.tables.info import KEPT_BACKUPS_KEY

__all__ = [
    "DEFAULT_KEPT",
    "KINDS",
    "MOST_KEPT",
    "Backup",
    "DatabaseError",
    "backup_folder",
    "before_import",
    "before_migration",
    "check_backup",
    "daily_backup",
    "database_file",
    "kept_per_kind",
    "list_backups",
    "make_backup",
    "restore_backup",
    "rotate",
    "set_kept_per_kind",
    "sqlite_path",
    "surplus",
]

KINDS = ("daily", "import", "migration", "manual", "replaced")
DEFAULT_KEPT = 7
MOST_KEPT = 365  # a year of daily backups
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)(?:-(?P<detail>[\w.-]+))?\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str
    made: datetime
    size: int
    detail: str | None = None


def database_file(url: str) -> Path:
    """The file behind ``url``; a clear error for a server database."""
    path = sqlite_path(url)
    if path is None:
        raise DatabaseError(
            "backups are made of database files; back up a PostgreSQL database on its server "
            "(pg_dump)"
        )
    return path


def backup_folder(database: Path) -> Path:
    return database.with_name(f"{database.name}.backups")


def list_backups(database: Path) -> list[Backup]:
    """The backups of ``database``, newest first."""
    folder = backup_folder(database)
    found = []
    for path in folder.glob("*.db") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None:
            continue
        made = datetime.strptime(match["stamp"], _STAMP)
        found.append(Backup(path, match["kind"], made, path.stat().st_size, match["detail"]))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def kept_per_kind(database: Path) -> int:
    """How many backups of each kind are kept, as stored in the database."""
    try:
        connection = sqlite3.connect(read_only_uri(database), uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM helixmatch_info WHERE key = ?", (KEPT_BACKUPS_KEY,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return DEFAULT_KEPT
    if row is None or not row[0].isdigit() or not 1 <= int(row[0]) <= MOST_KEPT:
        return DEFAULT_KEPT
    return int(row[0])


def set_kept_per_kind(database: Path, count: int) -> None:
    """Store how many backups of each kind are kept. Backups beyond it are deleted at the next
    rotation: when the next backup is made, or by ``rotate``."""
    if not 1 <= count <= MOST_KEPT:
        raise ValueError(f"between 1 and {MOST_KEPT} backups of each kind can be kept, not {count}")
    try:
        connection = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            with connection:
                connection.execute(
                    "INSERT INTO helixmatch_info (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (KEPT_BACKUPS_KEY, str(count)),
                )
        finally:
            connection.close()
    except sqlite3.Error as error:
        explained = explain(error, str(database))
        raise explained or DatabaseError(f"cannot change {database}: {error}") from error


def _target(database: Path, kind: str, detail: str | None, now: datetime) -> Path:
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    base = f"{now.strftime(_STAMP)}-{kind}" + (f"-{detail}" if detail else "")
    target, number = folder / f"{base}.db", 1
    while target.exists():
        number += 1
        target = folder / f"{base}-{number}.db"
    return target


def make_backup(
    database: Path, kind: str, detail: str | None = None, now: datetime | None = None
) -> Path:
    """A consistent copy of ``database`` in its backup folder; older ones of the kind rotate out.

    The copy is written under a temporary name and renamed when complete, so a backup that
    is listed is always whole. A full disk or a read-only folder raises a DatabaseError and
    leaves the database as it was.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind of backup: {kind}")
    try:
        target = _target(database, kind, detail, now or datetime.now())
        partial = target.with_name(f".{target.name}.partial")
        try:
            online_copy(database, partial)
            os.replace(partial, target)
        finally:
            # A copy that failed half-way can leave SQLite's rollback journal beside it.
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                leftover.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(
            f"cannot back up {database} into {backup_folder(database)}: {error}"
        ) from error
    rotate(database)
    return target


def surplus(found: list[Backup], kept: int) -> list[Backup]:
    """The backups beyond the newest ``kept`` of each kind; ``found`` is newest first."""
    seen: dict[str, int] = {}
    beyond = []
    for backup in found:
        seen[backup.kind] = seen.get(backup.kind, 0) + 1
        if seen[backup.kind] > kept:
            beyond.append(backup)
    return beyond


def rotate(database: Path) -> list[Path]:
    """Delete the backups beyond the number kept of each kind; returns what was deleted."""
    removed = []
    for backup in surplus(list_backups(database), kept_per_kind(database)):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def before_migration(database: Path, revision: str) -> Path:
    return make_backup(database, "migration", revision)


def before_import(url: str) -> Path | None:
    """The backup made before an import into a database file (None for a server database)."""
    path = sqlite_path(url)
    return make_backup(path, "import") if path is not None else None


def daily_backup(database: Path, today: date | None = None) -> Path | None:
    """The day's backup, made when the database is first opened on a day; None if it exists."""
    today = today or date.today()
    if any(b.kind == "daily" and b.made.date() == today for b in list_backups(database)):
        return None
    return make_backup(database, "daily")


def check_backup(file: Path) -> None:
    """Refuse a file that is not a whole HelixMatch database this version can open."""
    if not file.is_file():
        raise DatabaseError(f"{file}: file not found")
    found = inspect_database(f"sqlite:///{file.resolve()}")
    if found.state is SchemaState.MISSING:
        raise DatabaseError(f"{file} is empty, not a HelixMatch backup")
    connection = sqlite3.connect(read_only_uri(file.resolve()), uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{file} is damaged ({error}); nothing was restored") from error
    finally:
        connection.close()
    if result != "ok":
        raise DatabaseError(f"{file} is damaged ({result}); nothing was restored")


def restore_backup(database: Path, file: Path) -> Path | None:
    """Replace the contents of ``database`` by the backup ``file``.

    What is replaced is first kept as a backup of the kind "replaced" (returned; None when
    there was no database). The copy goes into the live file with SQLite's online backup, so
    another window that has it open sees the restored data, not a stale file.
    """
    check_backup(file)
    if file.resolve() == database.resolve():
        raise DatabaseError(f"{file} is the database itself; nothing was restored")
    kept = None
    if database.exists() and database.stat().st_size > 0:
        kept = _keep_replaced(database)
    try:
        online_copy(file, database)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) not in _DAMAGED:
            raise DatabaseError(
                f"cannot restore into {database} ({error}); it was left as it was"
            ) from error
        _replace_damaged(file, database)
    return kept


# SQLITE_CORRUPT and SQLITE_NOTADB: a damaged database, which the online backup cannot read
# from or write into; it is then copied and replaced as a file.
_DAMAGED = (11, 26)


def _keep_replaced(database: Path) -> Path:
    try:
        return make_backup(database, "replaced")
    except DatabaseError as error:
        cause = error.__cause__
        if getattr(cause, "sqlite_errorcode", None) not in _DAMAGED:
            raise
    target = _target(database, "replaced", None, datetime.now())
    shutil.copyfile(database, target)
    return target


def _replace_damaged(file: Path, database: Path) -> None:
    partial = database.with_name(f".{database.name}.restoring")
    try:
        online_copy(file, partial)
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(partial, database)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(f"cannot restore into {database}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
