"""``helixmatch import organisations``: options, running the import, and what it prints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.exchange.mapping import ColumnMapping, read_mapping_file
from desktop.exchange.organisation_import import (
    Action,
    DuplicatePolicy,
    OrganisationImport,
    import_organisations,
)
from desktop.exchange.problems import ImportRefused, describe_problem
from desktop.exchange.report_files import describe_evidence, write_csv, write_problems
from desktop.models.database import Database
from desktop.user_error import UserError

MAX_LINES = 50


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
    parser.add_argument(
        "--on-duplicate",
        choices=[policy.value for policy in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="what to do with a likely duplicate (default: skip)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check and decide everything, store nothing"
    )
    parser.add_argument(
        "--report", type=Path, metavar="FILE.csv", help="write what happened to each row"
    )
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
    print(f"read {prepared.file} ({prepared.source}): {len(prepared.records)} rows")
    mapped = ", ".join(
        f"{header} -> {target or '(not imported)'}" for header, target in prepared.columns.items()
    )
    print(f"columns: {mapped}")
    for problem in prepared.warnings[:MAX_LINES]:
        print(describe_problem(problem), file=sys.stderr)
    counts = result.counts()
    print("organisations: " + ", ".join(f"{counts[a.value]} {a.value}" for a in Action))
    duplicates = [outcome for outcome in result.outcomes if outcome.match is not None]
    for outcome in duplicates[:MAX_LINES]:
        match = outcome.match
        target = f"row {match.row}" if match.row is not None else f"#{match.organisation_id}"
        print(
            f"  row {outcome.row} '{outcome.name}' {outcome.action.value}: likely the same as "
            f"{target} '{match.name}' (score {match.score:g}; {describe_evidence(match.evidence)})"
        )
    if len(duplicates) > MAX_LINES:
        print(f"  ... and {len(duplicates) - MAX_LINES} more (see --report)")
    if result.dry_run:
        print("dry run: nothing was stored")


def _write_report(path: Path, result: OrganisationImport) -> None:
    header = (
        "row", "name", "action", "organisation_id", "duplicate_of_id", "duplicate_of_row",
        "duplicate_of_name", "score", "evidence",
    )  # fmt: skip
    rows = []
    for outcome in result.outcomes:
        match = outcome.match
        rows.append(
            (outcome.row, outcome.name, outcome.action.value, outcome.organisation_id)
            + (
                (
                    match.organisation_id,
                    match.row,
                    match.name,
                    match.score,
                    describe_evidence(match.evidence),
                )
                if match
                else (None,) * 5
            )  # fmt: skip
        )
    write_csv(path, header, rows)


def run_import_organisations(database: Database, options: argparse.Namespace) -> None:
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
        write_problems(options.problems, result.prepared.warnings)
    if options.report:
        _write_report(options.report, result)
    _print_summary(result)
