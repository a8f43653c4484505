"""``helixmatch export consortium ID``: a consortium proposal or share file. The document
libraries are imported by ``run`` only, so that defining the command line stays light."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.export.file_format import file_format
from desktop.models.database import Database
from desktop.models.queries.organisations.origins import demo_member_names
from desktop.services.exporting.formats import CONSORTIUM_FORMATS
from desktop.services.words.catalogue import LANGUAGES, system_language


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", type=int, metavar="ID")
    parser.add_argument(
        "--format", choices=CONSORTIUM_FORMATS, help="default: from the file name's extension"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--language", choices=LANGUAGES, help="the proposal's language (default: the system's)"
    )
    parser.add_argument(
        "--with-contacts",
        action="store_true",
        help="include contact persons (personal data; left out by default)",
    )


def _warn_about_demo_data(database: Database, consortium_id: int) -> None:
    """A proposal with demonstration organisations is exported, with a warning on stderr."""
    with database.transaction() as session:
        names = demo_member_names(session, consortium_id)
    if names:
        print(
            f"warning: consortium {consortium_id} contains demonstration data, fictional "
            f"organisations marked [Demo] in the file: {', '.join(names)}",
            file=sys.stderr,
        )


def run(database: Database, options: argparse.Namespace) -> None:
    from desktop.services.exporting.consortium_export import export_consortium

    chosen = file_format(options.format, options.output, CONSORTIUM_FORMATS)
    _warn_about_demo_data(database, options.id)
    export_consortium(
        database,
        options.id,
        chosen,
        options.output,
        language=options.language or system_language(),
        with_contacts=options.with_contacts,
    )
    print(f"consortium {options.id} written to {options.output} ({chosen})")
