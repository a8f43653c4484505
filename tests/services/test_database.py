"""Opening, creating and migrating databases; refusing what is not ours."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from desktop.models.database import (
    DatabaseError,
    alembic_config,
    create_db_engine,
    default_database_path,
    known_revisions,
    resolve_url,
)
from desktop.services.lifecycle.opening import open_database
from tests.conftest import sqlite_url


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_known_revisions_from_file_names_are_alembics_chain() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known, head = known_revisions()
    assert known == {revision.revision for revision in script.walk_revisions()}
    assert head == script.get_current_head()
    ordered = sorted(known)
    for before, revision in zip([None, *ordered], ordered, strict=False):
        assert script.get_revision(revision).down_revision == before


def test_resolve_url_prefers_option_then_environment_then_user_folder(tmp_path) -> None:
    file = tmp_path / "a.db"
    assert resolve_url(str(file), {}) == f"sqlite:///{file}"
    assert resolve_url(None, {"HELIXMATCH_DB": str(file)}) == f"sqlite:///{file}"
    assert resolve_url("postgresql://u@h/db", {"HELIXMATCH_DB": str(file)}) == "postgresql://u@h/db"
    assert resolve_url(None, {}) == f"sqlite:///{default_database_path()}"


def test_new_database_uses_wal_foreign_keys_and_busy_timeout(database_path) -> None:
    engine = create_db_engine(sqlite_url(database_path))
    with engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000
    engine.dispose()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_schema_of_migrations_matches_the_tables(database) -> None:
    def for_this_dialect(obj, _name, _type, _reflected, _compare_to) -> bool:
        # Indexes made only on PostgreSQL (trigram indexes) are not expected on SQLite.
        condition = getattr(obj, "_ddl_if", None)
        return condition is None or condition.dialect in (None, connection.dialect.name)

    with database.engine.connect() as connection:
        options = {"compare_type": True, "include_object": for_this_dialect}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, SQLModel.metadata) == []
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )


def test_older_database_is_backed_up_then_migrated_keeping_its_data(tmp_path) -> None:
    path = tmp_path / "old.db"
    engine = create_db_engine(sqlite_url(path), foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO organisation (name, aliases, kind, type, country, description, keywords,"
            " origin, created_at, updated_at) VALUES ('Oude BV', '[]', 'company', 'sme', 'NL', '',"
            " '[]', 'user', '2020-01-01', '2020-01-01')"
        )
    engine.dispose()

    opened = open_database(sqlite_url(path))

    assert opened.migrated_from == "0001"
    assert opened.backup is not None and opened.backup.exists()
    with sqlite3.connect(opened.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT name FROM organisation").fetchall() == [("Oude BV",)]
    with opened.database.engine.connect() as connection:
        names = connection.exec_driver_sql("SELECT name FROM organisation").scalars().all()
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        tables = set(sa.inspect(connection).get_table_names())
    opened.database.close()
    assert names == ["Oude BV"]
    assert revision == head_revision()
    assert {"consortium", "consortium_member", "question"} <= tables


def test_database_of_a_newer_version_is_refused_untouched(database_path) -> None:
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(database_path)
    with pytest.raises(DatabaseError, match="newer version of HelixMatch"):
        open_database(sqlite_url(database_path))
    assert digest(database_path) == before


def test_sqlite_file_of_another_application_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('mine')")
    before = digest(path)
    with pytest.raises(DatabaseError, match="not a HelixMatch database"):
        open_database(sqlite_url(path), create=True)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "organisations.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database")
    before = digest(path)
    with pytest.raises(DatabaseError, match="not a HelixMatch database"):
        open_database(sqlite_url(path), create=True)
    assert digest(path) == before


def test_missing_database_is_not_created_unless_asked(tmp_path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(DatabaseError, match="helixmatch init"):
        open_database(sqlite_url(path))
    assert not path.exists()


def test_created_database_lives_in_new_folders(tmp_path) -> None:
    path = tmp_path / "deep" / "folder" / "h.db"
    opened = open_database(sqlite_url(path), create=True, with_organisations=False)
    opened.database.close()
    assert opened.created and path.exists()


def test_schema_changes_are_part_of_the_transaction(database) -> None:
    """A failed migration step leaves nothing behind: DDL is rolled back with the rest."""
    with pytest.raises(RuntimeError), database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        connection.exec_driver_sql("INSERT INTO helixmatch_info VALUES ('k', 'v')")
        raise RuntimeError("crash in the middle")
    with database.engine.connect() as connection:
        assert "half_done" not in sa.inspect(connection).get_table_names()
        keys = connection.exec_driver_sql("SELECT key FROM helixmatch_info").scalars().all()
        assert keys == ["application"]


def test_nul_characters_are_left_out_of_stored_text(database) -> None:
    """PostgreSQL cannot store U+0000; both back-ends store the text without it."""
    from desktop.models.tables.organisation import Organisation

    with database.transaction() as session:
        organisation = Organisation(name="Nul\x00 BV", kind="company", type="sme")
        session.add(organisation)
        session.flush()
        organisation_id = organisation.id
    with database.transaction() as session:
        stored = session.get(Organisation, organisation_id)
        assert stored.name == "Nul BV"
        stored.description = "met\x00 nul"
    with database.transaction() as session:
        assert session.get(Organisation, organisation_id).description == "met nul"
