"""Personal data: a deleted contact person is gone from the database file itself."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from desktop.models.queries.organisations.detail_data import ContactData, load_details
from desktop.models.tables.organisation import Contact
from desktop.services.lifecycle import backups
from desktop.services.lifecycle.opening import open_database
from desktop.services.organisations.editing import save_organisation_data
from tests.conftest import sqlite_url

SECRET = "j.de.vries.geheim@voorbeeld-bv.nl"


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_deleted_contact_leaves_no_trace_in_the_database_file(database_path: Path) -> None:
    database = open_database(sqlite_url(database_path)).database
    with database.transaction() as session:
        details = load_details(session, 1)
        details.data.contacts = [ContactData(name="Jan de Vries", email=SECRET, phone="0612345678")]
        save_organisation_data(session, 1, details.data, details.version)
    database.close()
    assert SECRET.encode() in file_bytes(database_path)

    database = open_database(sqlite_url(database_path)).database
    with database.transaction() as session:
        details = load_details(session, 1)
        details.data.contacts = []
        save_organisation_data(session, 1, details.data, details.version)
    with database.transaction() as session:
        assert session.exec(select(Contact).where(Contact.email == SECRET)).all() == []
    database.close()

    assert SECRET.encode() not in file_bytes(database_path)
    assert b"Jan de Vries" not in file_bytes(database_path)


def test_backups_holding_a_deleted_contact_age_out(database_path: Path) -> None:
    """Each kind of backup keeps only the newest few, so old copies are deleted in time."""
    from datetime import datetime, timedelta

    start = datetime(2026, 3, 1, 8, 0, 0)
    kept = backups.kept_per_kind(database_path)
    for day in range(kept + 3):
        backups.make_backup(database_path, "daily", now=start + timedelta(days=day))
    days = sorted(b.made for b in backups.list_backups(database_path) if b.kind == "daily")
    assert len(days) == kept and days[0] == start + timedelta(days=3)
