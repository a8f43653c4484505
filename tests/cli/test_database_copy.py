"""``helixmatch copy --to URL``: a whole database into an empty one (a file or a team server)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.database import DatabaseError, SchemaState, inspect_database
from desktop.models.queries.organisations.records import save_organisation
from desktop.models.records import OrganisationRecord
from desktop.models.tables.info import KEPT_BACKUPS_KEY, AppInfo
from desktop.services.lifecycle.database_copy import copy_database
from desktop.services.lifecycle.opening import open_database
from tests.conftest import sqlite_url


def stats(capsys, url: str) -> dict:
    assert main(["--db", url, "stats", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_copy_moves_every_row_and_the_target_keeps_working(
    database_path: Path, empty_database_url: str, capsys
) -> None:
    source = sqlite_url(database_path)
    assert main(["--db", source, "generate", "--organisations", "300", "--seed", "4"]) == 0
    assert main(["--db", source, "backup", "--keep", "3"]) == 0  # a setting of the database
    capsys.readouterr()

    assert main(["--db", source, "copy", "--to", empty_database_url]) == 0
    out, err = capsys.readouterr()
    assert "copied" in out and "organisation " in err

    assert stats(capsys, empty_database_url) == stats(capsys, source)
    assert main(["--db", empty_database_url, "search", "TU/e", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["short_name"] == "TU/e"
    # New rows get ids after the copied ones (on PostgreSQL: the sequences were moved on).
    target = open_database(empty_database_url).database
    with target.transaction() as session:
        record = OrganisationRecord("Na De Kopie BV", "company", "sme")
        new_id, _ = save_organisation(session, record, "user")
    with target.transaction() as session:
        kept = session.get(AppInfo, KEPT_BACKUPS_KEY)
    target.close()
    assert new_id > stats(capsys, source)["organisations"]
    assert kept is not None and kept.value == "3"


def test_copy_refuses_a_target_that_is_not_empty(database_url: str, tmp_path: Path) -> None:
    source = open_database(sqlite_url(tmp_path / "s.db"), create=True).database
    with pytest.raises(DatabaseError, match="not empty"):
        copy_database(source, database_url)
    source.close()


def test_a_failed_copy_leaves_the_target_empty(database_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(database_path) as connection:  # foreign keys unchecked here
        connection.execute(
            "INSERT INTO organisation_topsector (organisation_id, topsector_code) "
            "VALUES ((SELECT MAX(id) FROM organisation), 'no-such-topsector')"
        )
    source = open_database(sqlite_url(database_path)).database
    target = sqlite_url(tmp_path / "target.db")
    with pytest.raises(DatabaseError, match="nothing was copied"):
        copy_database(source, target)
    source.close()
    assert inspect_database(target).state is SchemaState.MISSING
