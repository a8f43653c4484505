"""Backups: automatic and on request, rotation, and restoring with a copy of what is replaced."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.database import DatabaseError
from desktop.services.lifecycle import backups
from desktop.services.lifecycle.opening import open_database
from tests.conftest import sqlite_url


def names(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM organisation")}


def rename_all(path: Path, new_name: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE organisation SET name = ? || id", (new_name,))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_backup_is_a_whole_copy_in_the_folder_beside_the_database(database_path: Path) -> None:
    made = backups.make_backup(database_path, "manual")
    assert made.parent == database_path.with_name("helixmatch.db.backups")
    assert names(made) == names(database_path)
    with sqlite3.connect(made) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    [listed] = [b for b in backups.list_backups(database_path) if b.kind == "manual"]
    assert listed.path == made and listed.size == made.stat().st_size
    assert not list(made.parent.glob(".*partial"))


def test_backup_while_another_connection_writes_is_consistent(database_path: Path) -> None:
    writer = sqlite3.connect(database_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE organisation SET name = 'half done'")
    made = backups.make_backup(database_path, "manual")  # the pending write is not in it
    writer.execute("ROLLBACK")
    writer.close()
    assert "half done" not in names(made)


def test_each_kind_keeps_only_the_newest_few(database_path: Path) -> None:
    start = datetime(2026, 1, 1, 9, 0, 0)
    for day in range(10):
        backups.make_backup(database_path, "daily", now=start + timedelta(days=day))
    backups.make_backup(database_path, "import", now=start)
    daily = [b for b in backups.list_backups(database_path) if b.kind == "daily"]
    assert len(daily) == backups.DEFAULT_KEPT
    assert daily[-1].made == start + timedelta(days=10 - backups.DEFAULT_KEPT)
    backups.set_kept_per_kind(database_path, 2)  # stored; applied at the next rotation
    assert len(backups.list_backups(database_path)) == backups.DEFAULT_KEPT + 1
    assert len(backups.rotate(database_path)) == backups.DEFAULT_KEPT - 2
    kinds = [b.kind for b in backups.list_backups(database_path)]
    assert kinds.count("daily") == 2 and kinds.count("import") == 1
    with pytest.raises(ValueError, match="between 1 and 365"):
        backups.set_kept_per_kind(database_path, backups.MOST_KEPT + 1)
    assert backups.kept_per_kind(database_path) == 2


def test_daily_backup_is_made_once_a_day_when_the_database_opens(database_path: Path) -> None:
    open_database(sqlite_url(database_path)).database.close()
    open_database(sqlite_url(database_path)).database.close()
    daily = [b for b in backups.list_backups(database_path) if b.kind == "daily"]
    assert len(daily) == 1
    assert backups.daily_backup(database_path, date.today()) is None
    assert backups.daily_backup(database_path, date.today() + timedelta(days=1)) is not None


def test_an_import_is_preceded_by_a_backup(database_path: Path, tmp_path: Path, capsys) -> None:
    rows = tmp_path / "o.csv"
    rows.write_text("name,external_id\nNieuw BV,n-1\n", encoding="utf-8")
    assert run(capsys, "--db", str(database_path), "import", "organisations", str(rows))[0] == 0
    [before] = [b for b in backups.list_backups(database_path) if b.kind == "import"]
    assert "Nieuw BV" not in names(before.path) and "Nieuw BV" in names(database_path)


def test_restore_round_trip_keeps_what_it_replaces(database_path: Path, capsys) -> None:
    original = names(database_path)
    made = backups.make_backup(database_path, "manual")
    rename_all(database_path, "Later ")
    later = names(database_path)

    code, out, _ = run(capsys, "--db", str(database_path), "restore", str(made), "--yes")

    assert code == 0 and "restored" in out
    assert names(database_path) == original
    [replaced] = [b for b in backups.list_backups(database_path) if b.kind == "replaced"]
    assert names(replaced.path) == later and str(replaced.path) in out


def test_restore_reaches_a_connection_that_is_already_open(database_path: Path) -> None:
    """Another window keeps its connection; it sees the restored data, not a stale file."""
    made = backups.make_backup(database_path, "manual")
    other = open_database(sqlite_url(database_path)).database
    rename_all(database_path, "Later ")
    backups.restore_backup(database_path, made)
    with other.engine.connect() as connection:
        seen = set(connection.exec_driver_sql("SELECT name FROM organisation").scalars())
    other.close()
    assert seen == names(made)


def test_restore_asks_for_confirmation(database_path: Path, capsys, monkeypatch) -> None:
    made = backups.make_backup(database_path, "manual")
    rename_all(database_path, "Later ")
    before = names(database_path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--db", str(database_path), "restore", str(made))
    assert code == 1 and "--yes" in err and names(database_path) == before
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    code, out, _ = run(capsys, "--db", str(database_path), "restore", str(made))
    assert code == 1 and "nothing was restored" in out and names(database_path) == before
    monkeypatch.setattr("builtins.input", lambda _prompt: "ja")
    assert run(capsys, "--db", str(database_path), "restore", str(made))[0] == 0
    assert names(database_path) == names(made)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 a spreadsheet", "not a HelixMatch database"),
        (b"", "empty"),
        (None, "file not found"),
    ],
)
def test_restore_refuses_what_is_not_a_backup(
    database_path: Path, tmp_path: Path, capsys, content, message
) -> None:
    file = tmp_path / "not-a-backup.db"
    if content is not None:
        file.write_bytes(content)
    before = database_path.read_bytes()
    code, _, err = run(capsys, "--db", str(database_path), "restore", str(file), "--yes")
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    assert database_path.read_bytes() == before


def test_restore_refuses_a_damaged_backup(database_path: Path, tmp_path: Path) -> None:
    made = backups.make_backup(database_path, "manual")
    data = bytearray(made.read_bytes())
    page = 4096
    for offset in range(5 * page, len(data) - page, page):  # scribble over the table pages
        data[offset + 8 : offset + 200] = b"\xff" * 192
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    before = database_path.read_bytes()
    with pytest.raises(DatabaseError, match="damaged|not a HelixMatch|cannot be read"):
        backups.restore_backup(database_path, damaged)
    assert database_path.read_bytes() == before


def test_a_damaged_database_can_be_restored_over(database_path: Path) -> None:
    made = backups.make_backup(database_path, "manual")
    database_path.write_bytes(b"this file was overwritten by something else" * 100)
    kept = backups.restore_backup(database_path, made)
    assert names(database_path) == names(made)
    assert kept is not None and kept.read_bytes().startswith(b"this file was overwritten")


def test_an_unusable_backup_folder_gives_a_clear_message(database_path: Path) -> None:
    backups.backup_folder(database_path).write_text("a file where the folder should be")
    before = database_path.read_bytes()
    with pytest.raises(DatabaseError, match="cannot back up .*helixmatch.db"):
        backups.make_backup(database_path, "manual")
    assert database_path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_gives_a_clear_message(database_path: Path) -> None:
    folder = backups.backup_folder(database_path)
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseError, match="cannot back up"):
            backups.make_backup(database_path, "manual")
    finally:
        folder.chmod(0o700)


FULL_DISK = """
import resource, signal, sys
from desktop.cli.main import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write beyond the limit fails, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_gives_a_clear_message_and_no_partial_backup(database_path: Path) -> None:
    before = database_path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "--db", str(database_path), "backup"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "cannot back up" in result.stderr and "full" in result.stderr
    assert "Traceback" not in result.stderr
    assert backups.list_backups(database_path) == []
    assert list(backups.backup_folder(database_path).iterdir()) == []
    assert database_path.read_bytes() == before


