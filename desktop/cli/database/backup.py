"""``helixmatch backup``: back up the database file, or list and prune its backups."""

from __future__ import annotations

import argparse

from desktop.models.database import Database
from desktop.services.lifecycle import backups
from desktop.services.user_error import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--list", action="store_true", help="list the backups instead")
    parser.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help=f"keep the newest N backups of each kind (default {backups.DEFAULT_KEPT}, "
        f"at most {backups.MOST_KEPT}); older ones are deleted at once",
    )


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} kB"


def run(database: Database, options: argparse.Namespace) -> None:
    path = backups.database_file(database.url)
    if options.keep is not None:
        if not 1 <= options.keep <= backups.MOST_KEPT:
            raise UserError(f"--keep must be between 1 and {backups.MOST_KEPT}")
        backups.set_kept_per_kind(path, options.keep)
        deleted = len(backups.rotate(path))
        print(f"keeping the newest {options.keep} backups of each kind; {deleted} older deleted")
    if options.list:
        found = backups.list_backups(path)
        if options.keep is None:
            print(f"keeping the newest {backups.kept_per_kind(path)} backups of each kind")
        if not found:
            print(f"no backups of {path} yet")
        for backup in found:
            made = backup.made.strftime("%Y-%m-%d %H:%M:%S")
            print(f"{made}  {backup.kind:<9} {_size(backup.size):>9}  {backup.path}")
        return
    if options.keep is None:
        print(f"backup at {backups.make_backup(path, 'manual')}")
