"""``helixmatch generate``: add synthetic organisations and projects."""

from __future__ import annotations

import argparse

from desktop.models.database import Database
from desktop.services.synthetic import generate
from desktop.services.user_error import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--organisations", type=int, required=True, metavar="N")
    parser.add_argument("--projects", type=int, metavar="M")
    parser.add_argument("--seed", type=int, default=1)


def run(database: Database, options: argparse.Namespace) -> None:
    if options.organisations < 1:
        raise UserError("--organisations must be at least 1")
    if options.projects is not None and options.projects < 0:
        raise UserError("--projects must not be negative")
    result = generate(database, options.organisations, options.projects, options.seed)
    print(
        f"added {result.organisations} synthetic organisations, {result.projects} projects, "
        f"{result.participations} participations"
    )
