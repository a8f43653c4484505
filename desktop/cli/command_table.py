"""A table of sub-commands, used both to build the parser and to choose what runs."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Command:
    """A sub-command and the module that holds its ``add_arguments(parser)`` and
    ``run(database, options)``. A command that opens the database its own way, or not at all,
    ``takes_url``: its ``run`` gets the database URL instead."""

    name: str
    help: str
    module: ModuleType
    takes_url: bool = False


def add_commands(
    parser: argparse.ArgumentParser,
    commands: Iterable[Command],
    *,
    dest: str,
    metavar: str,
    required: bool = False,
) -> None:
    chosen = parser.add_subparsers(dest=dest, metavar=metavar, required=required)
    for command in commands:
        command.module.add_arguments(chosen.add_parser(command.name, help=command.help))


def find(commands: Iterable[Command], name: str) -> Command:
    return next(command for command in commands if command.name == name)
