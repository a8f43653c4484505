"""``helixmatch import cordis``: EU projects and their participants from CORDIS files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.import_report import print_stored
from desktop.cli.importing.row_outcomes import (
    MAX_LINES,
    add_storing_arguments,
    print_outcomes,
    write_report,
)
from desktop.models.database import Database
from desktop.services.importing.cordis_import import import_cordis
from desktop.services.importing.organisation_import import DuplicatePolicy
from desktop.services.importing.problems import describe_problem
from desktop.services.words.counts import counted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--projects", type=Path, required=True, metavar="project.csv", help="CORDIS projects"
    )
    parser.add_argument(
        "--organisations",
        type=Path,
        required=True,
        metavar="organization.csv",
        help="CORDIS participants, one row per participation",
    )
    parser.add_argument(
        "--dutch-partners",
        action="store_true",
        help="only projects with a participant in the Netherlands (and all their participants)",
    )
    add_storing_arguments(parser, DuplicatePolicy.MERGE)


def run(database: Database, options: argparse.Namespace) -> None:
    result = import_cordis(
        database,
        options.projects,
        options.organisations,
        dutch_partners_only=options.dutch_partners,
        policy=DuplicatePolicy(options.on_duplicate),
        dry_run=options.dry_run,
    )
    data = result.data
    scope = " with Dutch partners" if options.dutch_partners else ""
    print(
        f"read {options.projects.name} and {options.organisations.name}: "
        f"{counted(len(data.projects), 'project')}{scope}, "
        f"{counted(len(data.organisations), 'participant')}, "
        f"{counted(len(data.links), 'participation')}"
    )
    for problem in data.warnings[:MAX_LINES]:
        print(describe_problem(problem), file=sys.stderr)
    if options.report:
        write_report(options.report, result.organisations)
    print_outcomes(result.organisations)
    projects = result.projects
    print(f"projects: {projects['created']} created, {projects['updated']} updated, "
          f"{projects['unchanged']} unchanged")  # fmt: skip
    print(f"participations: {result.participations} added")
    print_stored(result.dry_run, result.batch_id)
