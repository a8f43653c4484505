"""A real process killed with SIGKILL in the middle of an import, a merge, a migration and an
edit: the database passes SQLite's integrity check and holds the whole change or none of it.

The kill points are spread over the time the same work takes when it is left to finish. These
tests are about database files; on a PostgreSQL run they are skipped (the server's own
guarantees apply there).
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from desktop.models.database import alembic_config
from desktop.services.lifecycle import backups
from desktop.services.lifecycle.opening import open_database
from desktop.services.synthetic import generate
from tests.backends import server_url
from tests.conftest import sqlite_url
from tests.kill_driver import edit_round
from tests.schemas import downgrade

pytestmark = pytest.mark.skipif(
    server_url() is not None, reason="kill tests are about database files"
)

ROOT = Path(__file__).resolve().parents[2]
KILL_POINTS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.05)
IMPORTED = 3000


def start(*args: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.kill_driver", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline().strip()
    assert line == "ready", line + process.stderr.read()
    return process


def finish(*args: str) -> float:
    """Run the work to its end; returns how long it took after "ready"."""
    process = start(*args)
    began = time.monotonic()
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0 and "done" in out, err
    return time.monotonic() - began


def kill_after(delay: float, *args: str) -> bool:
    """Start the work, kill it ``delay`` seconds after "ready"; True if it finished first."""
    process = start(*args)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate(timeout=60)
    return "done" in out


def check_integrity(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def query(path: Path, sql: str, *parameters) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, parameters).fetchall()


@pytest.fixture(scope="module")
def populated(template_database: Path, tmp_path_factory) -> Path:
    """A database with 2,000 synthetic organisations and their project histories."""
    path = tmp_path_factory.mktemp("kill") / "populated.db"
    shutil.copyfile(template_database, path)
    database = open_database(sqlite_url(path)).database
    generate(database, 2000, None, 5)
    database.close()
    shutil.rmtree(backups.backup_folder(path), ignore_errors=True)
    return path


def kill_at_many_points(
    tmp_path: Path,
    source: Path,
    args: Callable[[Path], list[str]],
    check: Callable[[Path, bool], None],
) -> set[bool]:
    """Calibrate on one copy, then kill the work on fresh copies at each kill point."""
    calibration = tmp_path / "calibration.db"
    shutil.copyfile(source, calibration)
    duration = finish(*args(calibration))
    outcomes = set()
    for number, point in enumerate(KILL_POINTS):
        path = tmp_path / f"killed-{number}.db"
        shutil.copyfile(source, path)
        finished = kill_after(duration * point, *args(path))
        check_integrity(path)
        check(path, finished)
        for backup in backups.list_backups(path):  # a backup that is listed is whole
            check_integrity(backup.path)
        outcomes.add(finished)
    return outcomes


def test_killed_import_stores_all_rows_or_none(populated: Path, tmp_path: Path) -> None:
    rows = tmp_path / "organisations.csv"
    lines = [f"Kill Import {i},kill-{i},Utrecht" for i in range(IMPORTED)]
    rows.write_text("name,external_id,city\n" + "\n".join(lines) + "\n", encoding="utf-8")
    counts = set()
    imported = "SELECT COUNT(*) FROM organisation WHERE external_id LIKE 'kill-%'"

    def check(path: Path, finished: bool) -> None:
        # All: as many as the import that was left to finish stored (it may skip rows it
        # takes for duplicates of others).
        [(whole,)] = query(tmp_path / "calibration.db", imported)
        [(found,)] = query(path, imported)
        assert whole > IMPORTED / 2
        assert found in (0, whole)
        assert finished <= (found == whole)
        counts.add(found)

    kill_at_many_points(tmp_path, populated, lambda p: ["import", str(p), str(rows)], check)
    assert 0 in counts  # killed before the end at least once


def merge_pairs(path: Path, number: int) -> list[tuple[int, int]]:
    ids = [
        row[0]
        for row in query(
            path,
            "SELECT organisation_id FROM participation GROUP BY organisation_id "
            "HAVING COUNT(*) >= 2 ORDER BY organisation_id LIMIT ?",
            2 * number,
        )
    ]
    return list(zip(ids[::2], ids[1::2], strict=True))


def projects_of(path: Path, organisation_id: int) -> set[int]:
    sql = "SELECT project_id FROM participation WHERE organisation_id = ?"
    return {row[0] for row in query(path, sql, organisation_id)}


def test_killed_merges_are_each_whole_or_not_done(populated: Path, tmp_path: Path) -> None:
    pairs = merge_pairs(populated, 40)
    before = {i: projects_of(populated, i) for pair in pairs for i in pair}
    merged_counts = set()

    def check(path: Path, finished: bool) -> None:
        merged = 0
        for keep, drop in pairs:
            dropped_is_gone = not query(path, "SELECT 1 FROM organisation WHERE id = ?", drop)
            if dropped_is_gone:
                assert projects_of(path, keep) == before[keep] | before[drop]
                merged += 1
            else:
                assert projects_of(path, keep) == before[keep]
                assert projects_of(path, drop) == before[drop]
        assert finished <= (merged == len(pairs))
        merged_counts.add(merged)

    arguments = [f"{keep}:{drop}" for keep, drop in pairs]
    kill_at_many_points(tmp_path, populated, lambda p: ["merge", str(p), *arguments], check)
    assert len(merged_counts) > 2  # killed at several different points of the work


def test_killed_migration_leaves_the_old_schema_or_the_new_one(
    populated: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(populated, old)
    downgrade(sqlite_url(old), "0001")
    names = query(old, "SELECT id, name FROM organisation ORDER BY id")
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    seen = set()

    def check(path: Path, finished: bool) -> None:
        [(revision,)] = query(path, "SELECT version_num FROM alembic_version")
        assert revision in ("0001", head)
        assert finished <= (revision == head)
        assert query(path, "SELECT id, name FROM organisation ORDER BY id") == names
        seen.add(revision)
        open_database(sqlite_url(path)).database.close()  # the next start completes it
        assert query(path, "SELECT version_num FROM alembic_version") == [(head,)]
        assert query(path, "SELECT id, name FROM organisation ORDER BY id") == names

    kill_at_many_points(tmp_path, old, lambda p: ["migrate", str(p)], check)
    assert "0001" in seen


def test_killed_edits_are_whole(populated: Path, tmp_path: Path) -> None:
    [(organisation_id,)] = query(populated, "SELECT MIN(id) FROM organisation")
    original = query(populated, "SELECT name FROM organisation WHERE id = ?", organisation_id)
    rounds = set()
    for number, delay in enumerate((0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2)):
        path = tmp_path / f"edit-{number}.db"
        shutil.copyfile(populated, path)
        kill_after(delay, "edit", str(path), str(organisation_id))
        check_integrity(path)
        [(name, keywords)] = query(
            path, "SELECT name, keywords FROM organisation WHERE id = ?", organisation_id
        )
        if [(name,)] == original:
            rounds.add(0)
            continue
        number_done = int(name.removeprefix("Ronde "))
        wanted = edit_round(number_done)
        assert keywords == f'["{wanted["keywords"][0]}"]'
        topsectors = query(
            path,
            "SELECT topsector_code FROM organisation_topsector WHERE organisation_id = ?",
            organisation_id,
        )
        assert topsectors == [(wanted["topsectors"][0],)]
        contacts = query(
            path, "SELECT name FROM contact WHERE organisation_id = ?", organisation_id
        )
        assert contacts == [(wanted["contact"],)]
        rounds.add(number_done)
    assert len(rounds) > 2
