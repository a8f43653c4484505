"""``helixmatch export WHAT``: one module per kind of export, chosen from the table of kinds."""

from __future__ import annotations

import argparse

from desktop.cli.command_table import Command, add_commands, find
from desktop.cli.export import consortium, organisations
from desktop.models.database import Database

KINDS = (
    Command("consortium", "a consortium proposal or share file", consortium),
    Command("organisations", "the organisations list, filtered", organisations),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_commands(parser, KINDS, dest="what", metavar="WHAT", required=True)


def run(database: Database, options: argparse.Namespace) -> None:
    find(KINDS, options.what).module.run(database, options)
