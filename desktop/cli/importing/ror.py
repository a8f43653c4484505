"""``helixmatch import ror FILE``: refresh organisations from a ROR data dump."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.import_report import print_stored
from desktop.models.database import Database
from desktop.models.queries.import_log import record_import
from desktop.services.importing.ror.dump import read_ror_file
from desktop.services.importing.ror.store import store_ror_records

MAX_LINES = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, help="a ROR data dump: its JSON (schema v2 or v1), its CSV, or its zip"
    )


def run(database: Database, options: argparse.Namespace) -> None:
    records = read_ror_file(options.file)  # a broken file stops here, before any change
    with database.transaction() as session:
        report = store_ror_records(session, records, "import")
        counts = {
            "organisations created": report.created,
            "organisations updated": report.updated,
            "organisations unchanged": report.unchanged,
        }
        batch_id = record_import(session, "ror", options.file.name, counts, report.changes)
    print(
        f"read {options.file.name}: {len(records)} records; {report.other_country} outside the "
        f"Netherlands, {report.not_active} inactive or withdrawn and {report.left_out} of kinds "
        "not kept (schools, research schools, societies, archives) skipped"
    )
    print(
        f"organisations: {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged"
    )
    for name, field, stored, offered in report.kept[:MAX_LINES]:
        print(f"kept {field} of {name}: {stored} (ROR: {offered})")
    if len(report.kept) > MAX_LINES:
        print(f"... and {len(report.kept) - MAX_LINES} more values kept")
    for town in sorted(report.open_towns):
        print(f"town {town} lies in more than one municipality: left without municipality")
    print_stored(False, batch_id)
