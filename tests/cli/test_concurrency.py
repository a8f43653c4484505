"""Two windows or processes on one database, edit conflicts, and a locked, read-only, full or
damaged database: a clear message and no damage."""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select, update

from desktop.cli.main import main
from desktop.models import database as database_module
from desktop.models.database import Database, DatabaseError
from desktop.models.errors import ConcurrentEdit, DatabaseBusy
from desktop.models.queries.organisations.detail_data import load_details
from desktop.models.tables.organisation import Organisation
from desktop.services.lifecycle.opening import open_database
from desktop.services.organisations.editing import EditConflict, save_organisation_data
from tests.conftest import sqlite_url

ROOT = Path(__file__).resolve().parents[2]


def first_id(database: Database) -> int:
    with database.transaction() as session:
        return session.exec(select(Organisation.id).order_by(Organisation.id)).first()


def stored_name(database: Database, organisation_id: int) -> str:
    with database.transaction() as session:
        return session.get(Organisation, organisation_id).name


def test_two_windows_on_one_database_both_read_and_write(database_url: str) -> None:
    first = open_database(database_url).database
    second = open_database(database_url).database
    organisation_id = first_id(first)
    for round_ in range(3):
        for number, window in enumerate((first, second)):
            with window.transaction() as session:
                session.get(Organisation, organisation_id).name = f"ronde {round_}.{number}"
        assert stored_name(first, organisation_id) == stored_name(second, organisation_id)
    assert stored_name(first, organisation_id) == "ronde 2.1"
    first.close()
    second.close()


def test_an_edit_based_on_an_old_version_is_a_conflict(database: Database) -> None:
    organisation_id = first_id(database)
    with database.transaction() as session:
        mine = load_details(session, organisation_id)
    with database.transaction() as session:  # someone else saves first
        theirs = load_details(session, organisation_id)
        theirs.data.name = "Hun naam"
        save_organisation_data(session, organisation_id, theirs.data, theirs.version)
    mine.data.name = "Mijn naam"
    with pytest.raises(EditConflict), database.transaction() as session:
        save_organisation_data(session, organisation_id, mine.data, mine.version)
    assert stored_name(database, organisation_id) == "Hun naam"


def test_an_edit_racing_another_users_save_loses_nothing(database_url: str) -> None:
    """Both users read the same version; the other commits between this one's check and write.
    The update's own version check (or, on SQLite, the write lock) refuses the stale write."""
    mine, theirs = Database(database_url), Database(database_url)
    organisation_id = first_id(mine)
    with theirs.transaction() as session:
        version = session.get(Organisation, organisation_id).version
    with pytest.raises(DatabaseError) as refused, mine.transaction() as session:
        organisation = session.get(Organisation, organisation_id)
        with theirs.transaction() as other:
            other.get(Organisation, organisation_id).name = "Hun naam"
        organisation.name = "Mijn naam"
        session.flush()
    assert isinstance(refused.value, ConcurrentEdit | DatabaseBusy)
    if mine.engine.dialect.name == "postgresql":
        assert isinstance(refused.value, ConcurrentEdit)
        assert "changed by another window or user" in str(refused.value)
    assert stored_name(theirs, organisation_id) == "Hun naam"
    with theirs.transaction() as session:
        assert session.get(Organisation, organisation_id).version == version + 1
    mine.close()
    theirs.close()


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE organisation SET name = name || ' (ander proces)' WHERE id = 1")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def hold_write_lock(path: Path, seconds: float) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "locked"
    return process


def test_a_second_process_waits_for_the_first_and_then_works(database_path: Path) -> None:
    other = hold_write_lock(database_path, 1.0)
    database = open_database(sqlite_url(database_path)).database
    with database.transaction() as session:  # reading goes on while the other one writes
        assert not session.get(Organisation, 1).name.endswith("(ander proces)")
    started = time.monotonic()
    with database.transaction() as session:
        session.exec(update(Organisation).where(Organisation.id == 2).values(name="Ook anders"))
    assert time.monotonic() - started > 0.3  # it waited for the other process's commit
    assert other.wait(timeout=30) == 0
    assert stored_name(database, 1).endswith("(ander proces)")
    assert stored_name(database, 2) == "Ook anders"
    database.close()


OTHER_SAVE = """
import sys
from desktop.models.database import Database
from desktop.models.tables.organisation import Organisation
database = Database(sys.argv[1])
with database.transaction() as session:
    session.get(Organisation, 1).name = "Door het andere proces"
database.close()
"""


def test_an_edit_overtaken_by_another_process_is_a_conflict(database_path: Path) -> None:
    """It read the row before another HelixMatch process saved it: its write would be based on
    old data, so the version check refuses it; the user is told, and the other change stays."""
    database = open_database(sqlite_url(database_path)).database
    refused = pytest.raises(ConcurrentEdit, match="changed by another window or user")
    with refused, database.transaction() as session:
        organisation = session.get(Organisation, 1)
        other = [sys.executable, "-c", OTHER_SAVE, sqlite_url(database_path)]
        subprocess.run(other, cwd=ROOT, check=True)
        organisation.name = "Op oude gegevens"
    assert stored_name(database, 1) == "Door het andere proces"
    database.close()


def test_a_save_that_read_first_waits_for_another_process_writing(database_path: Path) -> None:
    """The case SQLite's busy timeout alone does not cover: a transaction that has read (and so
    holds a snapshot) starts writing while another process writes. It waits and then saves."""
    database = open_database(sqlite_url(database_path)).database
    with database.transaction() as session:
        organisation = session.get(Organisation, 2)
        other = hold_write_lock(database_path, 0.5)
        organisation.name = "Na het wachten"
    assert other.wait(timeout=30) == 0
    assert stored_name(database, 2) == "Na het wachten"
    assert stored_name(database, 1).endswith("(ander proces)")
    database.close()


