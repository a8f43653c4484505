"""A database from every earlier schema, with data, is migrated to the newest one keeping it."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.models.database import SchemaState, inspect_database
from desktop.models.tables.organisation import Organisation
from desktop.services.lifecycle.opening import open_database
from desktop.services.synthetic import generate
from tests.schemas import downgrade, earlier_revisions


def organisations(url: str) -> list[tuple[int, str, str | None]]:
    database = open_database(url).database
    with database.transaction() as session:
        statement = select(Organisation.id, Organisation.name, Organisation.city)
        rows = list(session.exec(statement.order_by(Organisation.id)))
    database.close()
    return rows


@pytest.mark.parametrize("revision", earlier_revisions())
def test_every_earlier_schema_with_data_is_migrated(database_url: str, revision: str) -> None:
    database = open_database(database_url).database
    generate(database, 300, None, 11)
    database.close()
    before = organisations(database_url)
    downgrade(database_url, revision)
    assert inspect_database(database_url).revision == revision

    opened = open_database(database_url)
    opened.database.close()

    assert opened.migrated_from == revision
    assert inspect_database(database_url).state is SchemaState.CURRENT
    assert organisations(database_url) == before
    if database_url.startswith("sqlite"):
        assert opened.backup is not None and opened.backup.exists()
