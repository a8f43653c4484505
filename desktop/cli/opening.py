"""Which database a command works on, and opening it for the command line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.models.database import ENV_VARIABLE
from desktop.services.lifecycle.opening import Opened, open_database


def uses_default_location(options: argparse.Namespace) -> bool:
    return not options.db and not os.environ.get(ENV_VARIABLE)


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


@contextmanager
def opened_database(url: str, *, create: bool, with_organisations: bool = True) -> Iterator[Opened]:
    """The database opened (and brought up to date), reported on, and closed after use."""
    opened = open_database(url, create=create, with_organisations=with_organisations)
    report_opening(opened)
    try:
        yield opened
    finally:
        opened.database.close()
