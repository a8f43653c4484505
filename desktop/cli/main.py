"""The ``helixmatch`` command: one table of sub-commands builds the parser and chooses what runs.
Building the parser loads no command's heavy libraries: only ``gui`` (the default) imports Qt."""

from __future__ import annotations

import argparse
import os
import sys

from desktop.cli import (
    dedupe,
    demo,
    export,
    generate,
    gui,
    importing,
    init,
    search,
    stats,
    suggest,
)
from desktop.cli.command_table import Command, add_commands, find
from desktop.cli.database import backup, copy, restore
from desktop.cli.opening import opened_database, uses_default_location
from desktop.models.database import ENV_VARIABLE, DatabaseError, resolve_url
from desktop.services.importing.problems import ImportRefused, describe_problem
from desktop.services.user_error import UserError

MAX_PROBLEMS_SHOWN = 50

COMMANDS = (
    Command("gui", "open the desktop application (the default)", gui, takes_url=True),
    Command("init", "create the database or bring it up to date", init, takes_url=True),
    Command("stats", "count organisations per helix kind, type, province", stats),
    Command("search", "find organisations by name, short name or alias", search),
    Command("import", "import organisations or projects", importing),
    Command("generate", "add synthetic organisations and projects", generate),
    Command("suggest", "suggest partners and whole consortia", suggest),
    Command("export", "export a consortium proposal or organisations", export),
    Command("dedupe", "find likely duplicate organisations", dedupe),
    Command("demo", "add or remove the demonstration data", demo),
    Command("backup", "back up the database file, or list its backups", backup),
    Command("restore", "replace the database by one of its backups", restore, takes_url=True),
    Command("copy", "copy the whole database into an empty one", copy),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helixmatch",
        description="Build triple- and quadruple-helix innovation consortia, offline.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or SQLAlchemy URL (default: ${ENV_VARIABLE}, else the user data dir)",
    )
    add_commands(parser, COMMANDS, dest="command", metavar="COMMAND")
    return parser


def _run(command: Command, options: argparse.Namespace, url: str) -> int:
    try:
        if command.takes_url:
            return command.module.run(url, options) or 0
        with opened_database(url, create=uses_default_location(options)) as opened:
            return command.module.run(opened.database, options) or 0
    except ImportRefused as refused:
        for problem in refused.problems[:MAX_PROBLEMS_SHOWN]:
            print(describe_problem(problem), file=sys.stderr)
        hidden = len(refused.problems) - MAX_PROBLEMS_SHOWN
        if hidden > 0:
            print(f"... and {hidden} more", file=sys.stderr)
        raise UserError("nothing was imported") from None


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    command = find(COMMANDS, options.command or "gui")
    try:
        return _run(command, options, resolve_url(options.db))
    except (UserError, DatabaseError) as error:
        print(f"helixmatch: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("helixmatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``helixmatch stats | head``): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