def test_backup_command_lists_and_sets_how_many_are_kept(database_path: Path, capsys) -> None:
    db = str(database_path)
    code, out, _ = run(capsys, "--db", db, "backup")
    assert code == 0 and "backup at" in out
    code, out, _ = run(capsys, "--db", db, "backup", "--list")
    assert code == 0 and "manual" in out and "daily" in out
    assert "keeping the newest 7 backups of each kind" in out
    for day in range(1, 4):
        backups.make_backup(database_path, "manual", now=datetime(2026, 1, day, 9, 0, 0))
    code, out, _ = run(capsys, "--db", db, "backup", "--keep", "3")
    assert code == 0 and "keeping the newest 3" in out and "1 older deleted" in out
    assert backups.kept_per_kind(database_path) == 3
    assert [b.kind for b in backups.list_backups(database_path)].count("manual") == 3
    code, out, _ = run(capsys, "--db", db, "backup", "--list")
    assert "keeping the newest 3 backups of each kind" in out
    for wrong in ("0", "366"):
        code, _, err = run(capsys, "--db", db, "backup", "--keep", wrong)
        assert code == 1 and "--keep must be between 1 and 365" in err
    assert backups.kept_per_kind(database_path) == 3


def test_backups_of_a_server_database_are_the_servers_job(capsys) -> None:
    code, _, err = run(capsys, "--db", "postgresql+psycopg://u@localhost/db", "restore", "x.db")
    assert code == 1 and "pg_dump" in err
