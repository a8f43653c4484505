"""``helixmatch demo add|remove``: the demonstration data."""

from __future__ import annotations

import argparse

from desktop.cli.import_report import print_counts
from desktop.models.database import Database
from desktop.services.lifecycle.builtin_data import DemoDataInUse, load_demo_data, remove_demo_data
from desktop.services.user_error import UserError
from desktop.services.words.counts import counted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("add", "remove"))


def run(database: Database, options: argparse.Namespace) -> None:
    with database.transaction() as session:
        if options.action == "add":
            print_counts(load_demo_data(session))
            return
        try:
            organisations, projects = remove_demo_data(session)
        except DemoDataInUse as in_use:
            raise UserError(
                "demonstration organisations hold "
                f"{counted(in_use.count, 'consortium membership')}; remove those members first"
            ) from None
    print(
        f"removed {counted(organisations, 'demonstration organisation')} "
        f"and {counted(projects, 'project')}"
    )
