"""``helixmatch copy --to URL``: copy the whole database into an empty one."""

from __future__ import annotations

import argparse
import sys

from desktop.models.database import Database, describe, resolve_url
from desktop.services.lifecycle.database_copy import copy_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to", required=True, metavar="URL", help="an empty database: a file path or a URL"
    )


def run(database: Database, options: argparse.Namespace) -> None:
    target = resolve_url(options.to)

    def progress(table: str, rows: int) -> None:
        print(f"  {table:<28}{rows:>9} rows", file=sys.stderr)

    print(f"copying {database.location} into {describe(target)}", file=sys.stderr)
    copied = copy_database(database, target, progress)
    print(f"copied {sum(copied.rows.values())} rows into {copied.target}")
