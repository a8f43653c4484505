"""``helixmatch import WHAT``: one module per kind of import, chosen from the table of kinds."""

from __future__ import annotations

import argparse

from desktop.cli.command_table import Command, add_commands, find
from desktop.cli.importing import cordis, listing, organisations, projects, ror, share, undo
from desktop.models.database import Database
from desktop.services.lifecycle.backups import before_import
from desktop.services.user_error import UserError

KINDS = (
    Command("organisations", "organisations from CSV or Excel", organisations),
    Command("cordis", "EU projects and participants from CORDIS files", cordis),
    Command("ror", "Dutch organisations from a ROR data dump", ror),
    Command("list", "the imports made so far, newest first", listing),
    Command("undo", "undo an import (the latest by default)", undo),
    Command("projects", "a projects file, with its participations", projects),
    Command("share", "a consortium from a HelixMatch share file", share),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_commands(parser, KINDS, dest="what", metavar="WHAT", required=True)


def run(database: Database, options: argparse.Namespace) -> int | None:
    for path in (getattr(options, "file", None), getattr(options, "participations", None)):
        if path is not None and not path.is_file():
            raise UserError(f"{path}: file not found")
    before_import(database.url)
    return find(KINDS, options.what).module.run(database, options)
