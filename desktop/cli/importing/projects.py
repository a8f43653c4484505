"""``helixmatch import projects FILE``: a projects file, with its participations."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.import_report import print_counts, print_stored
from desktop.models.database import Database
from desktop.services.importing.importer import import_projects


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--participations", type=Path, metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help="check everything, store nothing")


def run(database: Database, options: argparse.Namespace) -> None:
    report = import_projects(
        database, options.file, options.participations, dry_run=options.dry_run
    )
    print_counts(report)
    print_stored(options.dry_run, report.batch_id)