RACING_SAVES = """
import sys, time
from pathlib import Path
from desktop.models.database import Database
from desktop.models.tables.organisation import Organisation
url, organisation_id, start, rounds = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), 25
database = Database(url)
while not start.exists():
    time.sleep(0.001)
for number in range(rounds):
    with database.transaction() as session:  # read, think a moment, then write
        organisation = session.get(Organisation, organisation_id)
        time.sleep(0.005)
        organisation.name = f"proces {organisation_id} ronde {number}"
database.close()
"""


def test_two_processes_saving_at_once_both_land(database_path: Path, tmp_path: Path) -> None:
    """Two processes save 25 times each, at the same moments: every save lands, none is told
    the database is busy (without BEGIN IMMEDIATE about half of them were)."""
    database = open_database(sqlite_url(database_path)).database
    with database.transaction() as session:
        versions = {number: session.get(Organisation, number).version for number in (1, 2)}
    start = tmp_path / "start"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RACING_SAVES, sqlite_url(database_path), str(number), start],
            cwd=ROOT, stderr=subprocess.PIPE, text=True,
        )
        for number in (1, 2)
    ]  # fmt: skip
    time.sleep(1.0)  # both are ready and waiting
    start.touch()
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0 and "busy" not in err, err
    with database.transaction() as session:
        for number in (1, 2):
            organisation = session.get(Organisation, number)
            assert organisation.name == f"proces {number} ronde 24"
            assert organisation.version == versions[number] + 25
    database.close()


def test_a_database_locked_for_too_long_is_a_clear_message(
    database_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    database = open_database(sqlite_url(database_path)).database
    before = stored_name(database, 2)
    other = hold_write_lock(database_path, 3.0)
    refused = pytest.raises(DatabaseBusy, match="busy: another HelixMatch")
    with refused, database.transaction() as session:
        session.get(Organisation, 2).name = "Niet opgeslagen"
        started = time.monotonic()
    assert time.monotonic() - started >= 0.3  # it waited as long as it may before giving up
    other.wait(timeout=30)
    assert stored_name(database, 2) == before
    database.close()


def run_as_reader(folder: Path, argv: list[str]) -> subprocess.CompletedProcess:
    """Run the command line where ``folder`` cannot be written: for root (who may write
    anywhere) the folder is mounted read-only in a mount namespace of the command's own."""
    command = [sys.executable, "-m", "desktop", *argv]
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare to make a read-only folder for root")
        mount = f"mount --bind -o ro {shlex.quote(str(folder))} {shlex.quote(str(folder))}"
        command = ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "sh", *command]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.fixture
def read_only_database(template_database: Path, tmp_path: Path) -> Iterator[Path]:
    """A database in a folder of its own, both without write permission."""
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "gedeeld.db"
    shutil.copyfile(template_database, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)


def test_a_read_only_database_is_read_and_never_written(read_only_database: Path) -> None:
    before = read_only_database.read_bytes()
    folder = read_only_database.parent
    argv = ["--db", str(read_only_database), "search", "TU/e", "--limit", "1"]
    result = run_as_reader(folder, argv)
    assert result.returncode == 0, result.stderr
    assert "Technische Universiteit Eindhoven" in result.stdout and "read-only" in result.stderr
    result = run_as_reader(folder, ["--db", str(read_only_database), "demo", "remove"])
    assert result.returncode == 1
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert read_only_database.read_bytes() == before
    assert sorted(p.name for p in read_only_database.parent.iterdir()) == ["gedeeld.db"]


FULL_DISK_WRITE = """
import resource, signal, sys
from desktop.cli.main import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write beyond the limit fails, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (1_500_000, 1_500_000))
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_during_a_change_is_a_clear_message_and_changes_nothing(
    database_path: Path,
) -> None:
    open_database(sqlite_url(database_path)).database.close()  # the day's backup is made
    with sqlite3.connect(database_path) as connection:
        before = connection.execute("SELECT COUNT(*) FROM organisation").fetchone()[0]
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK_WRITE, "--db", str(database_path),
         "generate", "--organisations", "20000"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 1
    assert "full" in result.stderr and "Nothing was saved" in result.stderr
    assert "Traceback" not in result.stderr
    with sqlite3.connect(database_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT COUNT(*) FROM organisation").fetchone()[0] == before


def test_a_damaged_database_is_a_clear_message(database_path: Path, capsys) -> None:
    data = bytearray(database_path.read_bytes())
    for offset in range(8 * 4096, len(data) - 4096, 4096):  # scribble over the table pages
        data[offset : offset + 100] = b"\xa5" * 100
    database_path.write_bytes(bytes(data))
    code = main(["--db", str(database_path), "stats"])
    err = capsys.readouterr().err
    assert code == 1 and "damaged" in err and "restore" in err
    assert len(err.strip().splitlines()) <= 2 and "Traceback" not in err


def test_writes_in_another_thread_while_reading_do_not_block_the_reader(
    database: Database,
) -> None:
    done = threading.Event()

    def writer() -> None:
        for number in range(20):
            with database.transaction() as session:
                session.get(Organisation, 1).name = f"schrijver {number}"
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    reads = 0
    while not done.is_set():
        with database.transaction() as session:
            session.exec(select(Organisation.name).limit(50)).all()
        reads += 1
    thread.join()
    assert reads > 0 and stored_name(database, 1) == "schrijver 19"
