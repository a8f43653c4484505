"""``helixmatch import organisations FILE``: organisations from a CSV file or Excel workbook."""

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
from desktop.services.importing.mapping import ColumnMapping, read_mapping_file
from desktop.services.importing.organisation_import import (
    DuplicatePolicy,
    OrganisationImport,
    import_organisations,
)
from desktop.services.importing.problems import ImportRefused, describe_problem
from desktop.services.importing.report_files import write_problems
from desktop.services.user_error import UserError
from desktop.services.words.counts import counted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a CSV file or an Excel workbook (.xlsx)")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    parser.add_argument(
        "--mapping", type=Path, metavar="FILE.json", help="which column holds which field"
    )
    parser.add_argument(
        "--default",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a value for empty cells of a field (repeatable), e.g. --default country=NL",
    )
    add_storing_arguments(parser, DuplicatePolicy.SKIP)
    parser.add_argument(
        "--problems", type=Path, metavar="FILE.csv", help="write every error and warning"
    )


def _mapping(options: argparse.Namespace) -> ColumnMapping:
    mapping = read_mapping_file(options.mapping) if options.mapping else ColumnMapping()
    defaults = dict(mapping.defaults)
    for given in options.default:
        name, equals, value = given.partition("=")
        if not equals or not name.strip() or not value.strip():
            raise UserError(f"--default '{given}': expected FIELD=VALUE, e.g. country=NL")
        defaults[name.strip().lower()] = value.strip()
    return ColumnMapping(mapping.columns, defaults)


def _print_summary(result: OrganisationImport) -> None:
    prepared = result.prepared
    print(f"read {prepared.file} ({prepared.source}): {counted(len(prepared.records), 'row')}")
    mapped = ", ".join(
        f"{header} -> {target or '(not imported)'}" for header, target in prepared.columns.items()
    )
    print(f"columns: {mapped}")
    for problem in prepared.problems[:MAX_LINES]:
        print(describe_problem(problem), file=sys.stderr)
    print_outcomes(result.outcomes)
    print_stored(result.dry_run, result.batch_id)


def run(database: Database, options: argparse.Namespace) -> None:
    try:
        result = import_organisations(
            database,
            options.file,
            sheet=options.sheet,
            mapping=_mapping(options),
            policy=DuplicatePolicy(options.on_duplicate),
            dry_run=options.dry_run,
        )
    except ImportRefused as refused:
        if options.problems:
            write_problems(options.problems, refused.problems)
        raise
    if options.problems:
        write_problems(options.problems, result.prepared.problems)
    if options.report:
        write_report(options.report, result.outcomes)
    _print_summary(result)
