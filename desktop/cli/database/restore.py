"""``helixmatch restore FILE``: replace the database by one of its backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services.lifecycle import backups
from desktop.services.user_error import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _confirmed(database: Path, file: Path) -> bool:
    if not sys.stdin.isatty():
        raise UserError("restoring replaces the database; confirm with --yes")
    answer = input(f"Replace {database} by the backup {file}? [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def run(url: str, options: argparse.Namespace) -> int:
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
