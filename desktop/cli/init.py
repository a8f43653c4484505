"""``helixmatch init``: create the database or bring it up to date."""

from __future__ import annotations

import argparse

from desktop.cli.import_report import print_counts
from desktop.cli.opening import opened_database
from desktop.models.queries.stats import statistics
from desktop.services.lifecycle.builtin_data import (
    load_reference_organisations,
    load_reference_tables,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--empty", action="store_true", help="reference vocabulary only, no organisations"
    )


def run(url: str, options: argparse.Namespace) -> None:
    """A new database is filled when it is opened; an existing one gets new reference data."""
    with opened_database(url, create=True, with_organisations=not options.empty) as opened:
        database = opened.database
        if not opened.created:
            with database.transaction() as session:
                load_reference_tables(session)
                if not options.empty:
                    print_counts(load_reference_organisations(session))
        with database.transaction() as session:
            numbers = statistics(session)
        state = "created" if opened.created else "up to date"
        counts = f"{numbers.organisations} organisations, {numbers.projects} projects"
        print(f"{database.location}: {state}, {counts}")
