"""Where the database is, how to open it, and how to bring its schema up to date.

Opening is careful: a file is first inspected read-only. A database made by a newer HelixMatch,
or any file that is not a HelixMatch database, is refused before anything writes to it. An older
HelixMatch database is backed up (by the caller, see desktop.services.lifecycle.backups) and
then migrated.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlalchemy as sa
from platformdirs import user_data_dir
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from desktop.models.errors import DatabaseError, explain
from desktop.models.tables.info import APPLICATION_KEY, APPLICATION_NAME

if TYPE_CHECKING:
    from alembic.config import Config

ENV_VARIABLE = "HELIXMATCH_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
_WRITING = "helixmatch_writing"  # in Connection.info: the transaction holds the write lock
_CHANGES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|SAVEPOINT)\b", re.I)


class SchemaState(StrEnum):
    MISSING = "missing"  # no file, an empty file, or an empty server database
    CURRENT = "current"
    OUTDATED = "outdated"
    NEWER = "newer"


@dataclass(frozen=True)
class Inspection:
    state: SchemaState
    revision: str | None = None


def default_database_path() -> Path:
    return Path(user_data_dir("HelixMatch", appauthor=False)) / "helixmatch.db"


def resolve_url(option: str | None, environ: dict[str, str] | None = None) -> str:
    """The SQLAlchemy URL from ``--db``, else ``HELIXMATCH_DB``, else the user's data directory.

    Both accept a file path or a URL (anything with ``://``).
    """
    environ = os.environ if environ is None else environ
    value = option or environ.get(ENV_VARIABLE) or str(default_database_path())
    if "://" in value:
        try:
            make_url(value)
        except sa.exc.ArgumentError:
            raise DatabaseError(f"'{value}' is not a database URL") from None
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other back-ends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def describe(url: str) -> str:
    """How to name the database to a user: its path, or its URL without the password."""
    path = sqlite_path(url)
    return str(path) if path else make_url(url).render_as_string(hide_password=True)


def _engine(url: str) -> Engine:
    """An engine, or a DatabaseError for a URL no installed driver can serve."""
    try:
        return sa.create_engine(url)
    except (ImportError, sa.exc.NoSuchModuleError, sa.exc.ArgumentError) as error:
        raise DatabaseError(f"cannot use {describe(url)}: {error}") from error


def create_db_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine; on SQLite every connection gets WAL, foreign keys, a busy timeout and secure
    deletion."""
    engine = _engine(url)
    if engine.dialect.name == "sqlite":

        @sa.event.listens_for(engine, "connect")
        def _configure(dbapi_connection, _record) -> None:
            # Python's sqlite3 would begin transactions only before data changes, leaving schema
            # changes outside them; HelixMatch begins every transaction itself (see _begin).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")
            # Deleted rows are overwritten, not left in free pages: a deleted contact person
            # (personal data) is gone from the file, not merely unlinked.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.close()

        @sa.event.listens_for(engine, "begin")
        def _begin(connection) -> None:
            connection.exec_driver_sql("BEGIN")
            connection.info[_WRITING] = False

        @sa.event.listens_for(engine, "before_cursor_execute")
        def _write_lock_first(connection, cursor, statement, _parameters, _context, _many) -> None:
            if connection.info.get(_WRITING, True) or not _CHANGES.match(statement):
                return
            # A transaction that read first holds a snapshot; SQLite refuses at once, without
            # waiting (busy_timeout), to turn it into a write while another connection writes
            # or has written since. So the snapshot ends here and the write lock is taken with
            # BEGIN IMMEDIATE, which waits; changes made meanwhile are seen, and the version
            # columns refuse an edit of a record someone else saved (as on PostgreSQL).
            cursor.connection.execute("COMMIT")
            cursor.connection.execute("BEGIN IMMEDIATE")
            connection.info[_WRITING] = True

    return engine


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic loads when a database is opened, not before

    config = Config()
    config.set_main_option("script_location", "desktop.models:migrations")
    return config


def known_revisions() -> tuple[set[str], str]:
    """The schema revisions this version knows, and the newest.

    Read from the migration files' names (``0005_import_log.py`` is revision ``0005``, each
    revision follows the one numbered before it) rather than through Alembic, which takes a
    quarter of a second to load: opening a current database needs only this answer.
    """
    folder = Path(__file__).parent / "migrations" / "versions"
    known = {file.name.split("_", 1)[0] for file in folder.glob("[0-9][0-9][0-9][0-9]_*.py")}
    return known, max(known)


def _classify(
    tables: set[str], revision: str | None, application: str | None, where: str
) -> Inspection:
    if not tables:
        return Inspection(SchemaState.MISSING)
    if "alembic_version" not in tables or application != APPLICATION_NAME:
        raise DatabaseError(f"{where} is not a HelixMatch database; it was left untouched.")
    known, head = known_revisions()
    if revision == head:
        return Inspection(SchemaState.CURRENT, revision)
    if revision in known:
        return Inspection(SchemaState.OUTDATED, revision)
    raise DatabaseError(
        f"{where} was made by a newer version of HelixMatch (schema {revision}); "
        "update HelixMatch to open it."
    )


def _inspect_sqlite_file(path: Path) -> Inspection:
    if not path.exists() or path.stat().st_size == 0:
        return Inspection(SchemaState.MISSING)
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseError(f"{path} is not a HelixMatch database; it was left untouched.")
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {
                r[0]
                for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = application = None
            if "alembic_version" in tables:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = revision[0] if revision else None
            if "helixmatch_info" in tables:
                row = connection.execute(
                    "SELECT value FROM helixmatch_info WHERE key = ?", (APPLICATION_KEY,)
                ).fetchone()
                application = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        explained = explain(error, str(path))
        if explained is not None and "damaged" in str(explained):
            raise DatabaseError(f"{explained} It was left untouched.") from error
        raise DatabaseError(
            f"{path} cannot be read as a database ({error}); it was left untouched."
        ) from error
    return _classify(tables, revision, application, str(path))


def _inspect_server(url: str) -> Inspection:
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            tables = set(sa.inspect(connection).get_table_names())
            revision = application = None
            if "alembic_version" in tables:
                revision = connection.execute(
                    sa.text("SELECT version_num FROM alembic_version")
                ).scalar()
            if "helixmatch_info" in tables:
                application = connection.execute(
                    sa.text("SELECT value FROM helixmatch_info WHERE key = :key"),
                    {"key": APPLICATION_KEY},
                ).scalar()
    except sa.exc.OperationalError as error:
        raise DatabaseError(f"cannot connect to {describe(url)}: {error.orig}") from error
    finally:
        engine.dispose()
    return _classify(tables, revision, application, describe(url))


def inspect_database(url: str) -> Inspection:
    """What is at ``url``, found without writing anything."""
    path = sqlite_path(url)
    if path is not None:
        return _inspect_sqlite_file(path)
    if make_url(url).get_backend_name() == "sqlite":
        return Inspection(SchemaState.MISSING)
    return _inspect_server(url)


def online_copy(source: Path, target: Path) -> None:
    """Copy an SQLite database with SQLite's online backup: consistent even while it is in use."""
    reading = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        writing = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            reading.backup(writing)
        finally:
            writing.close()
    finally:
        reading.close()


def migrate(connection: sa.Connection) -> None:
    """Run the migrations up to the newest revision inside the caller's transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def upgrade_schema(url: str) -> None:
    """Bring the schema to the newest revision in one transaction (foreign keys off meanwhile,
    so that SQLite's table rebuilds do not cascade)."""
    engine = create_db_engine(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            migrate(connection)
    finally:
        engine.dispose()


def prepare_schema(
    url: str, *, create: bool, before_migration: Callable[[Path, str], Path] | None = None
) -> tuple[Inspection, Path | None]:
    """Make sure the schema at ``url`` is current.

    Before an older database file is migrated, ``before_migration(path, revision)`` backs it up.
    Returns what was found and, if an older database was migrated, where its backup went.
    A missing database is created only when ``create`` is true.
    """
    found = inspect_database(url)
    backup = None
    if found.state is SchemaState.MISSING:
        if not create:
            raise DatabaseError(
                f"there is no HelixMatch database at {describe(url)}; "
                "create it with 'helixmatch init'."
            )
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        upgrade_schema(url)
    elif found.state is SchemaState.OUTDATED:
        path = sqlite_path(url)
        if path is not None and before_migration is not None:
            backup = before_migration(path, found.revision or "unknown")
        upgrade_schema(url)
    return found, backup


class _Session(Session):
    """The sessions of ``Database.transaction``."""


@sa.event.listens_for(_Session, "before_flush")
def _drop_nul_characters(session: Session, _context, _instances) -> None:
    """NUL characters (U+0000) are left out of every text that is stored: PostgreSQL cannot
    store them, and on either back-end they mean nothing in a name or a text."""
    for instance in (*session.new, *session.dirty):
        for name, value in vars(instance).items():
            if isinstance(value, str) and "\x00" in value:
                setattr(instance, name, value.replace("\x00", ""))


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` for reading only. In a folder that cannot be written,
    SQLite cannot make the shared-memory file of a WAL database, so the file is then also
    declared unchanging (immutable)."""
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return f"file:{quote(str(path))}?mode=ro{immutable}"


def is_writable(path: Path) -> bool:
    """Whether HelixMatch may write the database file and its folder (journal, backups)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class Database:
    """An open, current HelixMatch database: the engine and short transactions on it."""

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        path = sqlite_path(url)
        if read_only and path is not None:
            url = f"sqlite:///{read_only_uri(path)}&uri=true"
        self.engine = create_db_engine(url)

    @property
    def location(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as a whole at the end, or not at all.

        On SQLite it reads in a snapshot, never waiting for a writer; its first change takes the
        write lock, waiting up to ``BUSY_TIMEOUT_MS`` while another connection writes, and from
        then on it sees the latest data (see ``_write_lock_first``).

        Failures a user can meet (a record changed by someone else meanwhile, a busy, read-only,
        full or damaged database) come out as ``DatabaseError`` subclasses with a clear message.
        """
        try:
            with _Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except Exception as error:
            explained = explain(error, self.location)
            if explained is None:
                raise
            raise explained from error

    def close(self) -> None:
        self.engine.dispose()
