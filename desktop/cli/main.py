"""The ``helixmatch`` command. Only ``gui`` (the default) imports Qt."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.cli.database import add_arguments as add_database_arguments
from desktop.cli.dedupe import add_arguments as add_dedupe_arguments
from desktop.cli.export_options import add_arguments as add_export_arguments
from desktop.cli.importing import add_arguments as add_import_arguments
from desktop.cli.importing import add_cordis_arguments, add_undo_arguments
from desktop.cli.ror import add_arguments as add_ror_arguments
from desktop.cli.suggest_options import add_arguments as add_suggest_arguments
from desktop.models.database import ENV_VARIABLE, DatabaseError, resolve_url
from desktop.services.user_error import UserError


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the desktop application (the default)")

    init = commands.add_parser("init", help="create the database or bring it up to date")
    init.add_argument(
        "--empty", action="store_true", help="reference vocabulary only, no organisations"
    )

    stats = commands.add_parser("stats", help="count organisations per helix kind, type, province")
    stats.add_argument("--format", choices=("text", "json"), default="text")

    search = commands.add_parser("search", help="find organisations by name, short name or alias")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--format", choices=("text", "json"), default="text")

    importing = commands.add_parser("import", help="import organisations or projects")
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    organisations = what.add_parser("organisations", help="organisations from CSV or Excel")
    add_import_arguments(organisations)
    cordis = what.add_parser("cordis", help="EU projects and participants from CORDIS files")
    add_cordis_arguments(cordis)
    add_ror_arguments(what.add_parser("ror", help="Dutch organisations from a ROR data dump"))
    what.add_parser("list", help="the imports made so far, newest first")
    add_undo_arguments(what.add_parser("undo", help="undo an import (the latest by default)"))
    projects = what.add_parser("projects", help="a projects file, with its participations")
    projects.add_argument("file", type=Path)
    projects.add_argument("--participations", type=Path, metavar="FILE")
    projects.add_argument("--dry-run", action="store_true", help="check everything, store nothing")
    share = what.add_parser("share", help="a consortium from a HelixMatch share file")
    share.add_argument("file", type=Path)
    share.add_argument("--dry-run", action="store_true", help="show what it brings, store nothing")

    generate = commands.add_parser("generate", help="add synthetic organisations and projects")
    generate.add_argument("--organisations", type=int, required=True, metavar="N")
    generate.add_argument("--projects", type=int, metavar="M")
    generate.add_argument("--seed", type=int, default=1)

    suggest = commands.add_parser("suggest", help="suggest partners and whole consortia")
    add_suggest_arguments(suggest)

    export = commands.add_parser("export", help="export a consortium proposal or organisations")
    add_export_arguments(export)

    dedupe = commands.add_parser("dedupe", help="find likely duplicate organisations")
    add_dedupe_arguments(dedupe)

    demo = commands.add_parser("demo", help="add or remove the demonstration data")
    demo.add_argument("action", choices=("add", "remove"))

    add_database_arguments(commands)
    return parser


def _uses_default_location(options: argparse.Namespace) -> bool:
    return not options.db and not os.environ.get(ENV_VARIABLE)


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    command = options.command or "gui"
    create = command in ("gui", "init") or _uses_default_location(options)
    try:
        url = resolve_url(options.db)
        if command == "gui":
            from desktop.views.app import run_application

            return run_application(url, create=create, last_used=_uses_default_location(options))
        from desktop.cli import commands

        return commands.run(command, options, url, create=create)
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
