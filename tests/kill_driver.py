"""A process for the kill tests: it prepares, prints "ready", does one kind of change to a
database and prints "done". The tests kill it with SIGKILL somewhere in between.

    python -m tests.kill_driver import DB FILE.csv
    python -m tests.kill_driver merge DB KEEP:DROP ...
    python -m tests.kill_driver migrate DB
    python -m tests.kill_driver edit DB ORGANISATION_ID
"""

from __future__ import annotations

import sys
from itertools import count

from desktop.cli.main import main as cli_main
from desktop.models.database import Database
from desktop.models.queries.organisations.detail_data import ContactData, load_details
from desktop.models.queries.organisations.merge import merge_organisations
from desktop.services.lifecycle.opening import open_database
from desktop.services.organisations.editing import save_organisation_data
from tests.conftest import sqlite_url

TOPSECTORS = ("agri-food", "chemie", "energie", "htsm", "lsh", "water-maritiem")


def edit_round(number: int) -> dict:
    """What an organisation looks like after edit round ``number``: every part of it changes."""
    return {
        "name": f"Ronde {number}",
        "keywords": [f"ronde-{number}"],
        "topsectors": [TOPSECTORS[number % len(TOPSECTORS)]],
        "contact": f"Contact {number}",
    }


def _ready() -> None:
    print("ready", flush=True)


def _import(path: str, file: str) -> None:
    _ready()
    cli_main(["--db", path, "import", "organisations", file])


def _merge(path: str, pairs: list[str]) -> None:
    database = Database(sqlite_url(path))
    _ready()
    for pair in pairs:
        keep, drop = (int(part) for part in pair.split(":"))
        with database.transaction() as session:
            merge_organisations(session, keep, drop)


def _migrate(path: str) -> None:
    _ready()
    open_database(sqlite_url(path)).database.close()


def _edit(path: str, organisation_id: str) -> None:
    database = Database(sqlite_url(path))
    _ready()
    for number in count(1):
        with database.transaction() as session:
            details = load_details(session, int(organisation_id))
            wanted = edit_round(number)
            data = details.data
            data.name = wanted["name"]
            data.keywords = wanted["keywords"]
            data.topsectors = wanted["topsectors"]
            data.contacts = [ContactData(name=wanted["contact"])]
            save_organisation_data(session, details.id, data, details.version)


def main(argv: list[str]) -> None:
    operation, path, *rest = argv
    if operation == "import":
        _import(path, rest[0])
    elif operation == "merge":
        _merge(path, rest)
    elif operation == "migrate":
        _migrate(path)
    elif operation == "edit":
        _edit(path, rest[0])
    else:
        raise SystemExit(f"unknown operation {operation}")
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
