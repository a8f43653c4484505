"""The sub-commands that look after the database itself: ``backup``, ``restore`` and ``copy``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.models.database import Database, describe, resolve_url
from desktop.services.lifecycle import backups
from desktop.services.lifecycle.database_copy import copy_database
from desktop.services.lifecycle.opening import Opened
from desktop.services.user_error import UserError


def add_arguments(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="back up the database file, or list its backups")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help=f"keep the newest N backups of each kind (default {backups.DEFAULT_KEPT}, "
        f"at most {backups.MOST_KEPT}); older ones are deleted at once",
    )
    restore = commands.add_parser("restore", help="replace the database by one of its backups")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    copy = commands.add_parser("copy", help="copy the whole database into an empty one")
    copy.add_argument(
        "--to", required=True, metavar="URL", help="an empty database: a file path or a URL"
    )


def report_opening(opened: Opened) -> None:
    """Say on stderr what happened on opening that the user should know."""
    if opened.backup:
        print(
            f"migrated from schema {opened.migrated_from}; backup at {opened.backup}",
            file=sys.stderr,
        )
    if opened.backup_problem:
        print(f"warning: no daily backup: {opened.backup_problem}", file=sys.stderr)
    if opened.read_only:
        print(
            f"note: {opened.database.location} is read-only here; HelixMatch can read it but "
            "not change it",
            file=sys.stderr,
        )


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} kB"


def run_backup(database: Database, options: argparse.Namespace) -> None:
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


def _confirmed(database: Path, file: Path) -> bool:
    if not sys.stdin.isatty():
        raise UserError("restoring replaces the database; confirm with --yes")
    answer = input(f"Replace {database} by the backup {file}? [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def run_restore(url: str, options: argparse.Namespace) -> int:
    """Restore without opening the database first: it may be the damaged one."""
    path = backups.database_file(url)
    backups.check_backup(options.file)
    if not options.yes and not _confirmed(path, options.file):
        print("nothing was restored")
        return 1
    kept = backups.restore_backup(path, options.file)
    print(f"restored {options.file} into {path}")
    if kept is not None:
        print(f"the database it replaced was kept at {kept}")
    return 0


def run_copy(database: Database, options: argparse.Namespace) -> None:
    target = resolve_url(options.to)

    def progress(table: str, rows: int) -> None:
        print(f"  {table:<28}{rows:>9} rows", file=sys.stderr)

    print(f"copying {database.location} into {describe(target)}", file=sys.stderr)
    copied = copy_database(database, target, progress)
    print(f"copied {sum(copied.rows.values())} rows into {copied.target}")


# Commands that must not open (and so possibly migrate) the database before they run.
WITHOUT_OPENING = {"restore": run_restore}
